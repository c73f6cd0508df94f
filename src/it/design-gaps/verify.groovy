// One finding per design rule, each at the line of its defect (sums that depend on the PNG encoder are cut off).
def log = new File(basedir, 'build.log').text
def expected = [
    'docs/designs/business/dsg-bus-alias-use-case.md:1:1: error: docs/designs/business/dsg-bus-alias-use-case.md is a symbolic link; smaqit refuses designs reached through one and speclint does not follow it: put the file itself here [design-symlink]',
    'docs/designs/business/dsg-bus-borrow-use-case.md:3:9: error: status is validated (rank 3) but the least advanced linked spec, BUS-BORROW, is implemented (rank 1); a design\'s status follows its specs: set it to implemented [design-lifecycle]',
    'docs/designs/business/dsg-bus-return-receipt-use-case.md:10:5: error: specs/business/uc1-borrow-tool.md does not link the design and its image back in its Design References; add "- [DSG-BUS-RETURN-RECEIPT-USE-CASE](...) · [Image](...)" there [design-backlink]',
    'docs/designs/business/dsg-bus-return-usecase.md:2:5: error: the file is named dsg-bus-return-usecase.md but its id DSG-BUS-RETURN-USE-CASE asks for dsg-bus-return-use-case.md; name the file after the id in lower case [design-id]',
    'docs/designs/coverage/dsg-cov-loans-requirement-trace-copy.md:2:5: error: design id "DSG-COV-LOANS-REQUIREMENT-TRACE" is also the id of docs/designs/coverage/dsg-cov-loans-requirement-trace.md:2; design ids are unique [design-duplicate-id]',
    'docs/designs/coverage/dsg-cov-loans-requirement-trace.md:14:1: error: key "status" appears twice in the front matter (first on line 3); keep one [design-frontmatter]',
    'docs/designs/design-sequence/dsg-dsd-reservation-design-sequence.md:8:11: error: realizes DSG-FUN-RESERVATION-DOMAIN-MODEL, which is no design\'s id; name the system-sequence design this sequence realises [design-realizes]',
    'docs/designs/functional/dsg-bus-borrow-loan-use-case.md:5:8: error: the design sits in docs/designs/functional/ but its layer is business; move it to docs/designs/business/ [design-layer]',
    'docs/designs/functional/dsg-fun-reservation-context-map.md:7:11: error: notation "mermaid"; smaqit designs are written in plantuml [design-notation]',
    'docs/designs/functional/dsg-fun-reservation-state.md:6:15: error: diagram_type "deployment" is not one a functional design may have; use system-sequence, domain-model, context-map or state [design-diagram-type]',
    'docs/designs/functional/dsg-fun-reservation-system-sequence.md:23:1: error: the line after @startuml is "title Reservation"; smaqit wants "title DSG-FUN-RESERVATION-SYSTEM-SEQUENCE" there [design-title]',
    'docs/designs/functional/dsg-fun-return-flow-context-map.md:11:5: error: requirement FUN-RETURN-FLOW-099 is not a criterion of FUN-RETURN-FLOW (no spec defines it); name criteria of the specs this design draws [design-requirement-unknown]',
    'docs/designs/functional/dsg-fun-return-flow-domain-model.md:4:10: error: created is "2026-13-01"; write a date such as 2026-09-01 or an RFC 3339 timestamp such as 2026-09-01T10:00:00Z [design-created]',
    'docs/designs/functional/dsg-fun-return-flow-state.md:3:9: error: status is "reviewed"; use draft, failed, implemented, deployed, validated or deprecated [design-status]',
    'docs/designs/functional/dsg-fun-return-flow-system-sequence.md:14:1: error: unknown key "reviewer" in the front matter; a functional design has exactly id, status, created, layer, diagram_type, notation, specifications, requirements, source_sha256, image_sha256, visual_validation [design-keys]',
    'docs/designs/infrastructure/dsg-inf-hosting-backup-deployment.md:13:1: error: the design\'s image docs/designs/infrastructure/dsg-inf-hosting-backup-deployment.png is 400×240 pixels; smaqit accepts 640 to 4096 pixels wide and 1 to 16384 high [design-image]',
    'docs/designs/infrastructure/dsg-inf-hosting-deployment.md:32:1: error: text outside the diagram block: "Rendered with PlantUML."; a design\'s body is only its ```plantuml block [design-shape]',
    'docs/designs/infrastructure/dsg-inf-hosting-dns-deployment.md:13:15: error: image_sha256 does not match: the image docs/designs/infrastructure/dsg-inf-hosting-dns-deployment.png hashes to ',
    'docs/designs/infrastructure/dsg-inf-hosting-edge-deployment.md:15:11: error: visual_validation.status is "pending"; the design is attested when it is passed (the rendered image was checked against the source) [design-attestation]',
    'docs/designs/stack/dsg-stk-web-cache-component.md:10:5: error: specifications lists ../../../specs/stack/./web-stack.md again (first on line 9); name each spec once [design-specifications]',
    'docs/designs/stack/dsg-stk-web-component.md:24:1: error: "!include ../style.puml" pulls diagram text from elsewhere; smaqit refuses !include, !import or !pragma include in a design: write the diagram out in full [design-include]',
    'docs/designs/stack/dsg-stk-web-legacy-component.md:2:5: warning: no spec links DSG-STK-WEB-LEGACY-COMPONENT in its Design References; link it from the specs it draws, or mark it deprecated [design-unlinked]',
    'docs/designs/stack/dsg-stk-web-queue-component.md:13:5: error: requirement STK-WEB-001 is listed again (first on line 11); list each once [design-requirements]',
    'specs/coverage/loan-tests.md:9:1: error: ## Design References links no design of this spec\'s layer together with its image; add a line such as "- [DSG-COV-<NAME>-REQUIREMENT-TRACE](../../docs/designs/coverage/dsg-cov-<name>-requirement-trace.md) · [Image](../../docs/designs/coverage/dsg-cov-<name>-requirement-trace.png)" [design-reference-missing]',
    'specs/functional/reservation.md:16:3: error: design link [DSG-FUN-RESERVATION-OLD-SYSTEM-SEQUENCE](../../docs/designs/functional/dsg-fun-reservation-old-system-sequence.md) leads to DSG-FUN-RESERVATION-OLD-SYSTEM-SEQUENCE, which is deprecated; link the design that replaces it [design-reference-deprecated]',
    'specs/functional/return-flow.md:15:3: error: design link [DSG-STK-WEB-COMPONENT](../../docs/designs/stack/dsg-stk-web-component.md) leads to DSG-STK-WEB-COMPONENT, a stack design; a functional spec links designs of its own layer [design-reference-layer]',
    'specs/stack/web-stack.md:14:3: error: design link [DSG-STK-WEB-OLD-COMPONENT](../../docs/designs/stack/dsg-stk-web-old-component.md) leads to docs/designs/stack/dsg-stk-web-old-component.md, which does not exist [design-reference-broken]',
]
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
def rules = log.readLines().findResults { line -> def rule = line =~ /\[(design-[a-z-]+)\]$/; rule.find() ? rule.group(1) : null } as Set
assert rules.size() == 27 : 'every design rule fires: ' + rules
assert !log.contains('[reference-') : 'design links are no references between specs'
assert log.contains('speclint: 7 specs (2 BUS, 2 FUN, 1 STK, 1 INF, 1 COV), 24 designs, ')
assert !log.readLines().any { it.startsWith('\tat ') } : 'a finding must never be a stack trace'
return true
