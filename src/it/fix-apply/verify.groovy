import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expected = [
    '[INFO] speclint: findings by rule before: section-missing 2, table-columns 2, footer-missing 1',
    '[INFO] speclint: wrote 2 of 2 fixed specs',
    // the second run of fix
    '[INFO] speclint: 3 specs, 0 with structural gaps a safe fix fills: none',
    '[INFO] speclint: nothing to fix',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
def after = log.readLines().find { it.startsWith('[INFO] speclint: findings by rule after: ') }
assert after != null && !(after =~ /section-missing|table-columns|footer-missing/) : after

// the check after the fixes: no structural finding left, only what the inserted template text asks to fill
def json = new JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.json'))
def rules = json.findings*.ruleId as Set
assert !rules.intersect(['section-missing', 'table-columns', 'footer-missing']) : rules
assert rules == ['placeholder-left', 'table-empty-cell'] as Set : rules

// every byte the author wrote is still there, in order, and the files are exactly the expected ones: the old bytes
// plus the inserted text, line endings (CRLF in cart.md) and the BOM kept
static boolean insertsOnly(byte[] before, byte[] after) {
    int next = 0
    for (int i = 0; i < after.length && next < before.length; i++) {
        if (after[i] == before[next]) {
            next++
        }
    }
    return next == before.length
}
def specs = new File(basedir, 'specs')
def original = new File(basedir, 'original')
def expectedDir = new File(basedir, 'expected')
original.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def relative = original.toPath().relativize(file.toPath()).toString()
    def fixed = new File(specs, relative).bytes
    assert insertsOnly(file.bytes, fixed) : relative + ' lost or changed bytes'
    def want = new File(expectedDir, relative)
    if (want.exists()) {
        def text = new String(want.bytes, 'UTF-8')
        def bytes = want.bytes
        if (relative.endsWith('cart.md')) {
            def out = new ByteArrayOutputStream()
            out.write([0xEF, 0xBB, 0xBF] as byte[])
            out.write(text.replace('\n', '\r\n').getBytes('UTF-8'))
            bytes = out.toByteArray()
        }
        assert fixed == bytes : relative + ' is not the expected fixed spec'
    } else {
        assert fixed == file.bytes : relative + ' had nothing to fix and changed'
    }
}
def cart = new File(specs, 'functional/cart.md').bytes
assert cart[0..2] == [0xEF, 0xBB, 0xBF] as byte[] : 'the BOM is kept'
assert !new String(cart, 'UTF-8').replace('\r\n', '').contains('\n') : 'CRLF stays CRLF'
assert !new File(specs, 'business').list().any { it.startsWith('.speclint-') } : 'no temporary file is left'
assert !log.readLines().any { it.startsWith('\tat ') }
return true
