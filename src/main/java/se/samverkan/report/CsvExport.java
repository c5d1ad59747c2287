package se.samverkan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * A report as CSV in UTF-8 (RFC 4180): a header row first, then one row per result. With {@code provenance},
 * {@code #} comment lines before the header state the report, parameters, time, row count, limit, link and
 * cited sources; they are opt-in because a spreadsheet shows them as rows. The Excel variant starts with a
 * UTF-8 byte order mark and separates with {@code ;}, which is what Excel expects in Swedish locales.
 * Cells that a spreadsheet would read as a formula are neutralised ({@link Cells#spreadsheet}).
 */
final class CsvExport {

    static final String EXCEL = "excel";
    static final String PROVENANCE = "provenance";

    /** The CSV variants, as the query string ({@code excel=true}, {@code provenance=true}) and command line ask. */
    record Options(boolean excel, boolean provenance) {

        static final Options PLAIN = new Options(false, false);

        /** The options that are on, for the link that reproduces the export. */
        List<String> on() {
            List<String> on = new ArrayList<>();
            if (excel) {
                on.add(EXCEL);
            }
            if (provenance) {
                on.add(PROVENANCE);
            }
            return on;
        }
    }

    private CsvExport() {
    }

    static void write(ReportResult result, Options options, OutputStream out) {
        boolean excel = options.excel();
        try {
            if (excel) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            char delimiter = excel ? ';' : ',';
            CsvWriter csv = CsvWriter.builder().fieldSeparator(delimiter).commentCharacter('#')
                    .lineDelimiter(LineDelimiter.CRLF).build(writer);
            if (options.provenance()) {
                for (String line : provenance(result, options)) {
                    csv.writeComment(" " + neutralised(line, delimiter));
                }
            }
            csv.writeRecord(result.columns().stream().map(Cells::neutralised).toList());
            for (List<Object> row : result.rows()) {
                csv.writeRecord(row.stream().map(Cells::spreadsheet).toList());
            }
            csv.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A comment line is not quoted, so a spreadsheet splits it at the delimiter: a parameter's label (an entity
     * name) could put a formula at the start of such a piece.
     */
    static String neutralised(String commentLine, char delimiter) {
        return Pattern.compile(Pattern.quote(String.valueOf(delimiter)) + "(\\s*)(?=[=+\\-@])")
                .matcher(commentLine).replaceAll(Matcher.quoteReplacement(String.valueOf(delimiter)) + "$1'");
    }

    static List<String> provenance(ReportResult result, Options options) {
        List<String> lines = new ArrayList<>();
        lines.add("report: " + result.report().name() + " - " + result.report().title());
        for (ParameterValue p : result.parameters()) {
            lines.add("parameter: " + Cells.parameter(p));
        }
        lines.add("generated: " + result.generatedAt());
        lines.add("rows: " + result.rowCount());
        lines.add("limit: " + result.limitNote());
        lines.add("link: " + result.link(".csv", options.on()));
        for (CitedSource source : result.sources()) {
            lines.add("source: " + source.id() + (source.title() == null ? "" : " - " + source.title()));
        }
        return lines;
    }
}
