import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'speclint-baseline.json')
assert file.isFile() : 'speclint:baseline writes speclint-baseline.json at the project root'
def baseline = new JsonSlurper().parse(file)
assert baseline.formatVersion == 1
assert baseline.findings.size() == 6
assert baseline.findings.every { it.fingerprint.size() == 64 && !it.containsKey('line') }
assert log.contains('speclint: wrote 6 finding(s) (6 error(s), 0 warning(s), 0 info) to ' + file.canonicalPath)
assert log.contains('speclint: 6 finding(s) known from the baseline ')
assert log.contains(', 0 errors, 0 warnings, 6 known from the baseline in ')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'docs/speclint-baseline.json').exists()
return true
