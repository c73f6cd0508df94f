package io.github.speclint.cache;

import io.github.speclint.graph.SpecFacts;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layers;
import io.github.speclint.model.SpecDocument;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * One cached file's outcome as bytes and back. The facts refer to the spec they were worked out for; the spec is
 * written once and the facts are rebuilt around the one read back.
 */
final class ResultCodec {

    private static final RecordComponent FINDINGS = RecordCodec.components(CachedFile.class)[0];
    private static final RecordComponent[] FACTS = RecordCodec.components(SpecFacts.class);

    /** The shape of everything written, for the cache key. */
    static final String SIGNATURE = RecordCodec.signature(CachedFile.class.getRecordComponents()[0].getGenericType())
            + RecordCodec.signature(SpecDocument.class) + RecordCodec.signature(SpecFacts.class);

    private final RecordCodec codec;

    ResultCodec(Layers layers) {
        this.codec = new RecordCodec(layers);
    }

    /** @throws IllegalArgumentException when something in it is of a kind the cache does not hold */
    byte[] encode(CachedFile file) {
        ByteSink out = new ByteSink();
        codec.write(out, FINDINGS.getGenericType(), file.findings());
        out.writeBoolean(file.spec() != null);
        if (file.spec() != null) {
            if (file.facts() == null || file.facts().spec() != file.spec()) {
                throw new IllegalArgumentException("the facts are not about the cached spec");
            }
            codec.write(out, SpecDocument.class, file.spec());
            for (int i = 0; i < FACTS.length; i++) {
                if (FACTS[i].getType() != SpecDocument.class) {
                    codec.write(out, FACTS[i].getGenericType(), RecordCodec.get(SpecFacts.class, i, file.facts()));
                }
            }
        }
        return out.toByteArray();
    }

    /** @throws IllegalArgumentException when a finding holds something the cache does not */
    byte[] encodeFindings(List<Finding> findings) {
        ByteSink out = new ByteSink();
        codec.write(out, FINDINGS.getGenericType(), findings);
        return out.toByteArray();
    }

    /** @throws CacheFormatException when the bytes are not findings this version wrote */
    List<Finding> decodeFindings(byte[] bytes) {
        ByteSource in = new ByteSource(bytes, 0, bytes.length);
        @SuppressWarnings("unchecked")
        List<Finding> findings = (List<Finding>) codec.read(in, FINDINGS.getGenericType());
        if (findings == null || !in.atEnd()) {
            throw new CacheFormatException("no findings list");
        }
        return List.copyOf(findings);
    }

    /** @throws CacheFormatException when the bytes are not an entry this version wrote */
    CachedFile decode(byte[] bytes, int offset, int length) {
        ByteSource in = new ByteSource(bytes, offset, length);
        @SuppressWarnings("unchecked")
        List<Finding> findings = (List<Finding>) codec.read(in, FINDINGS.getGenericType());
        if (findings == null) {
            throw new CacheFormatException("no findings list");
        }
        SpecDocument spec = null;
        SpecFacts facts = null;
        if (in.readBoolean()) {
            spec = (SpecDocument) codec.read(in, SpecDocument.class);
            if (spec == null) {
                throw new CacheFormatException("no spec");
            }
            Object[] arguments = new Object[FACTS.length];
            for (int i = 0; i < FACTS.length; i++) {
                arguments[i] = FACTS[i].getType() == SpecDocument.class ? spec
                        : codec.read(in, FACTS[i].getGenericType());
            }
            facts = (SpecFacts) RecordCodec.construct(SpecFacts.class, arguments);
        }
        if (!in.atEnd()) {
            throw new CacheFormatException("bytes left after the entry");
        }
        return new CachedFile(findings, spec, facts);
    }
}
