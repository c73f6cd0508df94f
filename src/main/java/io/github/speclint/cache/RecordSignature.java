package io.github.speclint.cache;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The shape of the cached records as text, part of the cache key: a component added, removed, renamed or retyped,
 * or an enum constant changed, anywhere under the cached records changes it, so a cache of another shape is never
 * read.
 */
final class RecordSignature {

    private RecordSignature() {
    }

    /**
     * The shape of a type as text: record and component names, component types and enum constants, recursively.
     * Any change to a cached record's shape changes this, and with it the cache key.
     */
    static String of(Type type) {
        StringBuilder text = new StringBuilder();
        signature(type, text, new HashSet<>());
        return text.toString();
    }

    private static void signature(Type type, StringBuilder text, Set<Class<?>> seen) {
        Class<?> raw = raw(type);
        text.append(raw.getName());
        if (type instanceof ParameterizedType parameterized) {
            text.append('<');
            for (Type argument : parameterized.getActualTypeArguments()) {
                signature(argument, text, seen);
            }
            text.append('>');
        }
        if (raw.isEnum()) {
            text.append(Arrays.toString(raw.getEnumConstants()));
        } else if (raw.isRecord() && seen.add(raw)) {
            text.append('{');
            for (RecordComponent component : raw.getRecordComponents()) {
                text.append(component.getName()).append(':');
                signature(component.getGenericType(), text, seen);
                text.append(';');
            }
            text.append('}');
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("the cache cannot hold a " + type.getTypeName());
    }
}
