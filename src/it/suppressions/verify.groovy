import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expected = [
    '[ERROR] docs/business/uc1-signup.md:58:1: error: speclint-disable-next-line criterion-duplicate-id expired on 2020-01-31 (until=2020-01-31), so it silences nothing any more; fix what it silenced, or set a new date if the reason still holds [suppression-expired]',
    '[ERROR] docs/business/uc1-signup.md:59:7: error: criterion id "BUS-SIGNUP-001" is used again (first on line 57); give this criterion the next free number [criterion-duplicate-id]',
    '[ERROR] docs/functional/subscription.md:7:1: error: speclint-disable-file section-missing gives no reason, so it silences nothing; say why after " -- ", as in <!-- speclint-disable-file section-missing -- why it is accepted --> [suppression-reason-missing]',
    '[WARNING] docs/infrastructure/auth.md:42:1: warning: speclint-disable-next-line section-order silences nothing: there is no section-order finding on line 43; remove it [suppression-unused]',
    ', 4 errors, 1 warning, 4 suppressed in ',
    'speclint found 4 error(s) and 1 warning(s) in 3 spec(s) (failOn=error); not counted: 4 suppressed',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert log.readLines().any { it.startsWith('[ERROR] docs/functional/subscription.md:') && it.contains('error: required section "## Data Model" is missing') } : 'a suppression without a reason silences nothing'
['[frontmatter-status]', '[placeholder-left]', '[criterion-id]', '[table-columns]'].each { rule ->
    assert !log.readLines().any { it.startsWith('[ERROR]') && it.endsWith(rule) } : "suppressed, not logged: ${rule}"
}

def out = new File(basedir, 'target/speclint')
def results = new JsonSlurper().parse(new File(out, 'speclint.sarif')).runs[0].results
def suppressed = results.findAll { it.suppressions }
assert suppressed*.ruleId.sort() == ['criterion-id', 'frontmatter-status', 'placeholder-left', 'table-columns']
assert suppressed.every { it.suppressions[0].kind == 'inSource' }
assert suppressed.find { it.ruleId == 'table-columns' }.suppressions[0].justification == 'sized by the platform team'

def json = new JsonSlurper().parse(new File(out, 'speclint.json'))
assert json.statistics.suppressed == 4
assert json.suppressed.find { it.ruleId == 'placeholder-left' }.suppression.justification == 'the goals come from the reader interviews'

def html = new File(out, 'speclint.html').text
assert html.contains('id="suppressed"')
assert html.contains('the status is migrated by the release script')
return true
