package se.samverkan.report;

import java.util.List;

import se.samverkan.shared.BadRequestException;

/**
 * A table as a client shows it, to be turned into a workbook: what it is ({@code title}), the address that shows
 * it again ({@code link}), its header and rows (text, numbers, booleans or null) and the sources it cites.
 */
record TableExport(String title, String link, List<String> columns, List<List<Object>> rows,
        List<CitedSource> sources) {

    static final int MAX_COLUMNS = 100;
    static final int MAX_LABEL = 4000;

    /** Checks everything before a byte of the workbook is written, naming the first problem found. */
    TableExport validated(int maxRows) {
        text("title", title, false);
        text("link", link, false);
        if (columns == null || columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw problem("'columns' must list 1 to " + MAX_COLUMNS + " column names");
        }
        for (int c = 0; c < columns.size(); c++) {
            text("columns[" + c + "]", columns.get(c), true);
        }
        if (rows == null) {
            throw problem("'rows' is missing (an empty table is [])");
        }
        if (rows.size() > maxRows) {
            throw problem("the table has " + rows.size() + " rows; at most " + maxRows + " are exported");
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row == null || row.size() != columns.size()) {
                throw problem("rows[" + r + "] must hold " + columns.size() + " values, one per column, got "
                        + (row == null ? "null" : row.size()));
            }
            for (int c = 0; c < row.size(); c++) {
                cell(r, c, row.get(c));
            }
        }
        if (sources != null) {
            for (int s = 0; s < sources.size(); s++) {
                CitedSource source = sources.get(s);
                if (source == null) {
                    throw problem("sources[" + s + "] must be an object with an id");
                }
                text("sources[" + s + "].id", source.id(), true);
                text("sources[" + s + "].title", source.title(), false);
            }
        }
        return this;
    }

    private void cell(int r, int c, Object value) {
        String where = "rows[" + r + "][" + c + "] (column '" + columns.get(c) + "')";
        if (value instanceof String s && s.length() > XlsxExport.MAX_CELL_TEXT) {
            throw problem(where + " has " + s.length() + " characters; a spreadsheet cell holds at most "
                    + XlsxExport.MAX_CELL_TEXT);
        }
        if (!(value == null || value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw problem(where + " must be text, a number, a boolean or null, got "
                    + (value instanceof List<?> ? "an array" : "an object"));
        }
    }

    private static void text(String name, String value, boolean required) {
        if (value == null ? required : value.length() > MAX_LABEL) {
            throw problem("'" + name + "' must be " + (value == null ? "given" : "at most " + MAX_LABEL + " characters"));
        }
    }

    private static BadRequestException problem(String message) {
        return new BadRequestException("Table export: " + message);
    }
}
