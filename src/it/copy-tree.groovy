// Shared by the ITs' setup scripts: copies a spec tree from the IT sources into an IT's own folder.
// Usage: evaluate(new File(itSources, 'copy-tree.groovy'))(new File(itSources, 'clean-tree/docs'), new File(basedir, 'docs'))
return { File from, File to ->
    from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        def target = new File(to, from.toPath().relativize(file.toPath()).toString())
        target.parentFile.mkdirs()
        target.bytes = file.bytes
    }
}
