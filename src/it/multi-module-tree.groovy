// Shared by the multi-module ITs: a reactor whose three modules split the clean tree between them, so that links run
// across module folders. catalog/docs holds business and functional, loans/docs the stack spec and a copy of catalog's
// reservation spec (the same id in two modules), hosting/specs (its own directory setting) infrastructure and coverage.
// Usage: evaluate(new File(itSources, 'multi-module-tree.groovy'))(itSources, basedir, '<parent artifactId>')
return { itSources, File basedir, String parent ->
    def copyTree = evaluate(new File(itSources, 'copy-tree.groovy'))
    def clean = new File(itSources, 'clean-tree/docs')
    def home = [business: 'catalog/docs', functional: 'catalog/docs', stack: 'loans/docs',
                infrastructure: 'hosting/specs', coverage: 'hosting/specs']
    home.each { layer, folder -> copyTree(new File(clean, layer), new File(basedir, "${folder}/${layer}")) }
    def reservation = new File(basedir, 'catalog/docs/functional/reservation.md')
    new File(basedir, 'loans/docs/functional').mkdirs()
    new File(basedir, 'loans/docs/functional/reservation.md').text = reservation.text

    // A link "../<layer>/x.md" now crosses into the module that holds that layer: three folders up, then down.
    (home.values() as LinkedHashSet).each { folder ->
        new File(basedir, folder).eachFileRecurse(groovy.io.FileType.FILES) { file ->
            def text = file.text
            home.each { layer, target ->
                if (target != folder) {
                    text = text.replace("](../${layer}/", "](../../../${target}/${layer}/")
                }
            }
            file.text = text
        }
    }

    def pom = { String module, String configuration ->
        new File(basedir, "${module}/pom.xml").text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>io.github.speclint.it</groupId>
    <artifactId>${parent}</artifactId>
    <version>1</version>
  </parent>
  <artifactId>${module}</artifactId>
  <packaging>pom</packaging>
${configuration}
</project>
"""
    }
    pom('catalog', '')
    pom('loans', '')
    pom('hosting', """  <build>
    <plugins>
      <plugin>
        <groupId>io.github.speclint</groupId>
        <artifactId>speclint-maven-plugin</artifactId>
        <configuration>
          <directory>specs</directory>
        </configuration>
      </plugin>
    </plugins>
  </build>""")
}
