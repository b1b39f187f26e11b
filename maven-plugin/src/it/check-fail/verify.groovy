def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/surety/bad.surety:[11,3] SUR203 Russian Federation (RU) is a guarantor')
assert log.contains('[ERROR] src/main/surety/bad.surety:[11,3] SUR205 ')
// the sound draft beside it has nothing to report
assert !log.contains('src/main/surety/clean.surety:[')
assert log =~ /Surety: 2 errors, 0 warnings, 0 infos in 3 files; the build fails on errors \(failOn error\)/
assert log.contains('BUILD FAILURE')
// a failed run leaves no state (it had no earlier outputs to keep): the next run checks again
assert !new File(basedir, 'target/surety-status/check.state').exists()
