import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def out = new File(basedir, 'target/speclint')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def sarif = new JsonSlurper().parse(new File(out, 'speclint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.size() == 6
assert sarif.runs[0].results.every { it.partialFingerprints['speclint/v1'].size() == 64 }

def json = new JsonSlurper().parse(new File(out, 'speclint.json'))
assert json.statistics.errors == 6
assert json.findings.size() == 6
assert json.specs.size() == 3

def junit = new XmlSlurper().parse(new File(out, 'speclint-junit.xml'))
assert junit.@failures.toInteger() == 6
assert junit.testsuite.size() == 3

def checkstyle = new XmlSlurper().parse(new File(out, 'speclint-checkstyle.xml'))
assert checkstyle.file.error.size() == 6

def html = new File(out, 'speclint.html').text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('docs/infrastructure/auth.md:35:3')
assert !html.contains('<script')

assert log.contains('::error file=docs/infrastructure/auth.md,line=35,col=3,title=table-columns::table "Resources" under "Compute Resources" has columns [Service, Type, CPU]')
def summary = new File(basedir, 'step-summary.md').text
assert summary.contains('## speclint')
assert summary.contains('| `table-columns` | 1 |')
return true
