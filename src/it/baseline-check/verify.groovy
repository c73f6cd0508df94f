import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expected = [
    '[ERROR] docs/infrastructure/auth.md:3:9: error: status "finished" is not one of draft, implemented, deployed, validated, failed, deprecated [frontmatter-status]',
    'speclint: 5 finding(s) known from the baseline ',
    '  docs/functional/newsletter-subscription.md:69:7: error: criterion id "FUN-SUBSCRIPTION-01" should be FUN-SUBSCRIPTION-NNN with a three-digit number [criterion-id]',
    '  docs/business/uc1-signup.md:25:45: error: template guidance "[What this actor wants to achieve]" stands where content belongs; write the content [placeholder-left]',
    'speclint: 1 baseline entry is no longer found; run speclint:baseline to drop it:',
    '  docs/infrastructure/auth.md: error: table "Resources" under "Compute Resources" has columns [Service, Type, CPU] but the infrastructure template requires [Service, Type, CPU, Memory, Storage, Purpose] [table-columns]',
    ', 1 error, 0 warnings, 5 known from the baseline, 1 baseline entry no longer found in ',
    'speclint found 1 error(s) and 0 warning(s) in 3 spec(s) (failOn=error); not counted: 5 known from the baseline; each is listed above with its file and line',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
def knownAt = log.indexOf('speclint: 5 finding(s) known from the baseline ')
def newAt = log.indexOf('speclint: 1 new finding(s), not in the baseline ' + new File(basedir, 'speclint-baseline.json').canonicalPath + ':')
def errorAt = log.indexOf('[ERROR] docs/infrastructure/auth.md:3:9: error: status "finished"')
assert 0 <= knownAt && knownAt < newAt && newAt < errorAt : 'the known findings come first, the new one last, under its own line'

def results = new JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.sarif')).runs[0].results
def states = results.collect { it.ruleId + ' ' + it.baselineState }.sort()
assert states == ['criterion-duplicate-id unchanged', 'criterion-id unchanged', 'frontmatter-status new',
                  'frontmatter-status unchanged', 'placeholder-left unchanged', 'section-missing unchanged',
                  'table-columns absent'] : states
return true
