package io.github.speclint.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * StAX output with two-space indentation: StAX does the escaping, this class the layout and the characters XML cannot
 * hold at all (see {@link XmlChars}), which StAX would write as they are.
 */
final class XmlOut implements AutoCloseable {

    private static final int BUFFER = 1 << 16;
    private static final String[] INDENTS = new String[16];

    static {
        for (int depth = 0; depth < INDENTS.length; depth++) {
            INDENTS[depth] = "\n" + "  ".repeat(depth);
        }
    }

    /** Buffered: StAX hands an output stream one byte at a time (millions of system calls for a large report). */
    private final Writer stream;
    private final XMLStreamWriter xml;
    /** Per open element: whether it holds child elements, which put its end tag on a line of its own. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    private XmlOut(OutputStream stream, boolean html) throws XMLStreamException {
        this.stream = new OutputStreamWriter(new BufferedOutputStream(stream, BUFFER), StandardCharsets.UTF_8);
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(this.stream);
        if (html) {
            xml.writeDTD("<!DOCTYPE html>");
        } else {
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        }
    }

    static XmlOut to(Path file) throws IOException {
        return open(file, false);
    }

    /** An HTML page written as well-formed XHTML: a doctype instead of the XML declaration. */
    static XmlOut html(Path file) throws IOException {
        return open(file, true);
    }

    private static XmlOut open(Path file, boolean html) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        try {
            return new XmlOut(stream, html);
        } catch (XMLStreamException e) {
            stream.close();
            throw new IOException("cannot write " + file, e);
        }
    }

    XmlOut start(String name) throws XMLStreamException {
        child();
        xml.writeStartElement(name);
        open.push(false);
        return this;
    }

    /** An element without content, such as {@code <meta .../>}; attributes may follow. */
    XmlOut empty(String name) throws XMLStreamException {
        child();
        xml.writeEmptyElement(name);
        return this;
    }

    XmlOut attribute(String name, Object value) throws XMLStreamException {
        xml.writeAttribute(name, XmlChars.valid(String.valueOf(value)));
        return this;
    }

    XmlOut text(String text) throws XMLStreamException {
        xml.writeCharacters(XmlChars.valid(text));
        return this;
    }

    XmlOut end() throws XMLStreamException {
        boolean hadElements = open.pop();
        if (hadElements) {
            xml.writeCharacters(indent(open.size()));
        }
        xml.writeEndElement();
        return this;
    }

    /** A new child element starts on its own, indented line. */
    private void child() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        xml.writeCharacters(indent(open.size()));
    }

    private static String indent(int depth) {
        return depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot finish XML", e);
        } finally {
            stream.close();
        }
    }
}
