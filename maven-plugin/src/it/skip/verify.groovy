def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Surety: skipped (surety.skip)')
assert !log.contains('SUR203')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/surety-status').exists()
