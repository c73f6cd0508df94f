package io.github.speclint.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void specIdsHaveAPrefixAndHyphenatedSegments() {
        assertTrue(Ids.isSpecId("FUN-AUTH-FLOW"));
        assertTrue(Ids.isSpecId("BUS-X1"));
        assertFalse(Ids.isSpecId("F-AUTH"));
        assertFalse(Ids.isSpecId("FUN--AUTH"));
        assertFalse(Ids.isSpecId("FUN-AUTH-"));
        assertFalse(Ids.isSpecId("fun-auth"));
    }

    /** The hand-written check is the documented pattern, on every shape a random id can take. */
    @Test
    void theHandWrittenCheckAgreesWithThePattern() {
        List<String> pieces = List.of("A", "Z", "FUN", "ABCDEFGH", "ABCDEFGHI", "-", "--", "0", "9", "a", "_", " ",
                "É", "[", "X1");
        Random random = new Random(9);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int n = random.nextInt(7); n >= 0; n--) {
                id.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = id.toString();
            assertEquals(Ids.SPEC_ID.matcher(text).matches() && !text.contains("--"), Ids.isSpecId(text), text);
        }
    }
}
