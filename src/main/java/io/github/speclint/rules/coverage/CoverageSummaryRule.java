package io.github.speclint.rules.coverage;

import io.github.speclint.graph.CoverageSheet;
import io.github.speclint.graph.CoverageSheet.SummaryRow;
import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.Headings;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Coverage Summary agrees with its own formula, Coverage % = Mapped / (Total - Untestable) x 100, and with the
 * figures the spec implies: the criteria of the specs it references (per layer), those its Coverage Map maps, and
 * those marked untestable or listed in its Untestable Criteria table.
 */
public final class CoverageSummaryRule extends AbstractRule implements GraphRule {

    public CoverageSummaryRule() {
        super("coverage-summary-mismatch", Severity.WARNING,
                "Coverage Summary figures match the Coverage Map and the formula");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        index.coverage(spec).ifPresent(sheet -> {
            Map<Layer, CoverageFigures> implied = implied(spec, sheet, index);
            CoverageFigures total = implied.values().stream().reduce(CoverageFigures.NONE, CoverageFigures::plus);
            for (SummaryRow row : sheet.summary()) {
                rowLayer(row, index.layers()).map(layer -> layer.map(implied::get).orElse(total))
                        .ifPresent(expected -> check(row, expected, out));
            }
        });
    }

    private void check(SummaryRow row, CoverageFigures expected, FindingSink out) {
        if (row.total().isEmpty() || row.mapped().isEmpty() || row.untestable().isEmpty() || row.percent().isEmpty()) {
            return;
        }
        CoverageFigures declared = new CoverageFigures(row.total().getAsInt(), row.mapped().getAsInt(),
                row.untestable().getAsInt());
        double declaredPercent = row.percent().getAsDouble();
        boolean formulaHolds = CoverageFigures.samePercent(declaredPercent, declared.percent());
        boolean countsHold = declared.equals(expected)
                && CoverageFigures.samePercent(declaredPercent, expected.percent());
        if (formulaHolds && countsHold) {
            return;
        }
        String says = String.format("%d total, %d mapped, %d untestable, %s%%", declared.total(), declared.mapped(),
                declared.untestable(), trim(declaredPercent));
        String problem = countsHold ? String.format("but the formula gives %.0f%%", declared.percent())
                : "but the Coverage Map and the referenced specs give " + expected;
        report(out, row.position(), "Coverage Summary > " + row.layer(), String.format("Coverage Summary row \"%s\" "
                + "says %s, %s (Coverage %% = Mapped / (Total - Untestable) x 100)", row.layer().replace("*", ""),
                says, problem));
    }

    private static Map<Layer, CoverageFigures> implied(SpecDocument spec, CoverageSheet sheet, SpecIndex index) {
        Set<String> mapped = sheet.mappedIds();
        Set<String> listedUntestable = sheet.untestableIds();
        Map<Layer, CoverageFigures> figures = new HashMap<>();
        Set<String> counted = new HashSet<>();
        for (ResolvedLink link : index.links(spec)) {
            SpecDocument target = link.target().orElse(null);
            Layer layer = target == null ? null : target.layer().orElse(null);
            if (!link.isReference() || layer == null || layer.equals(Layer.COVERAGE) || !counted.add(target.path())) {
                continue;
            }
            int total = 0;
            int mappedCount = 0;
            int untestable = 0;
            for (Criterion criterion : target.criteria()) {
                for (String id : criterion.memberIds()) {
                    boolean untested = criterion.untestable() || listedUntestable.contains(id);
                    total++;
                    untestable += untested ? 1 : 0;
                    mappedCount += !untested && mapped.contains(id) ? 1 : 0;
                }
            }
            figures.merge(layer, new CoverageFigures(total, mappedCount, untestable), CoverageFigures::plus);
        }
        for (Layer layer : index.layers().all()) {
            figures.putIfAbsent(layer, CoverageFigures.NONE);
        }
        return figures;
    }

    /** The row's layer, empty for the Total row; nothing for rows that name neither. */
    private static Optional<Optional<Layer>> rowLayer(SummaryRow row, Layers layers) {
        String name = Headings.base(row.layer().replace("*", ""));
        if (name.equals("total")) {
            return Optional.of(Optional.empty());
        }
        return layers.byFolder(name).filter(layer -> !layer.equals(Layer.COVERAGE)).map(Optional::of);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
