package io.github.speclint.fix;

import java.util.ArrayList;
import java.util.List;

/** What fixing one spec inserts, the findings that removes, and what it leaves to the author. */
final class Plan {

    final List<Insert> inserts = new ArrayList<>();
    final List<Change> changes = new ArrayList<>();
    final List<String> leftAlone = new ArrayList<>();

    boolean isEmpty() {
        return inserts.isEmpty();
    }
}
