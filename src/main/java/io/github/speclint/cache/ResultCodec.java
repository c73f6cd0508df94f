package io.github.speclint.cache;

import io.github.speclint.graph.SpecFacts;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layers;
import io.github.speclint.model.SpecDocument;

import java.util.List;

/**
 * One cached file's outcome as bytes and back. The facts refer to the spec they were worked out for; the spec is
 * written once and the facts are rebuilt around the one read back.
 */
final class ResultCodec {

    /** The shape of everything written, for the cache key. */
    static final String SIGNATURE = RecordSignature.of(CachedFile.class.getRecordComponents()[0].getGenericType())
            + RecordSignature.of(SpecDocument.class) + RecordSignature.of(SpecFacts.class);

    private final SpecCodec codec;
    private final FactsCodec facts;

    ResultCodec(Layers layers) {
        this.codec = new SpecCodec(layers);
        this.facts = new FactsCodec(codec);
    }

    /** @throws IllegalArgumentException when something in it is of a kind the cache does not hold */
    byte[] encode(CachedFile file) {
        ByteSink out = new ByteSink();
        SpecCodec.findings(out, file.findings());
        out.writeBoolean(file.spec() != null);
        if (file.spec() != null) {
            if (file.facts() == null || file.facts().spec() != file.spec()) {
                throw new IllegalArgumentException("the facts are not about the cached spec");
            }
            SpecCodec.spec(out, file.spec());
            FactsCodec.write(out, file.facts());
        }
        return out.toByteArray();
    }

    /** @throws IllegalArgumentException when a finding holds something the cache does not */
    byte[] encodeFindings(List<Finding> findings) {
        ByteSink out = new ByteSink();
        SpecCodec.findings(out, findings);
        return out.toByteArray();
    }

    /** @throws CacheFormatException when the bytes are not findings this version wrote */
    List<Finding> decodeFindings(byte[] bytes) {
        ByteSource in = new ByteSource(bytes, 0, bytes.length);
        List<Finding> findings = codec.findings(in);
        if (!in.atEnd()) {
            throw new CacheFormatException("bytes left after the findings");
        }
        return List.copyOf(findings);
    }

    /** @throws CacheFormatException when the bytes are not an entry this version wrote */
    CachedFile decode(byte[] bytes, int offset, int length) {
        ByteSource in = new ByteSource(bytes, offset, length);
        List<Finding> findings = codec.findings(in);
        SpecDocument spec = null;
        SpecFacts facts = null;
        if (in.readBoolean()) {
            spec = codec.spec(in);
            facts = this.facts.read(in, spec);
        }
        if (!in.atEnd()) {
            throw new CacheFormatException("bytes left after the entry");
        }
        return new CachedFile(findings, spec, facts);
    }
}
