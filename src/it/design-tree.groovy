// Shared by the design ITs' setup scripts: writes a smaqit 3.6-style project into an IT's folder.
//   .smaqit/                      marks the project root
//   specs/<layer>/*.md            the clean-tree specs, each with a Design References section after its title
//   docs/designs/<layer>/*.md     a design per spec (front matter, one plantuml block) and its PNG, drawn here with
//   docs/designs/<layer>/*.png    javax.imageio, with the SHA-256 sums computed here
// Usage:
//   def tree = evaluate(new File(itSources, 'design-tree.groovy'))
//   tree(itSources, basedir) { designs, specLinks -> /* change, add or drop designs before they are written */ }
// Each design is a map: id, folder, file, layer, type, status, specs (paths from the project root), requirements,
// body (the diagram between @startuml's title line and @enduml), and optionally source (the whole block text), created,
// notation,
// width/height, frontMatterExtra (lines), afterBlock (text), keepImageSum/keepSourceSum (sums to write instead of
// the computed ones), attestation (lines replacing visual_validation's), realizes, linked (false: no spec links it),
// pngBytes. specLinks maps a spec path to extra Design References lines.
import java.awt.Color
import java.awt.image.BufferedImage
import java.security.MessageDigest
import javax.imageio.ImageIO

System.setProperty('java.awt.headless', 'true')

def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }

def png = { String text, int width, int height ->
    def image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB)
    def g = image.createGraphics()
    g.color = Color.WHITE
    g.fillRect(0, 0, width, height)
    g.color = Color.BLACK
    g.drawString(text, 10, 20)
    g.dispose()
    def out = new ByteArrayOutputStream()
    ImageIO.write(image, 'png', out)
    out.toByteArray()
}

def designFor = { String id, String folder, String type, String status, String spec, String requirement, String body ->
    [id: id, folder: folder, file: id.toLowerCase(), layer: folder, type: type, status: status, specs: [spec],
     requirements: [requirement], body: body, width: 800, height: 240, frontMatterExtra: [], linked: true]
}

return { itSources, File basedir, Closure tweak ->
    def from = new File(itSources, 'clean-tree/docs')
    new File(basedir, '.smaqit').mkdirs()
    def specs = [:]
    from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        def relative = 'specs/' + from.toPath().relativize(file.toPath()).toString().replace('\\', '/')
        specs[relative] = file.text.replaceAll(/\*Generated with smaqit v[^*]+\*/, '*Generated with smaqit v3.6.0*')
    }
    def designs = [
        designFor('DSG-BUS-BORROW-USE-CASE', 'business', 'use-case', 'implemented', 'specs/business/uc1-borrow-tool.md',
                'BUS-BORROW-001', 'actor Member\nusecase "Borrow a tool" as Borrow\nMember --> Borrow'),
        designFor('DSG-BUS-RETURN-USE-CASE', 'business', 'use-case', 'draft', 'specs/business/uc2-return-tool.md',
                'BUS-RETURN-001', 'actor Member\nusecase "Return a tool" as Return\nMember --> Return'),
        designFor('DSG-FUN-RESERVATION-SYSTEM-SEQUENCE', 'functional', 'system-sequence', 'implemented',
                'specs/functional/reservation.md', 'FUN-RESERVATION-001',
                'actor Member\nparticipant "Library" as Library\nMember -> Library: reserve\nLibrary --> Member: pickup day'),
        designFor('DSG-FUN-RETURN-FLOW-SYSTEM-SEQUENCE', 'functional', 'system-sequence', 'draft',
                'specs/functional/return-flow.md', 'FUN-RETURN-FLOW-001',
                'actor Member\nparticipant "Library" as Library\nMember -> Library: return\nLibrary --> Member: receipt'),
        designFor('DSG-STK-WEB-COMPONENT', 'stack', 'component', 'draft', 'specs/stack/web-stack.md', 'STK-WEB-001',
                'component "Web" as Web\ncomponent "Database" as Db\nWeb --> Db : SQL'),
        designFor('DSG-INF-HOSTING-DEPLOYMENT', 'infrastructure', 'deployment', 'draft',
                'specs/infrastructure/hosting.md', 'INF-HOSTING-001',
                'node "Host" {\n  artifact "web.jar" as Web\n}\ncloud "Mail" as Mail\nWeb --> Mail : SMTP'),
        designFor('DSG-COV-LOANS-REQUIREMENT-TRACE', 'coverage', 'requirement-trace', 'draft',
                'specs/coverage/loan-tests.md', 'COV-LOANS-001',
                'rectangle "BUS-BORROW-001" as R\nrectangle "COV-LOANS-001" as T\nR --> T : verified by'),
    ]
    def sequence = designFor('DSG-DSD-RESERVATION-DESIGN-SEQUENCE', 'design-sequence', 'design-sequence',
            'implemented', 'specs/functional/reservation.md', 'FUN-RESERVATION-001',
            'participant "ReservationHandler" as H\nparticipant "LoanStore" as S\nH -> S: save\nS --> H: ok')
    sequence.realizes = 'DSG-FUN-RESERVATION-SYSTEM-SEQUENCE'
    designs << sequence
    def specLinks = [:].withDefault { [] }
    tweak(designs, specLinks)

    def linksOf = [:].withDefault { [] }
    designs.each { d ->
        def source = d.source ?: "@startuml\ntitle ${d.id}\n${d.body}\n@enduml\n".toString()
        byte[] image = d.pngBytes ?: png(d.id, d.width, d.height)
        def sourceSum = d.keepSourceSum ?: sha256(source.replaceAll(/\n+$/, '') .concat('\n').getBytes('UTF-8'))
        def imageSum = d.keepImageSum ?: sha256(image)
        def dir = new File(basedir, "docs/designs/${d.folder}")
        dir.mkdirs()
        def fm = ['---', "id: ${d.id}", "status: ${d.status}", 'created: ' + (d.created ?: '2026-09-01'), "layer: ${d.layer}",
                  "diagram_type: ${d.type}", 'notation: ' + (d.notation ?: 'plantuml')]
        if (d.realizes) {
            fm << "realizes: ${d.realizes}"
        }
        fm << 'specifications:'
        d.specs.each { fm << "  - ../../../${it}" }
        fm << 'requirements:'
        d.requirements.each { fm << "  - ${it}" }
        fm << "source_sha256: \"${sourceSum}\""
        fm << "image_sha256: \"${imageSum}\""
        fm.addAll(d.frontMatterExtra)
        fm << 'visual_validation:'
        fm.addAll(d.attestation ?: ['  status: passed', '  validated_at: 2026-09-02T10:00:00Z',
                                    "  source_sha256: \"${sourceSum}\"", "  image_sha256: \"${imageSum}\""])
        fm << '---'
        new File(dir, d.file + '.md').text = fm.join('\n') + '\n\n```plantuml\n' + source + '```\n' + (d.afterBlock ?: '')
        new File(dir, d.file + '.png').bytes = image
        if (d.linked) {
            d.specs.each { spec ->
                def link = "../../docs/designs/${d.folder}/${d.file}"
                linksOf[spec] << "- [${d.id}](${link}.md) · [Image](${link}.png)".toString()
            }
        }
    }
    specs.each { path, text ->
        def lines = linksOf[path] + specLinks[path]
        def section = '## Design References\n\n' + lines.join('\n') + '\n\n'
        def withSection = text.replaceFirst(/(?m)^(# .*\n\n)/) { all, title -> title + section }
        assert withSection != text : "setup: no title in ${path}"
        def file = new File(basedir, path)
        file.parentFile.mkdirs()
        file.text = withSection
    }
}
