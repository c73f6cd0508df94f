package io.github.speclint.cache;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.CriterionNote;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Footer;
import io.github.speclint.model.FrontMatter;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.InputProblem;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.Link;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Section;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.model.Suppression;
import io.github.speclint.model.SuppressionProblem;
import io.github.speclint.model.Suppressions;
import io.github.speclint.model.Table;
import io.github.speclint.model.TableCell;
import io.github.speclint.model.TableRow;
import io.github.speclint.model.TestMapping;
import io.github.speclint.model.Title;
import io.github.speclint.model.YamlProblem;

import java.util.List;
import java.util.Optional;

import static io.github.speclint.cache.CodecParts.constant;
import static io.github.speclint.cache.CodecParts.list;
import static io.github.speclint.cache.CodecParts.optional;
import static io.github.speclint.cache.CodecParts.position;

/**
 * A spec and its findings as bytes and back, written out field by field: a walk over the records by reflection took
 * a fifth of an unchanged re-run. Every record is rebuilt through its canonical constructor, so a component added
 * to one does not compile here until it is cached too; the records' shape is part of the cache key
 * ({@link ResultCodec#SIGNATURE}), so a cache of an older shape is never read. A test round-trips every spec of the
 * fixtures and compares them whole.
 */
final class SpecCodec {

    private final Layers layers;

    SpecCodec(Layers layers) {
        this.layers = layers;
    }

    // findings

    static void findings(ByteSink out, List<Finding> findings) {
        list(out, findings, SpecCodec::finding);
    }

    List<Finding> findings(ByteSource in) {
        return list(in, this::finding);
    }

    private static void finding(ByteSink out, Finding finding) {
        out.writeString(finding.ruleId());
        out.writeCount(finding.severity().ordinal());
        out.writeString(finding.path());
        position(out, finding.position());
        out.writeString(finding.message());
        out.writeString(finding.subject());
        out.writeString(finding.module());
    }

    private Finding finding(ByteSource in) {
        return new Finding(in.readString(), constant(in, Severity.values()), in.readString(), position(in),
                in.readString(), in.readString(), in.readString());
    }

    // the spec

    static void spec(ByteSink out, SpecDocument spec) {
        out.writeString(spec.path());
        optional(out, spec.folderLayer(), SpecCodec::layer);
        optional(out, spec.idLayer(), SpecCodec::layer);
        optional(out, spec.problem(), SpecCodec::inputProblem);
        frontMatter(out, spec.frontMatter());
        optional(out, spec.title(), SpecCodec::title);
        list(out, spec.sections(), SpecCodec::section);
        list(out, spec.criteria(), SpecCodec::criterion);
        list(out, spec.links(), SpecCodec::link);
        list(out, spec.placeholders(), SpecCodec::placeholder);
        optional(out, spec.footer(), SpecCodec::footer);
        optional(out, spec.justification(), CodecParts::position);
        list(out, spec.testMappings(), SpecCodec::testMapping);
        out.writeInt(spec.lineCount());
        suppressions(out, spec.suppressions());
    }

    SpecDocument spec(ByteSource in) {
        return new SpecDocument(in.readString(), optional(in, this::layer), optional(in, this::layer),
                optional(in, this::inputProblem), frontMatter(in), optional(in, this::title), list(in, this::section),
                list(in, this::criterion), list(in, this::link), list(in, this::placeholder), optional(in, this::footer),
                optional(in, CodecParts::position), list(in, this::testMapping), in.readInt(), suppressions(in));
    }

    private static void layer(ByteSink out, Layer layer) {
        out.writeString(layer.prefix());
        out.writeString(layer.folder());
    }

    private Layer layer(ByteSource in) {
        String prefix = in.readString();
        String folder = in.readString();
        return layers.byPrefix(prefix).filter(layer -> layer.folder().equals(folder))
                .orElseThrow(() -> new CacheFormatException("layer " + prefix + " is not one of this run's"));
    }

    private static void inputProblem(ByteSink out, InputProblem problem) {
        out.writeCount(problem.kind().ordinal());
        out.writeString(problem.message());
        position(out, problem.position());
    }

    private InputProblem inputProblem(ByteSource in) {
        return new InputProblem(constant(in, InputProblem.Kind.values()), in.readString(), position(in));
    }

    private static void frontMatter(ByteSink out, FrontMatter frontMatter) {
        out.writeCount(frontMatter.fence().ordinal());
        position(out, frontMatter.position());
        list(out, frontMatter.entries(), SpecCodec::entry);
        list(out, frontMatter.problems(), SpecCodec::yamlProblem);
    }

    private FrontMatter frontMatter(ByteSource in) {
        return new FrontMatter(constant(in, FrontMatter.Fence.values()), position(in), list(in, this::entry),
                list(in, this::yamlProblem));
    }

    private static void entry(ByteSink out, FrontMatterEntry entry) {
        out.writeString(entry.key());
        out.writeCount(entry.kind().ordinal());
        out.writeString(entry.value());
        out.writeString(entry.source());
        position(out, entry.keyPosition());
        position(out, entry.valuePosition());
        list(out, entry.children(), SpecCodec::entry);
    }

    private FrontMatterEntry entry(ByteSource in) {
        return new FrontMatterEntry(in.readString(), constant(in, FrontMatterEntry.Kind.values()), in.readString(),
                in.readString(), position(in), position(in), list(in, this::entry));
    }

    private static void yamlProblem(ByteSink out, YamlProblem problem) {
        out.writeCount(problem.kind().ordinal());
        out.writeString(problem.message());
        position(out, problem.position());
    }

    private YamlProblem yamlProblem(ByteSource in) {
        return new YamlProblem(constant(in, YamlProblem.Kind.values()), in.readString(), position(in));
    }

    private static void title(ByteSink out, Title title) {
        out.writeString(title.text());
        position(out, title.position());
    }

    private Title title(ByteSource in) {
        return new Title(in.readString(), position(in));
    }

    static void section(ByteSink out, Section section) {
        out.writeInt(section.level());
        out.writeString(section.title());
        position(out, section.position());
        out.writeBoolean(section.hasContent());
        out.writeBoolean(section.notApplicable());
        list(out, section.tables(), SpecCodec::table);
        list(out, section.tableLikeText(), CodecParts::position);
        list(out, section.answeredLabels(), ByteSink::writeString);
        list(out, section.children(), SpecCodec::section);
    }

    Section section(ByteSource in) {
        return new Section(in.readInt(), in.readString(), position(in), in.readBoolean(), in.readBoolean(),
                list(in, this::table), list(in, CodecParts::position), list(in, ByteSource::readString),
                list(in, this::section));
    }

    private static void table(ByteSink out, Table table) {
        out.writeString(table.label());
        list(out, table.header(), SpecCodec::cell);
        list(out, table.rows(), SpecCodec::row);
        position(out, table.position());
        list(out, table.columns(), ByteSink::writeString);
    }

    private Table table(ByteSource in) {
        return new Table(in.readString(), list(in, this::cell), list(in, this::row), position(in),
                list(in, ByteSource::readString));
    }

    private static void cell(ByteSink out, TableCell cell) {
        out.writeString(cell.text());
        position(out, cell.position());
    }

    private TableCell cell(ByteSource in) {
        return new TableCell(in.readString(), position(in));
    }

    private static void row(ByteSink out, TableRow row) {
        position(out, row.position());
        list(out, row.cells(), SpecCodec::cell);
        out.writeInt(row.writtenCells());
    }

    private TableRow row(ByteSource in) {
        return new TableRow(position(in), list(in, this::cell), in.readInt());
    }

    private static void criterion(ByteSink out, Criterion criterion) {
        position(out, criterion.position());
        out.writeBoolean(criterion.bulleted());
        out.writeString(criterion.checkbox());
        out.writeString(criterion.id());
        position(out, criterion.idPosition());
        out.writeString(criterion.rangeEnd());
        out.writeString(criterion.separator());
        out.writeString(criterion.text());
        out.writeBoolean(criterion.untestable());
        out.writeBoolean(criterion.boldId());
        list(out, criterion.notes(), SpecCodec::note);
        list(out, criterion.sectionPath(), ByteSink::writeString);
        list(out, criterion.memberIds(), ByteSink::writeString);
    }

    private Criterion criterion(ByteSource in) {
        return new Criterion(position(in), in.readBoolean(), in.readString(), in.readString(), position(in),
                in.readString(), in.readString(), in.readString(), in.readBoolean(), in.readBoolean(),
                list(in, this::note), list(in, ByteSource::readString), list(in, ByteSource::readString));
    }

    private static void note(ByteSink out, CriterionNote note) {
        out.writeString(note.label());
        out.writeBoolean(note.colonInsideBold());
        out.writeString(note.text());
        position(out, note.position());
    }

    private CriterionNote note(ByteSource in) {
        return new CriterionNote(in.readString(), in.readBoolean(), in.readString(), position(in));
    }

    static void link(ByteSink out, Link link) {
        out.writeString(link.text());
        out.writeString(link.destination());
        position(out, link.position());
        list(out, link.sectionPath(), ByteSink::writeString);
    }

    Link link(ByteSource in) {
        return new Link(in.readString(), in.readString(), position(in), list(in, ByteSource::readString));
    }

    private static void placeholder(ByteSink out, Placeholder placeholder) {
        out.writeString(placeholder.text());
        out.writeCount(placeholder.kind().ordinal());
        position(out, placeholder.position());
    }

    private Placeholder placeholder(ByteSource in) {
        return new Placeholder(in.readString(), constant(in, Placeholder.Kind.values()), position(in));
    }

    private static void footer(ByteSink out, Footer footer) {
        out.writeString(footer.version());
        position(out, footer.position());
    }

    private Footer footer(ByteSource in) {
        return new Footer(in.readString(), position(in));
    }

    private static void testMapping(ByteSink out, TestMapping mapping) {
        out.writeString(mapping.testCaseId());
        out.writeString(mapping.targets());
        position(out, mapping.position());
    }

    private TestMapping testMapping(ByteSource in) {
        return new TestMapping(in.readString(), in.readString(), position(in));
    }

    private static void suppressions(ByteSink out, Suppressions suppressions) {
        list(out, suppressions.all(), SpecCodec::suppression);
        list(out, suppressions.problems(), SpecCodec::suppressionProblem);
    }

    private Suppressions suppressions(ByteSource in) {
        return new Suppressions(list(in, this::suppression), list(in, this::suppressionProblem));
    }

    private static void suppression(ByteSink out, Suppression suppression) {
        out.writeString(suppression.directive());
        out.writeString(suppression.ruleId());
        out.writeInt(suppression.fromLine());
        out.writeInt(suppression.toLine());
        out.writeString(suppression.reason());
        optional(out, suppression.until(), (sink, day) -> sink.writeLong(day.toEpochDay()));
        position(out, suppression.position());
    }

    private Suppression suppression(ByteSource in) {
        return new Suppression(in.readString(), in.readString(), in.readInt(), in.readInt(), in.readString(),
                optional(in, CodecParts::day), position(in));
    }

    private static void suppressionProblem(ByteSink out, SuppressionProblem problem) {
        out.writeString(problem.message());
        position(out, problem.position());
    }

    private SuppressionProblem suppressionProblem(ByteSource in) {
        return new SuppressionProblem(in.readString(), position(in));
    }
}
