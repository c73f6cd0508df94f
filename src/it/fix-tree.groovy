// Shared by the fix ITs: copies fix-tree/specs into an IT's specs/ folder, and a second copy into original/ for the
// checks. The functional spec gets CRLF line endings and a BOM here, so that no checkout setting can change them.
// Usage: evaluate(new File(itSources, 'fix-tree.groovy'))(itSources, basedir)
return { itSources, File basedir ->
    def from = new File(itSources, 'fix-tree/specs')
    ['specs', 'original'].each { folder ->
        from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
            def relative = from.toPath().relativize(file.toPath()).toString()
            def target = new File(new File(basedir, folder), relative)
            target.parentFile.mkdirs()
            target.bytes = relative.endsWith('cart.md') ? crlfWithBom(file.bytes) : file.bytes
        }
    }
}

static byte[] crlfWithBom(byte[] lf) {
    def out = new ByteArrayOutputStream()
    out.write([0xEF, 0xBB, 0xBF] as byte[])
    out.write(new String(lf, 'UTF-8').replace('\n', '\r\n').getBytes('UTF-8'))
    return out.toByteArray()
}
