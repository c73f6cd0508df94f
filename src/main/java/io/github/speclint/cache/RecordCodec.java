package io.github.speclint.cache;

import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes and reads the engine's records (specs, findings, spec facts) field by field, following their declared
 * component types: strings, numbers, booleans, enums, dates, lists, optionals, nested records and layers. Walking the
 * records themselves keeps the cache in step with the model: a field added to a record is cached without a change
 * here, and {@link #signature} (part of the cache key) changes with it, so an old cache is never read into a new
 * shape. A type it does not know is an {@link IllegalArgumentException}, and that file is simply not cached.
 */
final class RecordCodec {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private final Layers layers;

    RecordCodec(Layers layers) {
        this.layers = layers;
    }

    /** A record class's components and canonical constructor, looked up once. */
    private record Shape(RecordComponent[] components, Method[] accessors, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                parameters[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
                return new Shape(components, accessors, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("no canonical constructor for " + type.getName(), e);
            }
        }
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, Shape::of);
    }

    void write(ByteSink out, Type type, Object value) {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class) {
            out.writeLong((Long) value);
        } else if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == double.class) {
            out.writeLong(Double.doubleToRawLongBits((Double) value));
        } else if (raw == String.class) {
            out.writeString((String) value);
        } else {
            out.writeBoolean(value != null);
            if (value != null) {
                writeObject(out, type, raw, value);
            }
        }
    }

    private void writeObject(ByteSink out, Type type, Class<?> raw, Object value) {
        if (raw == Integer.class || raw == Long.class || raw == Boolean.class || raw == Double.class) {
            write(out, unboxed(raw), value);
        } else if (raw.isEnum()) {
            out.writeCount(((Enum<?>) value).ordinal());
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) value).toEpochDay());
        } else if (raw == Layer.class) {
            out.writeString(((Layer) value).prefix());
            out.writeString(((Layer) value).folder());
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeCount(list.size());
            Type item = argument(type);
            for (Object element : list) {
                write(out, item, element);
            }
        } else if (raw == Optional.class) {
            Optional<?> optional = (Optional<?>) value;
            out.writeBoolean(optional.isPresent());
            if (optional.isPresent()) {
                write(out, argument(type), optional.get());
            }
        } else if (raw == OptionalInt.class) {
            OptionalInt optional = (OptionalInt) value;
            out.writeBoolean(optional.isPresent());
            if (optional.isPresent()) {
                out.writeInt(optional.getAsInt());
            }
        } else if (raw == OptionalDouble.class) {
            OptionalDouble optional = (OptionalDouble) value;
            out.writeBoolean(optional.isPresent());
            if (optional.isPresent()) {
                out.writeLong(Double.doubleToRawLongBits(optional.getAsDouble()));
            }
        } else if (raw.isRecord()) {
            if (value.getClass() != raw) {
                throw new IllegalArgumentException(raw.getName() + " holds a " + value.getClass().getName());
            }
            Shape shape = shape(raw);
            for (int i = 0; i < shape.components().length; i++) {
                write(out, shape.components()[i].getGenericType(), get(shape.accessors()[i], value));
            }
        } else {
            throw new IllegalArgumentException("the cache cannot hold a " + type.getTypeName());
        }
    }

    Object read(ByteSource in, Type type) {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            return in.readInt();
        } else if (raw == long.class) {
            return in.readLong();
        } else if (raw == boolean.class) {
            return in.readBoolean();
        } else if (raw == double.class) {
            return Double.longBitsToDouble(in.readLong());
        } else if (raw == String.class) {
            return in.readString();
        }
        return in.readBoolean() ? readObject(in, type, raw) : null;
    }

    private Object readObject(ByteSource in, Type type, Class<?> raw) {
        if (raw == Integer.class || raw == Long.class || raw == Boolean.class || raw == Double.class) {
            return read(in, unboxed(raw));
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            int ordinal = in.readCount();
            if (ordinal >= constants.length) {
                throw new CacheFormatException("no constant " + ordinal + " in " + raw.getSimpleName());
            }
            return constants[ordinal];
        } else if (raw == LocalDate.class) {
            long day = in.readLong();
            if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
                throw new CacheFormatException("no such day " + day);
            }
            return LocalDate.ofEpochDay(day);
        } else if (raw == Layer.class) {
            String prefix = in.readString();
            String folder = in.readString();
            return layers.byPrefix(prefix).filter(layer -> layer.folder().equals(folder))
                    .orElseThrow(() -> new CacheFormatException("layer " + prefix + " is not one of this run's"));
        } else if (raw == List.class) {
            int size = in.readSize();
            Type item = argument(type);
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(read(in, item));
            }
            return list;
        } else if (raw == Optional.class) {
            return in.readBoolean() ? Optional.ofNullable(read(in, argument(type))) : Optional.empty();
        } else if (raw == OptionalInt.class) {
            return in.readBoolean() ? OptionalInt.of(in.readInt()) : OptionalInt.empty();
        } else if (raw == OptionalDouble.class) {
            return in.readBoolean() ? OptionalDouble.of(Double.longBitsToDouble(in.readLong()))
                    : OptionalDouble.empty();
        } else if (raw.isRecord()) {
            Shape shape = shape(raw);
            Object[] arguments = new Object[shape.components().length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = read(in, shape.components()[i].getGenericType());
            }
            return construct(shape.constructor(), arguments);
        }
        throw new IllegalArgumentException("the cache cannot hold a " + type.getTypeName());
    }

    /** The record's components in order. */
    static RecordComponent[] components(Class<?> record) {
        return shape(record).components();
    }

    /** The value of the record's component at this index. */
    static Object get(Class<?> record, int component, Object value) {
        return get(shape(record).accessors()[component], value);
    }

    /** A new record from its components' values, in order. */
    static Object construct(Class<?> record, Object[] arguments) {
        return construct(shape(record).constructor(), arguments);
    }

    /**
     * The shape of a type as text: record and component names, component types and enum constants, recursively.
     * Any change to a cached record's shape changes this, and with it the cache key.
     */
    static String signature(Type type) {
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

    private static Object get(Method accessor, Object value) {
        try {
            return accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + accessor, e);
        }
    }

    private static Object construct(Constructor<?> constructor, Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            // a record's own checks refused the values: the entry is damaged
            throw new CacheFormatException("a cached " + constructor.getDeclaringClass().getSimpleName()
                    + " is refused: " + e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new CacheFormatException("cannot rebuild " + constructor.getDeclaringClass().getSimpleName());
        }
    }

    private static Class<?> unboxed(Class<?> boxed) {
        return boxed == Integer.class ? int.class : boxed == Long.class ? long.class
                : boxed == Boolean.class ? boolean.class : double.class;
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

    private static Type argument(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException("no element type in " + type.getTypeName());
    }
}
