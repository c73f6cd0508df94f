import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def commands = log.readLines().findAll { it.startsWith('::') }
assert commands.size() > 3 : 'findings on the three hostile specs are annotated'
commands.each { assert it ==~ /::(error|warning|notice) file=docs\/[^,]+,line=\d+,col=\d+,title=[a-z-]+::.*/ : it }
assert !log.readLines().any { it.contains('file=pom.xml') && !it.contains('uc7-a') } : 'no workflow command of the file name'
assert log.contains('docs/business/uc7-a\\n::error file=pom.xml,line=1,col=1,title=pwned::owned.md:') : 'shown escaped'
assert log.contains('docs/business/uc8-\\u001B[31mred\\u001B[0m.md')
// Maven itself writes colour resets (ESC [0m) even in batch mode: those are not ours
def raw = log.replace('\u001B[0m', '').findAll(/[\x00-\x08\x0B-\x1F\x7F\u202E\uD800-\uDFFF]/)
assert raw.isEmpty() : "control characters reached the log: ${raw.collect { String.format('U+%04X', (int) it.charAt(0)) }}"

def out = new File(basedir, 'target/speclint')
['speclint-junit.xml', 'speclint-checkstyle.xml', 'speclint.html'].each { name ->
    new XmlSlurper(false, true, true).parse(new File(out, name)) // throws on a character XML cannot hold
}
['speclint.json', 'speclint.sarif'].each { name -> assert new JsonSlurper().parse(new File(out, name)) }
def json = new JsonSlurper().parse(new File(out, 'speclint.json'))
assert json.findings*.path.contains('docs/business/uc7-a\\n::error file=pom.xml,line=1,col=1,title=pwned::owned.md')

def summary = new File(basedir, 'step-summary.md').getText('UTF-8')
assert summary.contains('## speclint')
assert !(summary =~ /(?<!\\)<!--/) : 'an HTML comment in the summary would hide the rest of the table'
assert summary.contains('\\<!-- \\|x\\|') : 'the id is shown, its markup escaped'
return true
