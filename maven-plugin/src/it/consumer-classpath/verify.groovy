def json = new File(basedir, 'target/classes/surety/clean-guarantee.json')
assert json.isFile()
assert new groovy.json.JsonSlurper().parse(json).title == 'Clean Guarantee'
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Surety: 1 arrangement written to target/classes/surety')
assert log.contains('VERDICT Clean Guarantee: GUARANTEE 7/7')
assert log =~ /Tests run: 1, Failures: 0, Errors: 0/
