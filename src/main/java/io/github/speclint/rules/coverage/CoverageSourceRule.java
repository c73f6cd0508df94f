package io.github.speclint.rules.coverage;

import io.github.speclint.graph.CoverageSheet.MapRow;
import io.github.speclint.graph.CriterionRef;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Layers;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Source Spec column of a Coverage Map names the spec that defines the row's requirement: a path within the
 * spec tree ({@code business/uc1-login.md}), a link, a file name, or the spec's id.
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
                String source = normalized(row.source(), index.layers());
                if (source.isEmpty() || Placeholder.tokenIn(row.source()) || row.ids().isEmpty()) {
                    continue;
                }
                Set<String> holders = new LinkedHashSet<>();
                boolean byId = false;
                for (String id : row.ids()) {
                    for (CriterionRef ref : index.criteria(id)) {
                        holders.add(ref.spec().path());
                        byId |= ref.spec().id().filter(source::equals).isPresent();
                    }
                }
                if (!holders.isEmpty() && !byId && !anyNamed(source, holders)) {
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

    /**
     * The path as written, without link brackets and "./" or "../" prefixes, and from its layer folder on when it
     * names one: {@code specs/business/uc1.md} and {@code business/uc1.md} name the same file.
     */
    private static String normalized(String source, Layers layers) {
        String path = source.strip().replace('\\', '/');
        if (path.startsWith("[") && path.endsWith("]")) {
            path = path.substring(1, path.length() - 1);
        }
        while (path.startsWith("./") || path.startsWith("../")) {
            path = path.substring(path.indexOf('/') + 1);
        }
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (layers.byFolder(segments[i]).isPresent()) {
                return String.join("/", java.util.Arrays.copyOfRange(segments, i, segments.length));
            }
        }
        return path;
    }
}
