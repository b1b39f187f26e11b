def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/surety/bad.surety:[11,3] SUR203 Russian Federation (RU) is a guarantor')
assert log.contains('[INFO] src/main/surety/bad.surety:[11,3] SUR205 ')
assert !(log =~ /(?m)^\[ERROR\] src\/main\/surety/)
assert log.contains('[INFO] Surety: 1 draft checked: 0 errors, 1 warning, 1 info in 2 files')
assert log.contains('BUILD SUCCESS')
