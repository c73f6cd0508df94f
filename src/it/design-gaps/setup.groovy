// The design-clean project with one defect per design rule, each the way it happens in a real tree.
import java.nio.file.Files

def byId = { designs, id -> designs.find { it.id == id } }
def extra = { designs, Map base, Map changes -> def d = base.clone(); d.frontMatterExtra = []; d.putAll(changes); designs << d; d }

evaluate(new File(itSources, 'design-tree.groovy'))(itSources, basedir) { designs, specLinks ->
    def borrow = byId(designs, 'DSG-BUS-BORROW-USE-CASE')
    def reservation = byId(designs, 'DSG-FUN-RESERVATION-SYSTEM-SEQUENCE')
    def returnFlow = byId(designs, 'DSG-FUN-RETURN-FLOW-SYSTEM-SEQUENCE')
    def web = byId(designs, 'DSG-STK-WEB-COMPONENT')
    def hosting = byId(designs, 'DSG-INF-HOSTING-DEPLOYMENT')
    def loans = byId(designs, 'DSG-COV-LOANS-REQUIREMENT-TRACE')

    // design-lifecycle: validated while its spec is only implemented
    borrow.status = 'validated'
    // design-id: the file was renamed, the id was not
    byId(designs, 'DSG-BUS-RETURN-USE-CASE').file = 'dsg-bus-return-usecase'
    // design-title: a human title instead of the id
    reservation.source = "@startuml\ntitle Reservation\n${reservation.body}\n@enduml\n".toString()
    // design-realizes: names a design that was never written
    byId(designs, 'DSG-DSD-RESERVATION-DESIGN-SEQUENCE').realizes = 'DSG-FUN-RESERVATION-DOMAIN-MODEL'
    // design-keys: a key the template does not have
    returnFlow.frontMatterExtra = ['reviewer: kim']
    // design-include: shared styling pulled in
    web.source = "@startuml\ntitle ${web.id}\n!include ../style.puml\n${web.body}\n@enduml\n".toString()
    // design-shape: a caption under the diagram
    hosting.afterBlock = '\nRendered with PlantUML.\n'
    // design-frontmatter: status written twice
    loans.frontMatterExtra = ['status: draft']

    // design-layer: a business design filed under functional/
    extra(designs, borrow, [id: 'DSG-BUS-BORROW-LOAN-USE-CASE', file: 'dsg-bus-borrow-loan-use-case',
                            folder: 'functional', status: 'implemented'])
    // design-diagram-type: a deployment diagram among the functional designs
    extra(designs, reservation, [id: 'DSG-FUN-RESERVATION-STATE', file: 'dsg-fun-reservation-state',
                                 type: 'deployment', source: null])
    // design-notation
    extra(designs, reservation, [id: 'DSG-FUN-RESERVATION-CONTEXT-MAP', file: 'dsg-fun-reservation-context-map',
                                 type: 'context-map', notation: 'mermaid', source: null])
    // design-created: a month that does not exist
    extra(designs, returnFlow, [id: 'DSG-FUN-RETURN-FLOW-DOMAIN-MODEL', file: 'dsg-fun-return-flow-domain-model',
                                type: 'domain-model', frontMatterExtra: []]).created = '2026-13-01'
    // design-status
    extra(designs, returnFlow, [id: 'DSG-FUN-RETURN-FLOW-STATE', file: 'dsg-fun-return-flow-state', type: 'state',
                                status: 'reviewed'])
    // design-requirement-unknown: a criterion the spec does not have
    extra(designs, returnFlow, [id: 'DSG-FUN-RETURN-FLOW-CONTEXT-MAP', file: 'dsg-fun-return-flow-context-map',
                                type: 'context-map', requirements: ['FUN-RETURN-FLOW-099']])
    // design-specifications: the spec listed twice
    extra(designs, web, [id: 'DSG-STK-WEB-CACHE-COMPONENT', file: 'dsg-stk-web-cache-component', source: null,
                         specs: ['specs/stack/web-stack.md', 'specs/stack/./web-stack.md']])
    // design-requirements: a requirement listed twice
    extra(designs, web, [id: 'DSG-STK-WEB-QUEUE-COMPONENT', file: 'dsg-stk-web-queue-component', source: null,
                         requirements: ['STK-WEB-001', 'STK-WEB-002', 'STK-WEB-001']])
    // design-unlinked: nobody links the legacy design any more
    extra(designs, web, [id: 'DSG-STK-WEB-LEGACY-COMPONENT', file: 'dsg-stk-web-legacy-component', source: null,
                         linked: false])
    // design-image: rendered too narrow
    extra(designs, hosting, [id: 'DSG-INF-HOSTING-BACKUP-DEPLOYMENT', file: 'dsg-inf-hosting-backup-deployment',
                             afterBlock: null, width: 400])
    // design-stale: the image was re-rendered after the sums were written
    extra(designs, hosting, [id: 'DSG-INF-HOSTING-DNS-DEPLOYMENT', file: 'dsg-inf-hosting-dns-deployment',
                             afterBlock: null, keepImageSum: '0' * 64])
    // design-attestation: nobody looked at it yet
    extra(designs, hosting, [id: 'DSG-INF-HOSTING-EDGE-DEPLOYMENT', file: 'dsg-inf-hosting-edge-deployment',
                             afterBlock: null, attestation: ['  status: pending', '  validated_at: null',
                                                             '  source_sha256: null', '  image_sha256: null']])
    // design-duplicate-id: a copy kept under a second file name
    extra(designs, loans, [file: 'dsg-cov-loans-requirement-trace-copy', frontMatterExtra: []])
    // design-backlink: claims a spec that does not link it
    extra(designs, byId(designs, 'DSG-BUS-RETURN-USE-CASE'), [id: 'DSG-BUS-RETURN-RECEIPT-USE-CASE',
            file: 'dsg-bus-return-receipt-use-case', specs: ['specs/business/uc2-return-tool.md',
                                                            'specs/business/uc1-borrow-tool.md'], linked: false])
    specLinks['specs/business/uc2-return-tool.md'] << '- [DSG-BUS-RETURN-RECEIPT-USE-CASE](../../docs/designs/business/dsg-bus-return-receipt-use-case.md) · [Image](../../docs/designs/business/dsg-bus-return-receipt-use-case.png)'
    // design-reference-deprecated: a replaced design still linked
    extra(designs, reservation, [id: 'DSG-FUN-RESERVATION-OLD-SYSTEM-SEQUENCE', source: null,
                                 file: 'dsg-fun-reservation-old-system-sequence', status: 'deprecated'])
    // design-reference-broken: a design that was deleted
    specLinks['specs/stack/web-stack.md'] << '- [DSG-STK-WEB-OLD-COMPONENT](../../docs/designs/stack/dsg-stk-web-old-component.md)'
    // design-reference-layer: a functional spec shows the stack's component diagram
    specLinks['specs/functional/return-flow.md'] << '- [DSG-STK-WEB-COMPONENT](../../docs/designs/stack/dsg-stk-web-component.md) · [Image](../../docs/designs/stack/dsg-stk-web-component.png)'
    // design-reference-missing: the coverage spec links its designs' Markdown but never an image
    designs.findAll { it.folder == 'coverage' }.each { it.linked = false }
    specLinks['specs/coverage/loan-tests.md'] << '- [DSG-COV-LOANS-REQUIREMENT-TRACE](../../docs/designs/coverage/dsg-cov-loans-requirement-trace.md)'
}
// design-symlink: a design reached through a symbolic link
Files.createSymbolicLink(new File(basedir, 'docs/designs/business/dsg-bus-alias-use-case.md').toPath(),
        new File('dsg-bus-borrow-use-case.md').toPath())
return true
