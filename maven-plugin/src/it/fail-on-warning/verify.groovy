def log = new File(basedir, 'build.log').text
// the two invocations' logs, one after the other
def cut = log.indexOf('BUILD SUCCESS')
assert cut > 0 : 'the run with the default failOn passes'
def byDefault = log.substring(0, cut)
def onWarning = log.substring(cut)

assert byDefault =~ /(?m)^\[WARNING\] src\/main\/surety\/open-ended\.surety:\[\d+,\d+\] SUR107 /
assert byDefault =~ /Surety: 1 draft checked: 0 errors, 1 warning, \d+ infos? in 2 files/
assert !byDefault.contains('the build fails')

assert onWarning =~ /(?m)^\[WARNING\] src\/main\/surety\/open-ended\.surety:\[\d+,\d+\] SUR107 /
assert !(log =~ /(?m)^\[ERROR\] src\/main\/surety/)
assert onWarning =~ /Surety: 0 errors, 1 warning, \d+ infos? in 2 files; the build fails on warnings and above \(failOn warning\)/
assert onWarning.contains('BUILD FAILURE')
