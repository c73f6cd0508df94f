import groovy.json.JsonSlurper
import java.time.LocalDate

def log = new File(basedir, 'build.log').text
def written = [
    'business/uc1-auth.md (BUS-AUTH)', 'functional/auth.md (FUN-AUTH)', 'stack/auth-stack.md (STK-AUTH)',
    'infrastructure/auth.md (INF-AUTH)', 'coverage/auth-tests.md (COV-AUTH)', 'business/uc2-user-login.md (BUS-USER-LOGIN)',
]
written.each { spec ->
    def line = '[INFO] speclint: wrote specs/' + spec + ' from the smaqit 1.0 template'
    assert log.contains(line) : "build.log lacks: " + line
    def path = spec.substring(0, spec.indexOf(' '))
    assert log =~ /\[INFO\] speclint: \d+ placeholders left to fill in specs\/${java.util.regex.Pattern.quote(path)}; nothing else to fix/ : 'no placeholder count for ' + path
}

def specs = new File(basedir, 'specs')
def today = LocalDate.now().toString()
def business = new File(specs, 'business/uc1-auth.md').text
assert business.startsWith("---\nid: BUS-AUTH\nstatus: draft\ncreated: ${today}\n---\n\n# UC1-AUTH: Sign-in\n") : business
assert business.contains('\n- [ ] BUS-AUTH-001: ')
assert new File(specs, 'business/uc2-user-login.md').text.contains('\n# UC2-USER-LOGIN: User Login\n')
assert new File(specs, 'stack/auth-stack.md').text.startsWith("---\nid: STK-AUTH\nstatus: draft\ncreated: ${today}\n---\n\n# Auth\n")

// check on the six new specs: nothing but the placeholders a fresh template has, in every one of them
def json = new JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.json'))
assert json.statistics.specs == 6
assert json.findings*.ruleId.unique() == ['placeholder-left'] : json.findings*.ruleId.unique()
assert (json.findings*.path as Set) == written.collect { 'specs/' + it.substring(0, it.indexOf(' ')) } as Set
def summary = 'speclint: 6 specs (2 BUS, 1 FUN, 1 STK, 1 INF, 1 COV), 0 links, 6 criteria (0 done, 0 failed)'
assert log.contains(summary) : 'build.log lacks: ' + summary
assert !log.readLines().any { it.startsWith('\tat ') }
return true
