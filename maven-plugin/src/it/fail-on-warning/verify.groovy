def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[WARNING\] src\/main\/surety\/open-ended\.surety:\[\d+,\d+\] SUR107 /
assert !(log =~ /(?m)^\[ERROR\] src\/main\/surety/)
assert log =~ /Surety: 0 errors, 1 warning, \d+ infos? in 2 files; the build fails on warnings and above \(failOn warning\)/
assert log.contains('BUILD FAILURE')
