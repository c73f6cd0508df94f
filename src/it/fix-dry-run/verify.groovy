def log = new File(basedir, 'build.log').text
def expected = [
    '[INFO] speclint: 3 specs, 2 with structural gaps a safe fix fills: footer-missing 1, section-missing 2, table-columns 2',
    '[INFO] speclint: findings by rule before: section-missing 2, table-columns 2, footer-missing 1',
    '[INFO] speclint: specs/business/uc1-shop.md:26: inserted "## Success Metrics" after "## Actors" [section-missing]',
    '[INFO] speclint: specs/business/uc1-shop.md:21: added column [Description] to table "Actors", with empty cells [table-columns]',
    '[INFO] speclint: specs/functional/cart.md:51: inserted "### Relationships" after "### CartLine" [section-missing]',
    // the footer the other specs of the tree carry, not the bare profile version
    '[INFO] speclint: specs/business/uc1-shop.md:50: added the footer "*Generated with smaqit v1.0.0*" [footer-missing]',
    '[INFO] speclint: dry run, nothing written; run again with -Dspeclint.fix.apply to write these fixes',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }

// the unified diff, hunk by hunk, as the log shows it
def diff = [
    '''[INFO] --- a/specs/business/uc1-shop.md
[INFO] +++ b/specs/business/uc1-shop.md
[INFO] @@ -18,11 +18,17 @@
[INFO]  
[INFO]  ## Actors
[INFO]  
[INFO] -| Actor | Goals |
[INFO] -|-------|-------|
[INFO] -| Member | Order seeds before the sowing season |
[INFO] -| Treasurer | See what was paid |
[INFO] +| Actor | Description | Goals |
[INFO] +|-------| --- |-------|
[INFO] +| Member |  | Order seeds before the sowing season |
[INFO] +| Treasurer |  | See what was paid |
[INFO]  
[INFO] +## Success Metrics
[INFO] +
[INFO] +| Metric | Target | Measurement |
[INFO] +| --- | --- | --- |
[INFO] +| [METRIC] | [TARGET] | [MEASUREMENT] |
[INFO] +
[INFO]  ## Use Case
[INFO]  
[INFO]  ### Preconditions
[INFO] @@ -48,3 +54,7 @@
[INFO]  
[INFO]  - [ ] BUS-SHOP-001: A member can order and pay for seed packets in one visit
[INFO]  - [ ] BUS-SHOP-002: A sold-out packet cannot be ordered
[INFO] +
[INFO] +---
[INFO] +
[INFO] +*Generated with smaqit v1.0.0*''',
    '''[INFO] --- a/specs/functional/cart.md
[INFO] +++ b/specs/functional/cart.md
[INFO] @@ -48,15 +48,21 @@''',
    '''[INFO] +### Relationships
[INFO] +
[INFO] +| From | To | Type | Description |
[INFO] +| --- | --- | --- | --- |
[INFO] +| [FROM] | [TO] | [TYPE] | [DESCRIPTION] |
[INFO] +
[INFO]  ## API Contract''',
    '''[INFO] -| Field | Type | Description |
[INFO] -|-------|------|-------------|
[INFO] -| packet | string | Seed packet code |
[INFO] +| Field | Type | Required | Description |
[INFO] +|-------|------| --- |-------------|
[INFO] +| packet | string |  | Seed packet code |''',
]
def normalized = log.replace('\r\n', '\n')
diff.each { hunk -> assert normalized.contains(hunk) : "build.log lacks the diff lines:\n" + hunk }
assert !log.contains('shop-stack.md:') && !log.contains('a/specs/stack/') : 'the stack spec has nothing to fix'

// a dry run writes nothing: every spec is byte for byte what setup wrote
def specs = new File(basedir, 'specs')
def original = new File(basedir, 'original')
original.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def relative = original.toPath().relativize(file.toPath()).toString()
    assert new File(specs, relative).bytes == file.bytes : relative + ' changed in a dry run'
}
assert !log.readLines().any { it.startsWith('\tat ') }
return true
