import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// the whole tree is found through the two links: nothing is lost
assert log.contains('speclint: 7 specs (2 BUS, 2 FUN, 1 STK, 1 INF, 1 COV), ')
assert log.contains(' 14 links, 19 criteria (6 done, 0 failed), 100% mapped to tests, ') // 13 and the one to the folder

def json = new JsonSlurper().parse(new File(basedir, 'target/speclint/speclint.json'))
def skipped = json.findings.findAll { it.ruleId == 'path-skipped' }.collectEntries { [(it.path): it.message] }
assert skipped.keySet() == ['docs/business/gone.md', 'docs/business/loop', 'docs/stack/vendor'] as Set : skipped
assert skipped['docs/business/gone.md'].startsWith('symlink leads nowhere (')
assert skipped['docs/business/loop'] == 'symlink back to a folder above it (a loop); not followed again'
assert skipped['docs/stack/vendor'].contains('outside the spec root and the project; not followed')
// the design check refuses designs reached through a symlink (smaqit's own rule), so the linked root is named there
// a link to a folder says so, through the symlink too
def folderLinks = json.findings.findAll { it.ruleId == 'reference-broken-link' }
assert folderLinks*.path == ['docs/functional/reservation.md'] : folderLinks
assert folderLinks[0].message.contains('leads to docs/functional, which is a folder, not a spec') : folderLinks[0].message
assert json.findings.findAll { !(it.ruleId in ['path-skipped', 'design-symlink', 'reference-broken-link']) }.isEmpty() :
        json.findings
assert log.contains('[ERROR] docs/business/gone.md:1:1: error: symlink leads nowhere')

// nothing behind the link out of the project was read into any report, nor into the cache
new File(basedir, 'target/speclint').eachFileRecurse(groovy.io.FileType.FILES) { report ->
    assert !report.getText('ISO-8859-1').contains('do-not-leak-4711') : report
}
assert !log.contains('do-not-leak-4711')
return true
