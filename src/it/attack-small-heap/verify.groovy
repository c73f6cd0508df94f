import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('OutOfMemoryError') && !log.contains('Java heap space')
assert !log.contains('internal-error')
def json = new JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.json'))
def attacked = ['bracket', 'pipe', 'angle', 'star'].collect { "docs/business/uc9-${it}.md".toString() } as Set
def byFile = json.findings.groupBy { it.path }
attacked.each { path ->
    assert byFile[path]?.any { it.ruleId == 'file-unreadable' } : "${path}: ${byFile[path]*.ruleId}"
}
// the clean tree's seven specs are all checked and stay clean, links to them included
assert json.statistics.specs == 7 + 4
assert (byFile.keySet() - attacked).isEmpty() : byFile.keySet()
assert log.contains('BUILD FAILURE')
return true
