package io.github.speclint.rules;


import io.github.speclint.rules.coverage.CoverageSourceRule;
import io.github.speclint.rules.coverage.CoverageSummaryRule;
import io.github.speclint.rules.coverage.CoverageUnknownMappingRule;
import io.github.speclint.rules.coverage.CoverageUnknownRequirementRule;
import io.github.speclint.rules.coverage.CoverageUnmappedRule;
import io.github.speclint.rules.criterion.CriterionCheckboxRule;
import io.github.speclint.rules.criterion.CriterionDuplicateIdRule;
import io.github.speclint.rules.criterion.CriterionFormatRule;
import io.github.speclint.rules.criterion.CriterionIdRule;
import io.github.speclint.rules.criterion.CriterionMissingRule;
import io.github.speclint.rules.criterion.CriterionRangeRule;
import io.github.speclint.rules.criterion.CriterionSeparatorRule;
import io.github.speclint.rules.criterion.CriterionSuffixRule;
import io.github.speclint.rules.criterion.CriterionTextRule;
import io.github.speclint.rules.criterion.UntestableNotesRule;
import io.github.speclint.rules.design.DesignAttestationRule;
import io.github.speclint.rules.design.DesignBacklinkRule;
import io.github.speclint.rules.design.DesignCreatedRule;
import io.github.speclint.rules.design.DesignDiagramTypeRule;
import io.github.speclint.rules.design.DesignDuplicateIdRule;
import io.github.speclint.rules.design.DesignFrontMatterRule;
import io.github.speclint.rules.design.DesignIdRule;
import io.github.speclint.rules.design.DesignImageRule;
import io.github.speclint.rules.design.DesignIncludeRule;
import io.github.speclint.rules.design.DesignKeysRule;
import io.github.speclint.rules.design.DesignLayerRule;
import io.github.speclint.rules.design.DesignLifecycleRule;
import io.github.speclint.rules.design.DesignNotationRule;
import io.github.speclint.rules.design.DesignRealizesRule;
import io.github.speclint.rules.design.DesignReferenceBrokenRule;
import io.github.speclint.rules.design.DesignReferenceDeprecatedRule;
import io.github.speclint.rules.design.DesignReferenceLayerRule;
import io.github.speclint.rules.design.DesignReferenceMissingRule;
import io.github.speclint.rules.design.DesignRequirementUnknownRule;
import io.github.speclint.rules.design.DesignRequirementsRule;
import io.github.speclint.rules.design.DesignShapeRule;
import io.github.speclint.rules.design.DesignSpecificationsRule;
import io.github.speclint.rules.design.DesignStaleRule;
import io.github.speclint.rules.design.DesignStatusRule;
import io.github.speclint.rules.design.DesignSymlinkRule;
import io.github.speclint.rules.design.DesignTitleRule;
import io.github.speclint.rules.design.DesignUnlinkedRule;
import io.github.speclint.rules.file.FileUnreadableRule;
import io.github.speclint.rules.file.PathSkippedRule;
import io.github.speclint.rules.frontmatter.FrontMatterDateRule;
import io.github.speclint.rules.frontmatter.FrontMatterDuplicateKeyRule;
import io.github.speclint.rules.frontmatter.FrontMatterIdFormatRule;
import io.github.speclint.rules.frontmatter.FrontMatterIdLayerRule;
import io.github.speclint.rules.frontmatter.FrontMatterMissingRule;
import io.github.speclint.rules.frontmatter.FrontMatterRequiredFieldRule;
import io.github.speclint.rules.frontmatter.FrontMatterStatusRule;
import io.github.speclint.rules.frontmatter.FrontMatterUnclosedRule;
import io.github.speclint.rules.frontmatter.FrontMatterYamlRule;
import io.github.speclint.rules.identity.CriterionSharedIdRule;
import io.github.speclint.rules.identity.SpecDuplicateIdRule;
import io.github.speclint.rules.identity.UseCaseNumberRule;
import io.github.speclint.rules.reference.ReferenceBrokenLinkRule;
import io.github.speclint.rules.reference.ReferenceDeprecatedRule;
import io.github.speclint.rules.reference.ReferenceDirectionProseRule;
import io.github.speclint.rules.reference.ReferenceDirectionRule;
import io.github.speclint.rules.reference.ReferenceIdRule;
import io.github.speclint.rules.reference.ReferenceOutsideRootRule;
import io.github.speclint.rules.reference.ReferenceSubsectionRule;
import io.github.speclint.rules.reference.ReferenceUpstreamRule;
import io.github.speclint.rules.reference.ReferencesLinkRule;
import io.github.speclint.rules.section.SectionDuplicateRule;
import io.github.speclint.rules.section.SectionEmptyRule;
import io.github.speclint.rules.section.SectionLevelRule;
import io.github.speclint.rules.section.SectionMissingRule;
import io.github.speclint.rules.section.SectionOrderRule;
import io.github.speclint.rules.section.SectionUnknownRule;
import io.github.speclint.rules.status.StatusDraftCheckedRule;
import io.github.speclint.rules.suppression.SuppressionExpiredRule;
import io.github.speclint.rules.suppression.SuppressionInvalidRule;
import io.github.speclint.rules.suppression.SuppressionReasonRule;
import io.github.speclint.rules.suppression.SuppressionUnusedRule;
import io.github.speclint.rules.status.StatusUpstreamDraftRule;
import io.github.speclint.rules.status.StatusValidatedOpenRule;
import io.github.speclint.rules.table.TableColumnsRule;
import io.github.speclint.rules.table.TableEmptyCellRule;
import io.github.speclint.rules.table.TableMissingRule;
import io.github.speclint.rules.table.TableRowCellsRule;
import io.github.speclint.rules.table.TableRowMissingRule;
import io.github.speclint.rules.table.TableRowsRule;
import io.github.speclint.rules.tests.CoverageTestFailedRule;
import io.github.speclint.rules.tests.CoverageTestNotRunRule;
import io.github.speclint.rules.tests.CriterionCheckedNotPassedRule;
import io.github.speclint.rules.tests.StatusValidatedNotPassedRule;
import io.github.speclint.rules.tests.TestReportUnreadableRule;
import io.github.speclint.rules.text.FooterMissingRule;
import io.github.speclint.rules.text.PlaceholderRule;
import io.github.speclint.rules.title.TitleConceptRule;
import io.github.speclint.rules.title.TitleFormatRule;
import io.github.speclint.rules.title.TitleMissingRule;
import io.github.speclint.rules.title.TitleTemplateRule;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The built-in rules, in the order their areas appear in a spec. */
public final class RuleSet {

    private static final SuppressionInvalidRule SUPPRESSION_INVALID = new SuppressionInvalidRule();
    private static final SuppressionReasonRule SUPPRESSION_REASON = new SuppressionReasonRule();

    /** The rules that judge one spec against its layer's template. */
    private static final List<DocumentRule> TEMPLATE_RULES = List.of(
            new FileUnreadableRule(),
            new FrontMatterMissingRule(),
            new FrontMatterUnclosedRule(),
            new FrontMatterYamlRule(),
            new FrontMatterDuplicateKeyRule(),
            new FrontMatterRequiredFieldRule(),
            new FrontMatterStatusRule(),
            new FrontMatterIdFormatRule(),
            new FrontMatterIdLayerRule(),
            new FrontMatterDateRule(),
            new TitleMissingRule(),
            new TitleTemplateRule(),
            new TitleFormatRule(),
            new TitleConceptRule(),
            new SectionMissingRule(),
            new SectionLevelRule(),
            new SectionEmptyRule(),
            new SectionOrderRule(),
            new SectionUnknownRule(),
            new SectionDuplicateRule(),
            new TableMissingRule(),
            new TableColumnsRule(),
            new TableRowsRule(),
            new TableRowCellsRule(),
            new TableEmptyCellRule(),
            new TableRowMissingRule(),
            new CriterionMissingRule(),
            new CriterionFormatRule(),
            new CriterionSeparatorRule(),
            new CriterionCheckboxRule(),
            new CriterionIdRule(),
            new CriterionDuplicateIdRule(),
            new CriterionTextRule(),
            new CriterionSuffixRule(),
            new CriterionRangeRule(),
            new UntestableNotesRule(),
            new PlaceholderRule(),
            new FooterMissingRule(),
            new ReferencesLinkRule(),
            new StatusDraftCheckedRule(),
            new StatusValidatedOpenRule());

    /** Every rule that sees one spec at a time: the template rules, then those that read its speclint comments. */
    private static final List<DocumentRule> DOCUMENT_RULES = Stream.concat(TEMPLATE_RULES.stream(),
            Stream.of(SUPPRESSION_INVALID, SUPPRESSION_REASON)).toList();

    private static final List<GraphRule> GRAPH_RULES = List.of(
            new SpecDuplicateIdRule(),
            new CriterionSharedIdRule(),
            new UseCaseNumberRule(),
            new ReferenceBrokenLinkRule(),
            new ReferenceOutsideRootRule(),
            new ReferenceIdRule(),
            new ReferenceDirectionRule(),
            new ReferenceDirectionProseRule(),
            new ReferenceSubsectionRule(),
            new ReferenceDeprecatedRule(),
            new ReferenceUpstreamRule(),
            new CoverageUnknownRequirementRule(),
            new CoverageSourceRule(),
            new CoverageUnknownMappingRule(),
            new CoverageUnmappedRule(),
            new CoverageSummaryRule(),
            new StatusUpstreamDraftRule());

    /** The rules that judge specs against test results; they run only when a run has test reports. */
    private static final List<TestRule> TEST_RULES = List.of(
            new CoverageTestNotRunRule(),
            new CoverageTestFailedRule(),
            new CriterionCheckedNotPassedRule(),
            new StatusValidatedNotPassedRule());

    private static final TestReportUnreadableRule TEST_REPORT_RULE = new TestReportUnreadableRule();

    /** Rules on each design artifact, in the order smaqit's design gate checks; then against the tree. */
    private static final List<DesignRule> DESIGN_RULES = List.of(
            new DesignSymlinkRule(),
            new DesignShapeRule(),
            new DesignIncludeRule(),
            new DesignFrontMatterRule(),
            new DesignKeysRule(),
            new DesignIdRule(),
            new DesignLayerRule(),
            new DesignDiagramTypeRule(),
            new DesignNotationRule(),
            new DesignCreatedRule(),
            new DesignStatusRule(),
            new DesignSpecificationsRule(),
            new DesignRequirementsRule(),
            new DesignImageRule(),
            new DesignStaleRule(),
            new DesignAttestationRule(),
            new DesignTitleRule(),
            new DesignDuplicateIdRule(),
            new DesignBacklinkRule(),
            new DesignRequirementUnknownRule(),
            new DesignLifecycleRule(),
            new DesignRealizesRule(),
            new DesignUnlinkedRule());

    /** Rules on a spec's Design References section. */
    private static final List<DesignLinkRule> DESIGN_LINK_RULES = List.of(
            new DesignReferenceMissingRule(),
            new DesignReferenceBrokenRule(),
            new DesignReferenceLayerRule(),
            new DesignReferenceDeprecatedRule());

    private static final PathSkippedRule PATH_RULE = new PathSkippedRule();

    /** Rules about how a run applied the suppressions: they run after every other rule. */
    private static final List<SuppressionRule> SUPPRESSION_RULES = List.of(
            new SuppressionExpiredRule(),
            new SuppressionUnusedRule());

    /** The rules whose findings are about suppressions themselves: no comment can silence them. */
    private static final Set<String> ABOUT_SUPPRESSIONS = Stream.concat(
            Stream.of(SUPPRESSION_INVALID.info(), SUPPRESSION_REASON.info()),
            SUPPRESSION_RULES.stream().map(SuppressionRule::info)).map(RuleInfo::id).collect(Collectors.toSet());

    private static final List<RuleInfo> TEST_RULE_INFOS = Stream.concat(TEST_RULES.stream().map(TestRule::info),
            Stream.of(TEST_REPORT_RULE.info())).toList();

    private static final List<RuleInfo> ALL = Stream.of(TEMPLATE_RULES.stream().map(DocumentRule::info),
            GRAPH_RULES.stream().map(GraphRule::info), DESIGN_RULES.stream().map(DesignRule::info),
            DESIGN_LINK_RULES.stream().map(DesignLinkRule::info), TEST_RULE_INFOS.stream(),
            Stream.of(SUPPRESSION_INVALID.info(), SUPPRESSION_REASON.info()),
            SUPPRESSION_RULES.stream().map(SuppressionRule::info), Stream.of(PATH_RULE.info()))
            .flatMap(rules -> rules).toList();

    private static final Set<String> IDS = ALL.stream().map(RuleInfo::id).collect(Collectors.toSet());

    private RuleSet() {
    }

    public static List<DesignRule> designRules() {
        return DESIGN_RULES;
    }

    public static List<DesignLinkRule> designLinkRules() {
        return DESIGN_LINK_RULES;
    }

    public static List<DocumentRule> documentRules() {
        return DOCUMENT_RULES;
    }

    /** The rules that still apply to a file whose bytes are not readable text. */
    public static List<RuleInfo> rulesForUnreadableFiles() {
        return DOCUMENT_RULES.stream().filter(rule -> !rule.needsContent()).map(DocumentRule::info).toList();
    }

    public static List<GraphRule> graphRules() {
        return GRAPH_RULES;
    }

    public static List<TestRule> testRules() {
        return TEST_RULES;
    }

    /** The rule that reports test reports speclint cannot read. */
    public static TestReportUnreadableRule testReportRule() {
        return TEST_REPORT_RULE;
    }

    /** The rule that reports paths under a spec root that could not be read or followed. */
    public static PathSkippedRule pathRule() {
        return PATH_RULE;
    }

    /** The rules a run without test reports applies: all but the test rules. */
    public static List<RuleInfo> withoutTestReports() {
        return ALL.stream().filter(rule -> !TEST_RULE_INFOS.contains(rule)).toList();
    }

    public static List<SuppressionRule> suppressionRules() {
        return SUPPRESSION_RULES;
    }

    /**
     * True for the rules whose findings a team may accept, by a suppression or the baseline; false for the rules
     * about suppressions themselves (an expired or unexplained suppression cannot be accepted away) and for ids that
     * name no rule, such as internal errors.
     */
    public static boolean acceptable(String ruleId) {
        return IDS.contains(ruleId) && !ABOUT_SUPPRESSIONS.contains(ruleId);
    }

    /** True when a rule has this id. */
    public static boolean exists(String ruleId) {
        return IDS.contains(ruleId);
    }

    /**
     * Every rule's public face, for reports and docs: the template rules, the cross-document rules, the design rules,
     * the test rules, then the rules about suppressions.
     */
    public static List<RuleInfo> all() {
        return ALL;
    }
}
