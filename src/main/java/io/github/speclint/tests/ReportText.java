package io.github.speclint.tests;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a report's bytes for the parser: the encoding its byte-order mark or XML declaration names (UTF-8 when
 * neither does or the name is unknown), with malformed bytes an error, never replaced.
 */
final class ReportText {

    private static final int HEAD = 200;
    private static final Pattern DECLARED = Pattern.compile(
            "^<\\?xml[^>]{0,150}?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]{1,40})[\"']");

    private ReportText() {
    }

    /** @param in a stream that supports mark and reset */
    static Reader reader(InputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            charset = declared(new String(head, StandardCharsets.ISO_8859_1));
        }
        in.skipNBytes(bom);
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static Charset declared(String head) {
        Matcher declaration = DECLARED.matcher(head);
        if (!declaration.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(declaration.group(1)) ? Charset.forName(declaration.group(1))
                    : StandardCharsets.UTF_8;
        } catch (IllegalCharsetNameException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** True when the parser stopped because the bytes are not text in the report's encoding. */
    static boolean isCodingError(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }
}
