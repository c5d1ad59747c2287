package se.samverkan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table as an Excel workbook (fastexcel, written as a stream): the rows on the first sheet with the header row
 * frozen and filterable, and a "Provenance" sheet stating where they come from and the sources they cite.
 * Cells are typed: numbers as numbers, booleans as booleans, a full ISO date as a date; a partial date such as
 * {@code 2013} or {@code 2013-06} stays text, because a day Excel would invent is not in the data.
 */
final class XlsxExport {

    static final String PROVENANCE_SHEET = "Provenance";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    /** Excel's limit for one cell; longer text makes it report the file as damaged. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Rows kept in memory before they are written out. */
    private static final int FLUSH_EVERY = 1000;
    /** Integers beyond 2^53 would be rounded by Excel's doubles, so they stay text, digit for digit. */
    private static final long EXACT_INTEGERS = 1L << 53;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Excel's 1900 date system starts here (and counts a 29 February 1900 that never was before it). */
    private static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 3, 1);
    private static final int WIDTH_SAMPLE = 200;

    /** One line of the provenance sheet: what it states and its value (text, a number or a boolean). */
    record Line(String label, Object value) {
    }

    /** What a workbook holds: the first sheet's name, header and rows, and the provenance sheet's lines. */
    record Table(String sheet, List<String> columns, List<List<Object>> rows, List<Line> provenance,
            List<CitedSource> sources) {
    }

    private XlsxExport() {
    }

    static void write(ReportResult result, OutputStream out) {
        write(new Table(result.report().name(), result.columns(), result.rows(), provenance(result), result.sources()),
                out);
    }

    static List<Line> provenance(ReportResult result) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("report", result.report().name()));
        lines.add(new Line("title", result.report().title()));
        for (ParameterValue p : result.parameters()) {
            lines.add(new Line("parameter", Cells.parameter(p)));
        }
        lines.add(new Line("generated (UTC)", result.generatedAt().toString()));
        lines.add(new Line("rows", result.rowCount()));
        lines.add(new Line("limit", result.limit()));
        lines.add(new Line("limit reached", result.truncated()));
        lines.add(new Line("note", result.limitNote()));
        lines.add(new Line("link", result.link(".xlsx")));
        return lines;
    }

    static void write(Table table, OutputStream out) {
        try (Workbook workbook = new Workbook(out, "Samverkan", "1.0")) {
            rows(workbook.newWorksheet(sheetName(table.sheet())), table.columns(), table.rows());
            provenance(workbook.newWorksheet(PROVENANCE_SHEET), table.provenance(), table.sources());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(Worksheet sheet, List<String> columns, List<List<Object>> rows) throws IOException {
        // Widths, the frozen pane and the header go before the first flush: they are written ahead of the rows.
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, width(columns.get(c), rows, c));
        }
        sheet.freezePane(0, 1);
        header(sheet, 0, columns);
        int r = 1;
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, row.get(c));
            }
            if (r++ % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(0, 0, columns.size() - 1);
        }
        sheet.finish();
    }

    private static void provenance(Worksheet sheet, List<Line> lines, List<CitedSource> sources) throws IOException {
        sheet.width(0, 18);
        sheet.width(1, 90);
        int r = 0;
        for (Line line : lines) {
            sheet.inlineString(r, 0, line.label());
            sheet.style(r, 0).bold().set();
            cell(sheet, r++, 1, line.value());
        }
        r++;
        header(sheet, r++, List.of("source", "title"));
        for (CitedSource source : sources) {
            cell(sheet, r, 0, source.id());
            cell(sheet, r++, 1, source.title());
        }
        sheet.finish();
    }

    private static void header(Worksheet sheet, int r, List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(r, c, text(Cells.neutralised(columns.get(c))));
            sheet.style(r, c).bold().fillColor("EEF1F4").set();
        }
    }

    /**
     * One typed cell. Text goes through the same neutralisation as CSV ({@link Cells#spreadsheet}): an inline
     * string is never evaluated as a formula, but it becomes one when someone edits the cell or saves the sheet
     * as CSV, so one rule for every spreadsheet export.
     */
    static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        LocalDate date = value instanceof String s ? date(s) : null;
        if (value instanceof Boolean b) {
            sheet.value(r, c, b);
        }
        else if (value instanceof Number n && exact(n)) {
            sheet.value(r, c, n);
        }
        else if (date != null) {
            sheet.value(r, c, date);
            sheet.style(r, c).format(DATE_FORMAT).set();
        }
        else {
            sheet.inlineString(r, c, text(Cells.spreadsheet(value)));
        }
    }

    private static boolean exact(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return Double.isFinite(n.doubleValue());
        }
        return n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof Long l && Math.abs(l) <= EXACT_INTEGERS;
    }

    /** A full ISO date Excel can hold, else null. */
    static LocalDate date(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.isBefore(FIRST_EXCEL_DATE) ? null : date;
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    private static String text(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    private static double width(String header, List<List<Object>> rows, int column) {
        int widest = header.length();
        for (List<Object> row : rows.subList(0, Math.min(rows.size(), WIDTH_SAMPLE))) {
            widest = Math.max(widest, column < row.size() ? Cells.text(row.get(column)).length() : 0);
        }
        return Math.min(60, widest + 2);
    }

    /** Excel's rules for a sheet name: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
        clean = clean.isEmpty() ? "Rows" : clean;
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }
}
