package io.github.speclint.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class SpecContextTest {

    @Test
    void aDerivedValueIsComputedOncePerSpecAndFunction() {
        AtomicInteger calls = new AtomicInteger();
        Function<SpecContext, List<Integer>> slots = context -> List.of(calls.incrementAndGet());
        Function<SpecContext, List<Integer>> other = context -> List.of(-calls.incrementAndGet());
        SpecContext first = new SpecContext(null, null, null);
        SpecContext second = new SpecContext(null, null, null);

        List<Integer> once = first.derived(slots);

        assertSame(once, first.derived(slots), "the second rule gets the first rule's value");
        assertEquals(List.of(1), once);
        assertEquals(List.of(-2), first.derived(other), "another helper's value is its own");
        assertNotSame(once, second.derived(slots), "another spec computes its own");
        assertEquals(3, calls.get());
    }
}
