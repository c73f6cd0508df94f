package io.github.speclint.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written XML writer writes, byte for byte, what the JDK's StAX writer wrote for the same calls. */
class XmlOutTest {

    private static final List<String> TEXTS = List.of("", "plain", "a < b && c > d", "\"quoted\" 'single'",
            "tab\there\nnew line\r", "<!-- not a comment -->", "]]> end of CDATA", "&amp; already escaped",
            "emoji \uD83D\uDE00 and \u00E9\u2014\u00A0", "bad \u0000 \u001B \uD800 \uFFFE", "\u0085 next line");

    @TempDir
    Path temp;

    @Test
    void writesWhatStaxWritesForEveryKindOfText() throws Exception {
        for (String text : TEXTS) {
            assertEquals(stax(false, text), written(false, text), text);
            assertEquals(stax(true, text), written(true, text), text);
        }
    }

    @Test
    void charactersXmlCannotHoldBecomeTheReplacementCharacter() throws Exception {
        assertTrue(written(false, "a\u0000b\u001B\uD800c\uFFFE\uDC00")
                .contains(">a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFD</child>"));
    }

    @Test
    void whitespacePairsAndOrdinaryTextStay() throws Exception {
        assertTrue(written(false, "tab\tline\nreturn\r \uD83D\uDE00 \u0085")
                .contains(">tab\tline\nreturn\r \uD83D\uDE00 \u0085</child>"));
    }

    /** The calls the reports make: nested elements, attributes, text, empty elements and elements left empty. */
    private String written(boolean html, String text) throws IOException, XMLStreamException {
        Path file = temp.resolve("out.xml");
        try (XmlOut xml = html ? XmlOut.html(file) : XmlOut.to(file)) {
            xml.start("root").attribute("name", text).attribute("count", 3);
            xml.start("child").attribute("value", text).text(text).end();
            xml.empty("meta").attribute("content", text);
            xml.start("empty").attribute("a", "b").end();
            xml.start("parent").start("leaf").text(text).end().start("none").end().end();
            xml.end();
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** What StAX is given in the reference: each character XML cannot hold replaced, pairs kept. */
    private static String valid(String text) {
        StringBuilder valid = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                valid.append(c).append(text.charAt(++i));
            } else if (c >= 0x20 ? !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'
                    : c == '\t' || c == '\n' || c == '\r') {
                valid.append(c);
            } else {
                valid.append('\uFFFD');
            }
        }
        return valid.toString();
    }

    private static String stax(boolean html, String text) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        if (html) {
            xml.writeDTD("<!DOCTYPE html>");
        } else {
            xml.writeStartDocument("UTF-8", "1.0");
        }
        String valid = valid(text);
        xml.writeCharacters("\n");
        xml.writeStartElement("root");
        xml.writeAttribute("name", valid);
        xml.writeAttribute("count", "3");
        xml.writeCharacters("\n  ");
        xml.writeStartElement("child");
        xml.writeAttribute("value", valid);
        xml.writeCharacters(valid);
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("meta");
        xml.writeAttribute("content", valid);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("empty");
        xml.writeAttribute("a", "b");
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("parent");
        xml.writeCharacters("\n    ");
        xml.writeStartElement("leaf");
        xml.writeCharacters(valid);
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeStartElement("none");
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }
}
