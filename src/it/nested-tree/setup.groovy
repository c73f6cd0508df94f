// The clean tree is shared with the clean-tree IT; here it lands one folder deeper, beside this IT's own spec.
def from = new File(itSources, 'clean-tree/docs')
def to = new File(basedir, 'docs/specs')
from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def target = new File(to, from.toPath().relativize(file.toPath()).toString())
    target.parentFile.mkdirs()
    target.bytes = file.bytes
}
return true
