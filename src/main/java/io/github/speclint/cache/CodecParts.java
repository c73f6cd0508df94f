package io.github.speclint.cache;

import io.github.speclint.model.SourcePosition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** The pieces the cache codecs build records from: positions, enum constants, lists, optionals and days. */
final class CodecParts {

    private CodecParts() {
    }

    static void position(ByteSink out, SourcePosition position) {
        out.writeInt(position.line());
        out.writeInt(position.column());
    }

    static SourcePosition position(ByteSource in) {
        return SourcePosition.of(in.readInt(), in.readInt());
    }

    static void optionalInt(ByteSink out, OptionalInt value) {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeInt(value.getAsInt());
        }
    }

    static OptionalInt optionalInt(ByteSource in) {
        return in.readBoolean() ? OptionalInt.of(in.readInt()) : OptionalInt.empty();
    }

    static <T extends Enum<T>> T constant(ByteSource in, T[] constants) {
        int ordinal = in.readCount();
        if (ordinal >= constants.length) {
            throw new CacheFormatException("no constant " + ordinal + " in " + constants.getClass().getSimpleName());
        }
        return constants[ordinal];
    }

    interface Writer<T> {
        void write(ByteSink out, T value);
    }

    static <T> void list(ByteSink out, List<T> values, Writer<T> writer) {
        out.writeCount(values.size());
        for (T value : values) {
            writer.write(out, value);
        }
    }

    static <T> List<T> list(ByteSource in, Function<ByteSource, T> reader) {
        int size = in.readSize();
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(reader.apply(in));
        }
        return values;
    }

    static <T> void optional(ByteSink out, Optional<T> value, Writer<T> writer) {
        out.writeBoolean(value.isPresent());
        value.ifPresent(present -> writer.write(out, present));
    }

    static <T> Optional<T> optional(ByteSource in, Function<ByteSource, T> reader) {
        return in.readBoolean() ? Optional.of(reader.apply(in)) : Optional.empty();
    }

    static LocalDate day(ByteSource in) {
        long day = in.readLong();
        if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
            throw new CacheFormatException("no such day " + day);
        }
        return LocalDate.ofEpochDay(day);
    }
}
