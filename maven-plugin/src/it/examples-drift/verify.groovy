def log = new File(basedir, 'build.log').text
def errors = (log =~ /(?m)^\[ERROR\] (src\/main\/surety\/[^:]+):\[\d+,\d+\] (SUR\d+) /).collect { it[1] + ' ' + it[2] }
assert !errors.isEmpty()
assert errors.every { it.startsWith('src/main/surety/north-atlantic-treaty-article-5.surety ') } : errors
assert errors.any { it.endsWith(' SUR203') } : errors
assert log =~ /Surety: 3 drafts checked|Surety: \d+ errors?, /
assert log.contains('BUILD FAILURE')
