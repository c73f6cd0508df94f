def log = new File(basedir, 'build.log').text
def expected = [
    '[ERROR] docs/stack/web-stack.md:14:3: error: link [FUN-RETURN-FLOW](../functional/returns.md) leads to docs/functional/returns.md, which does not exist; the spec FUN-RETURN-FLOW is at ../functional/return-flow.md [reference-broken-link]',
    '[ERROR] docs/functional/reservation.md:118:7: error: criterion id "FUN-RESERVATION-002" is also defined in docs/functional/return-flow.md:86; criterion ids are unique in the project [criterion-shared-id]',
    '[ERROR] docs/functional/reservation.md:15:3: error: FUN-RESERVATION links STK-WEB, a stack spec: that is down the chain; a functional spec may link business specs [reference-direction]',
    '[ERROR] docs/coverage/loan-tests.md:67:3: error: Coverage Map names INF-HOSTING-020, which no spec defines (INF-HOSTING defines INF-HOSTING-001 to INF-HOSTING-002) [coverage-unknown-requirement]',
    'speclint found 6 error(s)',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert log.count('[criterion-shared-id]') == 1 : 'a criterion id in two files is one finding, at the first'
assert !log.readLines().any { it.startsWith('\tat ') } : 'a finding must never be a stack trace'
return true
