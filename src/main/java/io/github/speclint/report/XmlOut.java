package io.github.speclint.report;

import javax.xml.stream.XMLStreamException;
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
 * XML output with two-space indentation, written straight to a buffer: the JDK's StAX writer costs seconds on a
 * report of a million elements. It writes what StAX writes (a test compares the two): {@code <}, {@code &} and
 * {@code >} escaped in text, and {@code "} as well in attributes; an element without content closes as
 * {@code <a></a>}, one made {@link #empty} as {@code <a/>}.
 *
 * <p>XML 1.0 has no way to write most control characters, a lone surrogate or U+FFFE/U+FFFF, not even as a character
 * reference: one of them in a spec id or a test name would leave the whole report unreadable to its parser (StAX
 * writes them as they are). Each is replaced by U+FFFD, the character that says "something unreadable was here".
 */
final class XmlOut implements AutoCloseable {

    private static final int BUFFER = 1 << 16;
    private static final String REPLACEMENT = "\uFFFD";
    private static final String[] INDENTS = new String[16];

    static {
        for (int depth = 0; depth < INDENTS.length; depth++) {
            INDENTS[depth] = "\n" + "  ".repeat(depth);
        }
    }

    private final Writer out;
    /** Unsynchronised buffer in front of the encoder: a report is made of millions of small writes. */
    private final char[] buffer = new char[BUFFER];
    private int used;
    /** The open elements' names, innermost first. */
    private final Deque<String> names = new ArrayDeque<>();
    /** Per open element: whether it holds child elements, which put its end tag on a line of its own. */
    private final Deque<Boolean> open = new ArrayDeque<>();
    /** A start tag whose attributes may still follow: it is closed by {@code >}, or {@code />} when empty. */
    private boolean tagOpen;
    private boolean tagEmpty;

    private XmlOut(OutputStream stream, boolean html) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        write(html ? "<!DOCTYPE html>" : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
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
        } catch (IOException e) {
            stream.close();
            throw e;
        }
    }

    XmlOut start(String name) throws XMLStreamException {
        child();
        tag(name, false);
        names.push(name);
        open.push(false);
        return this;
    }

    /** An element without content, such as {@code <meta .../>}; attributes may follow. */
    XmlOut empty(String name) throws XMLStreamException {
        child();
        tag(name, true);
        return this;
    }

    XmlOut attribute(String name, Object value) throws XMLStreamException {
        if (!tagOpen) {
            throw new XMLStreamException("attribute " + name + " outside a start tag");
        }
        try {
            write(' ');
            write(name);
            write("=\"");
            escaped(String.valueOf(value), true);
            write('"');
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut text(String text) throws XMLStreamException {
        try {
            closeTag();
            escaped(text, false);
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut end() throws XMLStreamException {
        boolean hadElements = open.pop();
        try {
            if (hadElements) {
                closeTag();
                write(indent(open.size()));
            }
            closeTag();
            write("</");
            write(names.pop());
            write('>');
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    /** A new child element starts on its own, indented line. */
    private void child() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        try {
            closeTag();
            write(indent(open.size()));
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private void tag(String name, boolean empty) throws XMLStreamException {
        try {
            write('<');
            write(name);
        } catch (IOException e) {
            throw failed(e);
        }
        tagOpen = true;
        tagEmpty = empty;
    }

    private void closeTag() throws IOException {
        if (tagOpen) {
            write(tagEmpty ? "/>" : ">");
            tagOpen = false;
        }
    }

    /**
     * Writes the text with {@code < & >} (and in an attribute {@code "}) as entities and what XML cannot hold
     * replaced, in one pass: runs of ordinary characters are copied as they are.
     */
    private void escaped(String text, boolean attribute) throws IOException {
        int run = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String instead;
            if (c == '<') {
                instead = "&lt;";
            } else if (c == '>') {
                instead = "&gt;";
            } else if (c == '&') {
                instead = "&amp;";
            } else if (c == '"' && attribute) {
                instead = "&quot;";
            } else if (c >= 0x20 && c < Character.MIN_SURROGATE || c == '\t' || c == '\n' || c == '\r') {
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            } else if (c > Character.MAX_SURROGATE && c < '\uFFFE') {
                continue;
            } else {
                instead = REPLACEMENT;
            }
            write(text, run, i - run);
            write(instead);
            run = i + 1;
        }
        write(text, run, length - run);
    }

    private void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    private void write(String text, int from, int length) throws IOException {
        if (length > BUFFER - used) {
            flushBuffer();
            if (length > BUFFER) {
                out.write(text, from, length);
                return;
            }
        }
        text.getChars(from, from + length, buffer, used);
        used += length;
    }

    private void write(char c) throws IOException {
        if (used == BUFFER) {
            flushBuffer();
        }
        buffer[used++] = c;
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    private static String indent(int depth) {
        return depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth);
    }

    private static XMLStreamException failed(IOException e) {
        return new XMLStreamException("cannot write the report: " + e.getMessage(), e);
    }

    @Override
    public void close() throws IOException {
        try {
            closeTag();
            write("\n");
            while (!names.isEmpty()) {
                write("</");
                write(names.pop());
                write('>');
            }
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
