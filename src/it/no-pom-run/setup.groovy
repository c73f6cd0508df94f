// A spec tree in a folder with no POM, the way smaqit lays it out: specs/<layer>/.
def from = new File(itSources, 'clean-tree/docs')
from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def target = new File(basedir, 'specs/' + from.toPath().relativize(file.toPath()).toString())
    target.parentFile.mkdirs()
    target.text = file.text
}
return true
