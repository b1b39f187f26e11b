// The examples module as it is: examples/pom.xml, whose surety-maven-plugin configuration is the
// one under test, and every draft of examples/drafts (the historical ones with errors too, which
// the configuration must leave out). Resolved from target/it-repo: the pom's parent, surety-parent,
// and the plugin at the project's version, both installed there by invoker:install.
def examples = new File(examplesDir)
new File(basedir, 'pom.xml').text = new File(examples, 'pom.xml').getText('UTF-8')
def drafts = new File(examples, 'drafts')
drafts.eachFileRecurse(groovy.io.FileType.FILES) { f ->
  def copy = new File(basedir, 'drafts/' + drafts.toPath().relativize(f.toPath()).toString().replace('\\', '/'))
  copy.parentFile.mkdirs()
  copy.bytes = f.bytes
}
return true
