package se.samverkan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * A report as CSV in UTF-8: {@code #} comment lines with the provenance (report, parameters, time,
 * row count, limit, link), then a header row and one row per result. The Excel variant starts with a
 * UTF-8 byte order mark and separates with {@code ;}, which is what Excel expects in Swedish locales.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(ReportResult result, boolean excel, OutputStream out) {
        try {
            if (excel) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().fieldSeparator(excel ? ';' : ',').commentCharacter('#')
                    .lineDelimiter(LineDelimiter.CRLF).build(writer);
            for (String line : provenance(result, excel)) {
                csv.writeComment(" " + line);
            }
            csv.writeRecord(result.columns());
            for (List<Object> row : result.rows()) {
                csv.writeRecord(row.stream().map(Cells::text).toList());
            }
            csv.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> provenance(ReportResult result, boolean excel) {
        List<String> lines = new ArrayList<>();
        lines.add("report: " + result.report().name() + " - " + result.report().title());
        for (ParameterValue p : result.parameters()) {
            lines.add("parameter: " + Cells.parameter(p));
        }
        lines.add("generated: " + result.generatedAt());
        lines.add("rows: " + result.rowCount());
        lines.add("limit: " + result.limitNote());
        lines.add("link: " + result.link(".csv", excel));
        return lines;
    }
}
