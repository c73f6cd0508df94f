import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def duplicate = '[ERROR] [catalog] catalog/docs/functional/reservation.md:2:5: error: spec id "FUN-RESERVATION" is also ' +
        'the id of loans/docs/functional/reservation.md:2 (module loans); spec ids are unique [spec-duplicate-id]'
def expected = [
    '[INFO] speclint: no spec directory in shop',
    '[INFO] speclint: 3 spec directories in one spec graph; paths are relative to the folder Maven was started in ',
    duplicate,
    'speclint [aggregate of catalog, loans, hosting]: 8 specs (2 BUS, 3 FUN, 1 STK, 1 INF, 1 COV), 14 links, 22 criteria (9 done, 0 failed), 100% mapped to tests, 1 error, 0 warnings in ',
    'speclint found 1 error(s) and 0 warning(s) in 8 spec(s) (failOn=error)',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
// the loan tests ran in two modules: both modules' reports are read, so every test case of the map has its test
assert log.contains('speclint: test reports: 2 files, 12 tests; Coverage Map test cases: 10 passed, 0 failed, 0 not run')
assert !log.contains('coverage-test-not-run')
// one graph: the links from loans and hosting into catalog resolve, the repeated id is one finding per run
def findingLines = lines.findAll { it ==~ /^\[(ERROR|WARNING)\] \[[\w.-]+\] \S+:\d+:\d+: .*/ }
assert findingLines == [duplicate, duplicate] : 'one finding in each of the two runs, nothing else'
assert !log.contains('reference-broken-link') && !log.contains('reference-outside-root')

def out = new File(basedir, 'target/speclint')
def sarif = new JsonSlurper().parse(new File(out, 'speclint.sarif'))
def result = sarif.runs[0].results[0]
assert sarif.runs[0].results.size() == 1
assert result.locations[0].physicalLocation.artifactLocation.uri == 'catalog/docs/functional/reservation.md'
assert result.properties.module == 'catalog'
assert sarif.runs[0].originalUriBaseIds.PROJECTROOT.uri == basedir.toPath().toAbsolutePath().normalize().toUri().toString()

def json = new JsonSlurper().parse(new File(out, 'speclint.json'))
assert json.findings*.module == ['catalog']
assert json.specs.collect { it.module }.unique().sort() == ['catalog', 'hosting', 'loans']
def stack = json.specs.find { it.path == 'loans/docs/stack/web-stack.md' }
assert stack.links*.kind == ['spec', 'spec']
assert stack.links*.target == ['catalog/docs/functional/reservation.md', 'catalog/docs/functional/return-flow.md']

def checkstyle = new XmlSlurper().parse(new File(out, 'speclint-checkstyle.xml'))
assert checkstyle.file.find { it.error.size() > 0 }.@name.toString() == 'catalog/docs/functional/reservation.md'

['catalog', 'loans', 'hosting'].each { module ->
    assert !new File(basedir, "${module}/target/speclint").exists() : "${module} got reports of its own"
}
def compare = evaluate(new File(itSources, 'same-reports.groovy'))
assert compare(new File(basedir, 'target/serial'), out).size() == 5
return true
