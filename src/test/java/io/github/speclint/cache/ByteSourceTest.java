package io.github.speclint.cache;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ByteSourceTest {

    @Test
    void aShortTextReadFromTwoFilesIsOneStringALongOneStaysTheirOwn() {
        String prose = "a criterion's text, long enough that sharing it across files would rarely pay: ".repeat(2);
        ByteSource first = source("Acceptance Criteria", prose);
        ByteSource second = source("Acceptance Criteria", prose);

        assertSame(first.readString(), second.readString(), "a title met again is the string met first");
        String firstProse = first.readString();
        String secondProse = second.readString();
        assertEquals(firstProse, secondProse);
        assertNotSame(firstProse, secondProse, "long texts are not kept in the shared table");
    }

    private static ByteSource source(String... texts) {
        ByteSink sink = new ByteSink();
        for (String text : texts) {
            sink.writeString(text);
        }
        byte[] bytes = sink.toByteArray();
        return new ByteSource(bytes, 0, bytes.length);
    }
}
