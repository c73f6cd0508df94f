// Shared by the ITs that compare a serial run with a parallel one: the report files of two folders are the same,
// byte for byte, once the engine's run time is taken out (JSON "engineMillis", JUnit "time"), which no two runs share.
// Folders in them (the cache) are not reports and are left out.
// Usage: evaluate(new File(itSources, 'same-reports.groovy'))(new File(basedir, 'target/serial'), new File(...))
return { File serial, File parallel ->
    def timeless = { String text ->
        text.replaceAll(/"engineMillis" : \d+/, '"engineMillis" : 0').replaceAll(/ time="[0-9.]+"/, ' time="0"')
    }
    def reports = { File folder -> folder.listFiles().findAll { it.isFile() }*.name.sort() }
    def names = reports(serial)
    def others = reports(parallel)
    assert names == others : "${serial} has ${names}, ${parallel} has ${others}"
    assert !names.isEmpty() : "no reports in ${serial}"
    names.each { name ->
        assert timeless(new File(serial, name).getText('UTF-8')) == timeless(new File(parallel, name).getText('UTF-8')) :
                "${name} differs between ${serial} and ${parallel}"
    }
    return names
}
