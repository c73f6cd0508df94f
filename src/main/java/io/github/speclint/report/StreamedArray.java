package io.github.speclint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BaseJsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * A JSON array whose elements are built one at a time as it is written: the findings of a large tree, each as a
 * small tree of nodes, would otherwise all be held at once while the report is written. Written through the same
 * generator, it comes out exactly as the whole array would (a test compares the two).
 */
final class StreamedArray<T> extends JsonSerializable.Base {

    private final List<T> items;
    private final Function<T, BaseJsonNode> element;

    private StreamedArray(List<T> items, Function<T, BaseJsonNode> element) {
        this.items = items;
        this.element = element;
    }

    /** Puts the array under the name: streamed when writing a file, whole when the tree itself is wanted. */
    static <T> void put(ObjectNode parent, String name, List<T> items, Function<T, BaseJsonNode> element,
                        boolean streamed) {
        if (streamed) {
            parent.putPOJO(name, new StreamedArray<>(items, element));
            return;
        }
        ArrayNode array = parent.putArray(name);
        items.forEach(item -> array.add(element.apply(item)));
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeStartArray(items, items.size());
        for (T item : items) {
            element.apply(item).serialize(generator, provider);
        }
        generator.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        serialize(generator, provider);
    }
}
