def log = new File(basedir, 'build.log').text
def runs = (log =~ /(?m)^\[INFO\] Surety: (1 draft checked|nothing to check)/).collect { it[1] }
assert runs == ['1 draft checked', 'nothing to check', '1 draft checked', '1 draft checked', '1 draft checked'] : runs
assert log.contains('[INFO] Surety: nothing to check, 1 draft and the configuration unchanged since the last successful run (0 errors, 0 warnings, 0 infos in 2 files)')
assert new File(basedir, 'src/main/surety/lib/parties.surety').text.contains('Poland')
