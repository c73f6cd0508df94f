// The per-document gaps of the gaps-tree IT, reported here in every format.
def from = new File(itSources, 'gaps-tree/docs')
from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def target = new File(basedir, 'docs/' + from.toPath().relativize(file.toPath()).toString())
    target.parentFile.mkdirs()
    target.bytes = file.bytes
}
return true
