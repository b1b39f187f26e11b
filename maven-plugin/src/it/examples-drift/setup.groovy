import groovy.io.FileType

// The examples module as it is (examples/pom.xml and every draft, as in examples-sound), with an
// error put into every sound draft, that is every draft whose .expected file shows an arrangement
// and no error: after its `beneficiary X.` line, `against X.`, the beneficiary named as its own
// threat (SUR304). If examples/pom.xml no longer ran the plugin, or left a sound draft out, that
// draft's error would pass unnoticed and verify.groovy would fail. The place of each injected
// error (file, line, column, code) goes to injected.txt for verify.groovy.
def examples = new File(examplesDir)
new File(basedir, 'pom.xml').text = new File(examples, 'pom.xml').getText('UTF-8')
def drafts = new File(examples, 'drafts')
def sound = []
drafts.eachFileRecurse(FileType.FILES) { f ->
  def name = drafts.toPath().relativize(f.toPath()).toString().replace('\\', '/')
  def copy = new File(basedir, 'drafts/' + name)
  copy.parentFile.mkdirs()
  copy.bytes = f.bytes
  if (name.endsWith('.expected')) {
    def expected = f.getText('UTF-8')
    if (expected =~ /(?m)^arrangement "/ && !(expected =~ /(?m)^(\S+ )?SUR\d{3} error /)) {
      sound << name.replaceAll(/\.expected$/, '.surety')
    }
  }
}
assert sound.containsAll(['north-atlantic-treaty-article-5.surety', 'uk-ukraine-security-cooperation-2024.surety', 'uk-ukraine-100-year-partnership-2025.surety']) : sound

def injected = []
sound.sort().each { draft ->
  def file = new File(basedir, 'drafts/' + draft)
  def lines = file.readLines('UTF-8')
  def at = (0..<lines.size()).findAll { lines[it] ==~ /  beneficiary \S+\./ }
  assert at.size() == 1 : "${draft}: expected one `beneficiary` line, found ${at.size()}"
  def id = (lines[at[0]] =~ /beneficiary (\S+)\./)[0][1]
  def statement = "  against ${id}."
  lines.add(at[0] + 1, statement)
  file.setText(lines.join('\n') + '\n', 'UTF-8')
  injected << "drafts/${draft}:[${at[0] + 2},${statement.indexOf(id) + 1}] SUR304"
}
new File(basedir, 'injected.txt').setText(injected.join('\n') + '\n', 'UTF-8')
return true
