package io.github.speclint.attack;

import java.util.ArrayList;
import java.util.List;

/**
 * Spec files written as an attacker would: each is a real spec (front matter, a layer folder) whose body is one
 * pathological shape, far below the 5 MiB size limit, that once made a phase of speclint super-linear or ran it out
 * of memory.
 */
public final class AttackShapes {

    /** Just below the default size limit (5 MiB), so the file is read and parsed, not refused. */
    static final int NEAR_LIMIT = 4_900_000;

    private AttackShapes() {
    }

    /**
     * @param name   names the shape in test output
     * @param folder the layer folder the file goes in
     */
    public record Shape(String name, String folder, String content, String fileName) {

        Shape(String name, String folder, String content) {
            this(name, folder, content, name.replaceAll("[^a-z0-9]+", "-") + ".md");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Shape> all() {
        return all(1);
    }

    /** The same shapes, each {@code divisor} times smaller: a warm-up that runs the same code paths. */
    public static List<Shape> all(int divisor) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(wideResourcesTable(100_000 / divisor));
        shapes.add(new Shape("[a] x 700,000", "business", business("[a]".repeat(700_000 / divisor))));
        shapes.add(new Shape("[a]( to 5 MB", "business", business(repeatTo("[a](", 5_000_000 / divisor))));
        shapes.add(new Shape("[ x 5.2 MB", "business", business("[".repeat(5_200_000 / divisor))));
        for (char c : new char[] {'[', '|', '`', '*', '<', '-', '#', '>'}) {
            shapes.add(new Shape(c + " x 4.9 MB", "business", business(String.valueOf(c).repeat(NEAR_LIMIT
                    / divisor))));
        }
        shapes.addAll(beyondTheIssue(divisor));
        shapes.addAll(suppressionComments(divisor));
        return shapes;
    }

    /**
     * Shapes found by reading the code for work done per item on something as large as the file: regular expressions
     * that retry at every blank, names repeated in every finding, lookups that scan a list per hit. Each stays under
     * the Markdown limits, so it is parsed and every rule runs on it.
     */
    static List<Shape> beyondTheIssue(int divisor) {
        int rows = 20_000 / divisor;
        String longName = "n".repeat(100_000 / divisor);
        String blanks = " ".repeat(1_000_000 / divisor);
        return List.of(
                new Shape("[a] x 24,000 in one paragraph (under the markup limit)", "business",
                        business("[a]".repeat(24_000 / divisor))),
                new Shape("[TOKEN]`x` x 12,000 in one paragraph", "business",
                        business("[TOKEN]`x`".repeat(12_000 / divisor))),
                new Shape("table with a 100 KB column name and 20,000 rows of the wrong width", "infrastructure",
                        frontMatter("INF-ROWS") + "# Hosting\n\n## Compute Resources\n\n### Resources\n\n| "
                                + longName + " |\n|---|\n" + "| | x |\n".repeat(rows)),
                new Shape("table with a 100 KB column name and 20,000 empty cells", "infrastructure",
                        frontMatter("INF-EMPTY") + "# Hosting\n\n## Compute Resources\n\n### Resources\n\n"
                                + "| Service | Type | CPU | Memory | Storage | " + longName + " |\n"
                                + "|---|---|---|---|---|---|\n" + "| a | b | c | d | e | |\n".repeat(rows)),
                new Shape("heading with 1 MB of blanks inside", "business",
                        business("## Scope" + blanks + "x\n\ntext\n")),
                new Shape("heading of 100 KB over 20,000 rows of the wrong width", "business",
                        business("## " + longName + "\n\n| a |\n|---|\n" + "| b | c |\n".repeat(rows))),
                new Shape("criterion with 1 MB of blanks inside", "business",
                        business("## Acceptance Criteria\n\n- [ ] BUS-ATTACK-001: a" + blanks + "b\n")),
                new Shape("criterion of BUS- x 250,000", "business",
                        business("## Acceptance Criteria\n\n- [ ] BUS-ATTACK-001: " + "BUS-".repeat(250_000 / divisor)
                                + "\n")),
                new Shape("id of 60 KB and 16,000 mistyped links to the file itself", "business",
                        "---\nid: BUS-" + "A".repeat(60_000 / divisor) + "\nstatus: draft\ncreated: 2026-01-01\n"
                                + "---\n\n# UC1-A: A\n\n## References\n\n"
                                + "- [X](self.md)\n".repeat(16_000 / divisor), "self.md"),
                new Shape("20,000 range criteria of 999 members each", "business",
                        business("## Acceptance Criteria\n\n" + "- [ ] BUS-ATTACK-001 through 999: a\n"
                                .repeat(20_000 / divisor))),
                new Shape("criterion ranges with 30-digit numbers", "business",
                        business("## Acceptance Criteria\n\n- [ ] BUS-ATTACK-" + "9".repeat(30) + " through 1: a\n"
                                + "- [ ] BUS-ATTACK-001 through " + "9".repeat(30) + ": b\n")),
                new Shape("16,000 mistyped links to one spec with 2,000 long criterion ids", "business",
                        frontMatter("BUS-ATTACK") + "# UC1-ATTACK: Attack\n\n## References\n\n"
                                + ("- [BUS-ATTACK-" + "Q".repeat(60) + "](self.md)\n").repeat(16_000 / divisor)
                                + "\n## Acceptance Criteria\n\n"
                                + ("- [ ] BUS-ATTACK-" + "Q".repeat(59) + "R: a\n").repeat(2_000 / divisor), "self.md"),
                new Shape("49,000 list items", "business", business("- a\n".repeat(49_000 / divisor))),
                new Shape("49,000 headings", "business", business("### a\n".repeat(49_000 / divisor))),
                new Shape("60,000 lines", "business", business("a\n\n".repeat(30_000 / divisor))));
    }

    /** speclint comments as an attacker writes them: many, long, naming many rules, spanning many lines. */
    static List<Shape> suppressionComments(int divisor) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 100_000 / divisor; i++) {
            names.append("rule-").append(i).append(',');
        }
        return List.of(
                new Shape("one comment naming 100,000 unknown rules", "business",
                        business("<!-- speclint-disable-file " + names + " -- r -->\n")),
                new Shape("10,000 disable-next-line comments over 10,000 findings", "business",
                        business("<!-- speclint-disable-next-line placeholder-left -- r -->\n[TOKEN]\n\n"
                                .repeat(10_000 / divisor))),
                new Shape("disable-line comment of 40,000 lines naming 1,000 rules", "business",
                        business("<!-- speclint-disable-line " + "placeholder-left,".repeat(1_000 / divisor)
                                + "\n".repeat(40_000 / divisor) + " -- r -->\n")),
                new Shape("5,000 disable and enable pairs around 5,000 findings", "business",
                        business(("<!-- speclint-disable placeholder-left -- r -->\n[TOKEN]\n\n"
                                + "<!-- speclint-enable placeholder-left -->\n\n").repeat(5_000 / divisor))));
    }

    /** A Resources table with one header row, its delimiter and one data row of empty cells. */
    public static Shape wideResourcesTable(int columns) {
        String header = "|c".repeat(columns) + "|\n";
        String delimiter = "|-".repeat(columns) + "|\n";
        String row = "| ".repeat(columns) + "|\n";
        String body = "# Hosting\n\n## Compute Resources\n\n### Resources\n\n" + header + delimiter + row;
        return new Shape(String.format("table of %,d columns under ### Resources", columns), "infrastructure",
                frontMatter("INF-WIDE") + body);
    }

    private static String business(String body) {
        return frontMatter("BUS-ATTACK") + "# UC1-ATTACK: Attack\n\n" + body + "\n";
    }

    private static String frontMatter(String id) {
        return "---\nid: " + id + "\nstatus: draft\ncreated: 2026-01-01\n---\n\n";
    }

    private static String repeatTo(String unit, int length) {
        return unit.repeat(length / unit.length());
    }
}
