// The sound drafts of examples/drafts (no error expected), and the North Atlantic Treaty with
// its first guarantor named as the threat: an error it must never pass.
def from = new File(examplesDrafts)
def to = new File(basedir, 'src/main/surety')
new File(to, 'parties').mkdirs()
new File(to, 'parties/common.surety').text = new File(from, 'parties/common.surety').text
['uk-ukraine-security-cooperation-2024.surety', 'uk-ukraine-100-year-partnership-2025.surety'].each {
  new File(to, it).text = new File(from, it).text
}
def nato = new File(from, 'north-atlantic-treaty-article-5.surety').text
assert nato.contains('  instrument treaty.\n')
new File(to, 'north-atlantic-treaty-article-5.surety').text =
    nato.replaceFirst('  instrument treaty.\n', '  instrument treaty.\n  against US.\n')
return true
