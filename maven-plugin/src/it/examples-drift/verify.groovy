// Every error put into a sound draft fails the build where it was put, and nothing else does;
// nothing is written to the class path.
def injected = new File(basedir, 'injected.txt').readLines('UTF-8').findAll { it }
assert injected.size() >= 2 : injected

def log = new File(basedir, 'build.log').getText('UTF-8')
def errors = (log =~ /(?m)^\[ERROR\] (drafts\/\S+:\[\d+,\d+\] SUR\d{3}) /).collect { it[1] }
assert errors.sort() == injected.sort() : "every error put into a sound draft must fail the build, and only those: " +
    "failed on ${errors}, put into ${injected} (is a sound draft missing from examples/pom.xml's surety-maven-plugin includes?)"
injected.each {
  assert log.contains("[ERROR] ${it} the beneficiary ") && log.contains(' is named a threat in `against`')
}
assert log =~ /Surety: ${injected.size()} errors, \d+ warnings?, \d+ infos? in \d+ files; the build fails on errors \(failOn error\)/
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/classes/surety').exists()
