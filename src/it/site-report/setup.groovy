// The clean tree with one link broken: the site page shows the tree and that gap.
def from = new File(itSources, 'clean-tree/docs')
from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def target = new File(basedir, 'docs/' + from.toPath().relativize(file.toPath()).toString())
    target.parentFile.mkdirs()
    target.text = file.text
}
def stack = new File(basedir, 'docs/stack/web-stack.md')
stack.text = stack.text.replace('(../functional/return-flow.md)', '(../functional/returns.md)')
return true
