// docs/ is a symlink to the real tree, whose functional layer is a symlink to a folder elsewhere in the project;
// a spec links the linked folder itself; the tree also holds a loop, a link to nowhere and a link to a folder
// outside the project with a secret in it.
import java.nio.file.Files

def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
def real = new File(basedir, 'real-specs')
copyTree(new File(itSources, 'clean-tree/docs'), real)
def shared = new File(basedir, 'shared/functional')
shared.parentFile.mkdirs()
Files.move(new File(real, 'functional').toPath(), shared.toPath())
Files.createSymbolicLink(new File(real, 'functional').toPath(), shared.toPath().toAbsolutePath())
// a Markdown link to the linked folder itself, not to a spec in it
def reservation = new File(shared, 'reservation.md')
reservation.text = reservation.text.replace('- [BUS-BORROW](../business/uc1-borrow-tool.md)',
        '- [FUN-ALL](../functional/) — every functional spec\n- [BUS-BORROW](../business/uc1-borrow-tool.md)')
Files.createSymbolicLink(new File(basedir, 'docs').toPath(), real.toPath().toAbsolutePath())
Files.createSymbolicLink(new File(real, 'business/loop').toPath(), new File(real, 'business').toPath().toAbsolutePath())
Files.createSymbolicLink(new File(real, 'business/gone.md').toPath(), new File(real, 'nowhere.md').toPath().toAbsolutePath())
def outside = new File(basedir.parentFile, basedir.name + '-outside')
outside.mkdirs()
new File(outside, 'secret.md').text = '---\nid: STK-SECRET\n---\n# TOKEN=do-not-leak-4711\n'
Files.createSymbolicLink(new File(real, 'stack/vendor').toPath(), outside.toPath().toAbsolutePath())
return true
