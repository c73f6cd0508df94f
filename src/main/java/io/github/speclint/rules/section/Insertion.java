package io.github.speclint.rules.section;

import io.github.speclint.model.Footer;
import io.github.speclint.model.Section;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.OutlineMatch.Missing;

import java.util.Iterator;

/**
 * Where a missing section belongs in a spec: right after the present template section before it (where the next
 * heading outside that section starts), else right before the present one after it, else at the end of the section
 * it belongs under. A finding points there and a fix inserts there.
 *
 * @param atEnd true when it belongs after the last section, at the end of the spec's content (before its footer);
 *              false when it belongs right before the heading at {@code position}
 */
public record Insertion(SourcePosition position, String anchor, boolean atEnd) {

    public static Insertion of(SpecDocument spec, Missing missing) {
        Section neighbour = missing.neighbour();
        if (neighbour != null && !missing.after()) {
            return new Insertion(start(neighbour), "before " + Where.quoted(neighbour), false);
        }
        if (neighbour != null) {
            return after(spec, neighbour, "after " + Where.quoted(neighbour));
        }
        if (missing.parent() != null) {
            return after(spec, missing.parent(), "at the end of " + Where.quoted(missing.parent()));
        }
        return spec.sections().isEmpty() ? new Insertion(end(spec), "after the title", true)
                : new Insertion(start(spec.sections().get(0)), "before " + Where.quoted(spec.sections().get(0)),
                false);
    }

    private static Insertion after(SpecDocument spec, Section section, String anchor) {
        SourcePosition next = after(spec, section);
        return next == null ? new Insertion(end(spec), anchor, true) : new Insertion(next, anchor, false);
    }

    /** The line of the first heading after the section and everything under it; null at the end of the spec. */
    private static SourcePosition after(SpecDocument spec, Section section) {
        Iterator<Section> all = spec.allSections().iterator();
        while (all.hasNext()) {
            if (all.next() == section) {
                break;
            }
        }
        while (all.hasNext()) {
            Section next = all.next();
            if (next.level() <= section.level()) {
                return start(next);
            }
        }
        return null;
    }

    private static SourcePosition start(Section section) {
        return SourcePosition.of(section.position().line(), 1);
    }

    /** Before the footer when there is one, else the last line. */
    private static SourcePosition end(SpecDocument spec) {
        return SourcePosition.of(spec.footer().map(Footer::position).map(SourcePosition::line)
                .orElse(spec.lineCount()), 1);
    }
}
