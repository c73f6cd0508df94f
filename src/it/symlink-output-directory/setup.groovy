// reports/ looks like a folder of its own but is a symlink into the spec tree.
import java.nio.file.Files

def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'clean-tree/docs'), new File(basedir, 'docs'))
Files.createSymbolicLink(new File(basedir, 'reports').toPath(), new File(basedir, 'docs/business').toPath().toAbsolutePath())
return true
