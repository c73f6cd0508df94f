package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.model.Finding;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Path;

/** {@code speclint-checkstyle.xml}: the checkstyle XML that Jenkins warnings-ng, reviewdog and others ingest. */
public final class CheckstyleReport implements Report {

    @Override
    public void write(LintResult result, Path file) throws IOException {
        try (XmlOut xml = XmlOut.to(file)) {
            xml.start("checkstyle").attribute("version", "4.3");
            String open = null;
            for (Finding finding : result.findings()) {
                if (!finding.path().equals(open)) {
                    if (open != null) {
                        xml.end();
                    }
                    xml.start("file").attribute("name", finding.path());
                    open = finding.path();
                }
                xml.start("error")
                        .attribute("line", finding.line())
                        .attribute("column", finding.column())
                        .attribute("severity", finding.severity().label())
                        .attribute("message", finding.message())
                        .attribute("source", "speclint." + finding.ruleId())
                        .end();
            }
            if (open != null) {
                xml.end();
            }
            xml.end();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file, e);
        }
    }
}
