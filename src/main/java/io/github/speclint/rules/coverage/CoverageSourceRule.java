package io.github.speclint.rules.coverage;

import io.github.speclint.graph.CoverageSheet.MapRow;
import io.github.speclint.graph.CriterionRef;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Source Spec column of a Coverage Map names the file that defines the row's requirement, as a path within the
 * spec tree ({@code business/uc1-login.md}), a link, or a file name.
 */
public final class CoverageSourceRule extends AbstractRule implements GraphRule {

    public CoverageSourceRule() {
        super("coverage-source-mismatch", Severity.ERROR,
                "The Coverage Map's Source Spec is the file that defines the requirement");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        index.coverage(spec).ifPresent(sheet -> {
            for (MapRow row : sheet.map()) {
                String source = normalized(row.source());
                if (source.isEmpty() || Placeholder.tokenIn(row.source()) || row.ids().isEmpty()) {
                    continue;
                }
                Set<String> holders = new LinkedHashSet<>();
                for (String id : row.ids()) {
                    for (CriterionRef ref : index.criteria(id)) {
                        holders.add(ref.spec().path());
                    }
                }
                if (!holders.isEmpty() && !anyNamed(source, holders)) {
                    report(out, row.sourcePosition(), row.requirement(), String.format(
                            "Source Spec \"%s\" does not define %s; it is defined in %s", row.source(),
                            row.requirement(), String.join(", ", holders)));
                }
            }
        });
    }

    private static boolean anyNamed(String source, Set<String> paths) {
        for (String path : paths) {
            if (names(source, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(String source, String path) {
        return path.equals(source) || path.endsWith("/" + source);
    }

    /** The path as written, without link brackets, "./" and "../" prefixes. */
    private static String normalized(String source) {
        String path = source.strip().replace('\\', '/');
        if (path.startsWith("[") && path.endsWith("]")) {
            path = path.substring(1, path.length() - 1);
        }
        while (path.startsWith("./") || path.startsWith("../")) {
            path = path.substring(path.indexOf('/') + 1);
        }
        return path;
    }
}
