package io.github.speclint.cache;

import io.github.speclint.graph.CoverageSheet;
import io.github.speclint.graph.DesignLink;
import io.github.speclint.graph.DesignReferences;
import io.github.speclint.graph.LinkPath;
import io.github.speclint.graph.SpecFacts;
import io.github.speclint.model.SpecDocument;

import java.util.OptionalDouble;

import static io.github.speclint.cache.CodecParts.list;
import static io.github.speclint.cache.CodecParts.optional;
import static io.github.speclint.cache.CodecParts.optionalInt;
import static io.github.speclint.cache.CodecParts.position;

/**
 * What the graph needs of a spec (its traced links, coverage tables and design references) as bytes and back, in
 * the same way as {@link SpecCodec}: every record through its canonical constructor.
 */
final class FactsCodec {

    private final SpecCodec specCodec;

    FactsCodec(SpecCodec specCodec) {
        this.specCodec = specCodec;
    }

    /** The facts besides their spec, which is written once, before them. */
    static void write(ByteSink out, SpecFacts facts) {
        list(out, facts.links(), FactsCodec::linkPath);
        optional(out, facts.coverage(), FactsCodec::coverage);
        optional(out, facts.designs().section(), SpecCodec::section);
        list(out, facts.designs().links(), FactsCodec::designLink);
    }

    SpecFacts read(ByteSource in, SpecDocument spec) {
        return new SpecFacts(spec, list(in, this::linkPath), optional(in, this::coverage),
                new DesignReferences(optional(in, specCodec::section), list(in, this::designLink)));
    }

    private static void linkPath(ByteSink out, LinkPath path) {
        SpecCodec.link(out, path.link());
        out.writeString(path.targetPath());
        out.writeBoolean(path.outsideRoot());
        list(out, path.sectionBases(), ByteSink::writeString);
    }

    private LinkPath linkPath(ByteSource in) {
        return new LinkPath(specCodec.link(in), in.readString(), in.readBoolean(), list(in, ByteSource::readString));
    }

    private static void coverage(ByteSink out, CoverageSheet sheet) {
        list(out, sheet.map(), FactsCodec::mapRow);
        list(out, sheet.untestable(), FactsCodec::untestableRow);
        list(out, sheet.summary(), FactsCodec::summaryRow);
    }

    private CoverageSheet coverage(ByteSource in) {
        return new CoverageSheet(list(in, this::mapRow), list(in, this::untestableRow), list(in, this::summaryRow));
    }

    private static void mapRow(ByteSink out, CoverageSheet.MapRow row) {
        out.writeString(row.requirement());
        list(out, row.ids(), ByteSink::writeString);
        position(out, row.requirementPosition());
        out.writeString(row.source());
        position(out, row.sourcePosition());
        out.writeString(row.testCase());
        position(out, row.testCasePosition());
    }

    private CoverageSheet.MapRow mapRow(ByteSource in) {
        return new CoverageSheet.MapRow(in.readString(), list(in, ByteSource::readString), position(in),
                in.readString(), position(in), in.readString(), position(in));
    }

    private static void untestableRow(ByteSink out, CoverageSheet.UntestableRow row) {
        out.writeString(row.requirement());
        list(out, row.ids(), ByteSink::writeString);
        position(out, row.position());
    }

    private CoverageSheet.UntestableRow untestableRow(ByteSource in) {
        return new CoverageSheet.UntestableRow(in.readString(), list(in, ByteSource::readString), position(in));
    }

    private static void summaryRow(ByteSink out, CoverageSheet.SummaryRow row) {
        out.writeString(row.layer());
        optionalInt(out, row.total());
        optionalInt(out, row.mapped());
        optionalInt(out, row.untestable());
        out.writeBoolean(row.percent().isPresent());
        if (row.percent().isPresent()) {
            out.writeLong(Double.doubleToRawLongBits(row.percent().getAsDouble()));
        }
        position(out, row.position());
    }

    private CoverageSheet.SummaryRow summaryRow(ByteSource in) {
        return new CoverageSheet.SummaryRow(in.readString(), optionalInt(in), optionalInt(in), optionalInt(in),
                in.readBoolean() ? OptionalDouble.of(Double.longBitsToDouble(in.readLong())) : OptionalDouble.empty(),
                position(in));
    }

    private static void designLink(ByteSink out, DesignLink link) {
        SpecCodec.link(out, link.link());
        out.writeString(link.targetPath());
        out.writeBoolean(link.image());
        out.writeBoolean(link.absolute());
        out.writeBoolean(link.insideProject());
    }

    private DesignLink designLink(ByteSource in) {
        return new DesignLink(specCodec.link(in), in.readString(), in.readBoolean(), in.readBoolean(), in.readBoolean());
    }
}
