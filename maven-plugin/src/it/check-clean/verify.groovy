def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Surety: 1 draft checked: 0 errors, 0 warnings, 0 infos in 2 files')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] src\/main\/surety/)
assert log.contains('BUILD SUCCESS')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/surety.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.rules.any { it.id == 'SUR203' }
assert sarif.runs[0].results.isEmpty()

def state = new File(basedir, 'target/surety-status/check.state').text
assert state =~ /(?m)^draft [0-9a-f]{64} .*clean\.surety$/
assert state =~ /(?m)^read [0-9a-f]{64} .*lib.parties\.surety$/
assert state =~ /(?m)^plugin \S+$/

// nothing but Maven's own log lines: Hibernate Validator's version line (java.util.logging, on
// stderr, past -q) is kept out, as in the CLI
assert !log.contains('HV000001')
