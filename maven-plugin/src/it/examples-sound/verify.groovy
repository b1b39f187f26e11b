import groovy.io.FileType
import groovy.json.JsonSlurper

// The sound drafts: those whose .expected file (kept equal to what Surety reports by the examples'
// ExpectedResultsTest) shows an arrangement and no error. Each must be compiled by the examples'
// own configuration: the build passes and writes each one's JSON, and nothing else.
def drafts = new File(examplesDir, 'drafts')
def sound = [:] // draft -> title
drafts.eachFileRecurse(FileType.FILES) { f ->
  if (!f.name.endsWith('.expected')) return
  def expected = f.getText('UTF-8')
  def title = expected =~ /(?m)^arrangement "(.*)"$/
  if (title.find() && !(expected =~ /(?m)^(\S+ )?SUR\d{3} error /)) {
    def draft = drafts.toPath().relativize(f.toPath()).toString().replace('\\', '/')
    sound[draft.replaceAll(/\.expected$/, '.surety')] = title.group(1)
  }
}
assert sound.keySet().containsAll(['north-atlantic-treaty-article-5.surety', 'uk-ukraine-security-cooperation-2024.surety', 'uk-ukraine-100-year-partnership-2025.surety']) : sound

def log = new File(basedir, 'build.log').getText('UTF-8')
def checked = "[INFO] Surety: ${sound.size()} drafts checked: 0 errors, "
assert log.contains(checked) : "examples/pom.xml's surety-maven-plugin must compile the ${sound.size()} sound drafts ${sound.keySet()}, and the log has no `${checked}`"
assert log.contains("[INFO] Surety: ${sound.size()} arrangements written to target/classes/surety")
assert !(log =~ /(?m)^\[ERROR\] drafts\//)
assert log.contains('BUILD SUCCESS')

def written = new File(basedir, 'target/classes/surety').listFiles().findAll { it.name.endsWith('.json') }
def titles = written.collect { new JsonSlurper().parse(it).title } as Set
assert titles == (sound.values() as Set) : "compiled ${titles}, sound ${sound}"
