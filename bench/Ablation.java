package io.github.speclint.parse;

import io.github.speclint.LintRequest;
import io.github.speclint.Linter;
import io.github.speclint.adopt.Policy;
import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.discover.CandidateFile;
import io.github.speclint.discover.SpecFinder;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stage of the engine, or the engine with a part left out, over a whole tree in a fresh JVM. In a cold run on two
 * cores the JIT compiler is busy from start to end, so a profile's samples do not say what leaving a part out would
 * save: its code would not have to be compiled either. Timing each prefix of the work, alternating fresh JVMs
 * (`bench/ablate.sh`), does.
 *
 * In the package of the parser, whose stages it calls one by one.
 *
 * Usage: java -cp <bench classes>:<plugin classpath> io.github.speclint.parse.Ablation <tree> <stage> [rounds]
 * With rounds, the stage runs that often in one JVM and the median of the later half is printed: the warm figure.
 */
public final class Ablation {

    public static void main(String[] args) throws IOException {
        Path tree = Path.of(args[0]);
        String stage = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<Long> millis = new ArrayList<>();
        long count = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            count = run(tree, stage);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        // with rounds, the later half is the warm figure: the first rounds are the JIT's
        List<Long> warm = new ArrayList<>(millis.subList(rounds / 2, rounds));
        Collections.sort(warm);
        System.out.printf("%s %d ms (%d; rounds %s)%n", stage, warm.get(warm.size() / 2), count, millis);
    }

    private static long run(Path tree, String stage) throws IOException {
        return switch (stage) {
            case "read" -> eachFile(tree, text -> 1);
            case "markdown" -> eachFile(tree, text -> SpecMarkdown.parse(FrontMatterSplit.of(text).body())
                    .getFirstChild() != null ? 1 : 0);
            case "parse" -> parse(tree);
            case "no-rules" -> lint(tree, rules(true));
            case "no-document-rules" -> lint(tree, rules(false));
            case "engine" -> lint(tree, List.of());
            default -> throw new IllegalArgumentException("stage: read, markdown, parse, no-rules, "
                    + "no-document-rules or engine");
        };
    }

    private interface TextWork {
        long apply(String text);
    }

    /** Reads, decodes and hands on every candidate file, in parallel as the engine does. */
    private static long eachFile(Path tree, TextWork work) throws IOException {
        return candidates(tree).parallelStream().mapToLong(file -> {
            try {
                return work.apply(TextDecoder.decode(Files.readAllBytes(file.file())).text());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
    }

    /** The whole per-file parse: front matter, limits, Markdown, the body's outline, tables, criteria, placeholders. */
    private static long parse(Path tree) throws IOException {
        SpecParser parser = new SpecParser(LintRequest.DEFAULT_MAX_FILE_BYTES);
        return candidates(tree).parallelStream().filter(file -> parser.parse(file).isPresent()).count();
    }

    private static List<CandidateFile> candidates(Path tree) throws IOException {
        return new SpecFinder(tree, tree, List.of(), List.of()).find();
    }

    private static long lint(Path tree, List<RuleInfo> off) throws IOException {
        Map<String, String> levels = new LinkedHashMap<>();
        off.forEach(rule -> levels.put(rule.id(), "off"));
        RuleSeverities severities = RuleSeverities.of(levels, "the ablation", RuleSet.all());
        return new Linter(Policy.of(severities)).lint(LintRequest.of(tree, tree)).findings().size();
    }

    /** The rules to switch off: every rule, or the per-document ones. */
    private static List<RuleInfo> rules(boolean every) {
        return every ? RuleSet.all() : RuleSet.documentRules().stream().map(DocumentRule::info).toList();
    }
}
