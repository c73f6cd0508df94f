package io.github.speclint.rules.frontmatter;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shortcuts for plain dates and UTC date-times accept exactly what the ISO formatters accept. */
class FrontMatterDateRuleTest {

    @Test
    void shortcutsAgreeWithTheIsoFormatters() {
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            String date = String.format("%04d-%02d-%02d", random.nextInt(3) == 0 ? random.nextInt(10_000) : 2026,
                    random.nextInt(14), random.nextInt(33));
            String value = random.nextBoolean() ? date : String.format("%sT%02d:%02d:%02d%s", date,
                    random.nextInt(26), random.nextInt(62), random.nextInt(62), random.nextInt(8) == 0 ? "z" : "Z");
            assertEquals(parses(value), FrontMatterDateRule.isDateOrDateTime(value), value);
        }
    }

    private static boolean parses(String value) {
        return parses(value, LocalDate::parse) || parses(value, OffsetDateTime::parse)
                || parses(value, LocalDateTime::parse);
    }

    private static boolean parses(String value, Consumer<String> parser) {
        try {
            parser.accept(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
