package io.github.speclint.fix;

import io.github.speclint.discover.CandidateFile;
import io.github.speclint.model.Footer;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.parse.SpecParser;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.scaffold.SpecTemplate;
import io.github.speclint.scaffold.Templates;
import io.github.speclint.scaffold.TreeVersion;
import io.github.speclint.schema.LayerSchema;
import io.github.speclint.schema.Profile;
import io.github.speclint.schema.SchemaCatalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Plans the safe structural fixes of one spec from its template: missing required sections, missing table columns,
 * a missing footer. Every fix is an insertion. A plan is kept only when it holds: the fixed spec parses with no
 * fewer sections, tables, criteria and links than before, and planning again on it finds nothing left to do.
 */
public final class SpecFixer {

    private final SchemaCatalog catalog;
    private final Templates templates;
    private final Optional<Profile> fixedProfile;
    private final SpecParser parser;
    private final Predicate<String> fixing;

    /** A fixer of every kind of structural finding. */
    public SpecFixer(Templates templates, Optional<Profile> fixedProfile, long maxFileBytes) {
        this(templates, fixedProfile, maxFileBytes, rule -> true);
    }

    /**
     * @param fixedProfile the built-in profile the user forced, if any; else each spec's footer decides, as in a lint
     * @param fixing       whether to fix the findings of a rule (section-missing, table-columns, footer-missing):
     *                     not those of a rule the team turned off
     */
    public SpecFixer(Templates templates, Optional<Profile> fixedProfile, long maxFileBytes,
                     Predicate<String> fixing) {
        this.catalog = templates.catalog();
        this.templates = templates;
        this.fixedProfile = fixedProfile;
        this.parser = new SpecParser(maxFileBytes, catalog.layers(), catalog::placeholders);
        this.fixing = fixing;
    }

    /** The fixes of one spec file's bytes, not written anywhere, as if it were the only spec of its tree. */
    public FileFix fix(CandidateFile candidate, byte[] bytes) {
        return fix(candidate, bytes, version(List.of()));
    }

    /** The smaqit version of a tree of these specs, which a spec given its missing footer joins. */
    public TreeVersion version(List<SpecDocument> specs) {
        return TreeVersion.of(specs, catalog, fixedProfile);
    }

    /**
     * The fixes of one spec file's bytes, not written anywhere.
     *
     * @param tree the version of the spec's tree: a spec without a footer gets its footer, and is fixed from its
     *             template, so that it is written in the version of the specs beside it
     */
    public FileFix fix(CandidateFile candidate, byte[] bytes, TreeVersion tree) {
        Optional<SpecDocument> spec = parser.parse(candidate, bytes).filter(SpecDocument::readable);
        if (spec.isEmpty()) {
            return unchanged(candidate, bytes, List.of(), Optional.empty());
        }
        SpecBytes file = new SpecBytes(bytes);
        Plan plan = plan(file, spec.get(), tree);
        if (plan.isEmpty()) {
            return unchanged(candidate, bytes, plan.leftAlone, Optional.empty());
        }
        byte[] after = Insert.apply(bytes, plan.inserts);
        Optional<String> broken = check(candidate, spec.get(), after, tree);
        if (broken.isPresent()) {
            return unchanged(candidate, bytes, plan.leftAlone, broken);
        }
        List<Change> changes = plan.changes.stream().sorted(Comparator.comparingInt(Change::line)).toList();
        return new FileFix(candidate.file(), candidate.displayPath(), bytes, after, changes,
                UnifiedDiff.of(candidate.displayPath(), file, plan.inserts), plan.leftAlone, Optional.empty());
    }

    private Plan plan(SpecBytes file, SpecDocument spec, TreeVersion tree) {
        // a spec that is to get its footer is checked, once it has it, in the version that footer names
        boolean getsFooter = spec.footer().isEmpty() && fixing.test(Plan.FOOTER);
        Profile profile = getsFooter ? tree.profile()
                : fixedProfile.orElseGet(() -> catalog.profileForVersion(spec.footer().map(Footer::version)));
        LayerSchema schema = catalog.schema(spec.layer().orElseThrow(), profile);
        SpecContext context = new SpecContext(spec, schema, catalog.layers());
        SpecTemplate template = templates.of(schema,
                getsFooter ? tree.footerVersion() : Templates.footerVersion(schema));
        Plan plan = new Plan(fixing);
        SectionFix.plan(file, context, template, () -> templates.written(schema), plan);
        ColumnFix.plan(file, context, plan);
        return plan;
    }

    /** Why the fixed bytes are not kept, if they lose structure or would be fixed again. */
    private Optional<String> check(CandidateFile candidate, SpecDocument before, byte[] after, TreeVersion tree) {
        Optional<SpecDocument> fixed = parser.parse(candidate, after).filter(SpecDocument::readable);
        if (fixed.isEmpty() || !fixed.get().layer().equals(before.layer())) {
            return Optional.of("the fixed spec would not read as the same spec");
        }
        SpecDocument spec = fixed.get();
        if (spec.allSections().count() < before.allSections().count() || tables(spec) < tables(before)
                || spec.criteria().size() < before.criteria().size() || spec.links().size() < before.links().size()) {
            return Optional.of("the fixes would lose sections, tables, criteria or links the spec has");
        }
        if (!plan(new SpecBytes(after), spec, tree).isEmpty()) {
            return Optional.of("the fixes would not settle: a second pass would still change the spec");
        }
        return Optional.empty();
    }

    private static long tables(SpecDocument spec) {
        return spec.allSections().mapToLong(section -> section.tables().size()).sum();
    }

    private static FileFix unchanged(CandidateFile candidate, byte[] bytes, List<String> leftAlone,
                                     Optional<String> problem) {
        return new FileFix(candidate.file(), candidate.displayPath(), bytes, bytes, List.of(), List.of(), leftAlone,
                problem);
    }
}
