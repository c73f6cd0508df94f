package io.github.speclint.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What fixing one spec inserts, the findings that removes, and what it leaves to the author. */
final class Plan {

    static final String SECTION = "section-missing";
    static final String COLUMNS = "table-columns";
    static final String FOOTER = "footer-missing";

    final List<Insert> inserts = new ArrayList<>();
    final List<Change> changes = new ArrayList<>();
    final List<String> leftAlone = new ArrayList<>();

    private final Predicate<String> fixing;

    /** @param fixing whether the findings of a rule are to be fixed: not those of a rule the team turned off */
    Plan(Predicate<String> fixing) {
        this.fixing = fixing;
    }

    boolean fixes(String rule) {
        return fixing.test(rule);
    }

    boolean isEmpty() {
        return inserts.isEmpty();
    }
}
