// An attacker's tree: every report file of the default output folder is a symlink to a spec.
import java.nio.file.Files

def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
copyTree(new File(itSources, 'clean-tree/docs'), new File(basedir, 'docs'))
def output = new File(basedir, 'target/speclint')
output.mkdirs()
def spec = new File(basedir, 'docs/business/uc1-borrow-tool.md').toPath().toAbsolutePath()
['speclint.sarif', 'speclint.json', 'speclint-junit.xml', 'speclint-checkstyle.xml', 'speclint.html'].each { name ->
    Files.createSymbolicLink(new File(output, name).toPath(), spec)
}
return true
