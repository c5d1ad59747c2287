package se.samverkan.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.curation.CompactMap;
import se.samverkan.curation.Format;
import se.samverkan.curation.Problem;
import se.samverkan.curation.Row;

/**
 * Reads import files into {@link Row}s: CSV (UTF-8, header row, RFC 4180 quoting) or JSON (an array of
 * objects). Anything unreadable becomes a {@link Problem} with its line; reading stops at the row limit.
 */
public final class ImportReader {

    /**
     * Reads one record object at a time out of the array, so the rest of the array is not "trailing" (what
     * follows the array is checked in {@link #readJson}); a record naming a key twice is malformed, as a CSV
     * header naming a column twice is.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * Columns whose values repeat across rows (kinds, types, dates, the ids of the sources every fact cites):
     * each distinct value is kept once. At {@code large} that is 30 % less heap for the rows, which the
     * collector copies while validation runs (its pauses went from 24 s to 16 s). Entity ids are not
     * shared: a million distinct ones made the lookups cost more reading time than the pauses saved.
     */
    /**
     * RFC 4180 with spaces allowed around quotes; rows of another length than the header are reported by the
     * reader, not refused by FastCSV.
     */
    private static final CsvReader.CsvReaderBuilder CSV = CsvReader.builder().skipEmptyLines(true)
            .trimWhitespacesAroundQuotes(true).allowExtraFields(true).allowMissingFields(true);

    private static final Set<String> SHARED = Set.of(Format.RECORD, "type", "kind", "status",
            "role", "date", "from", "until", "publisher", "published", "language", "source", "venue");

    private final int maxRows;
    private final List<Row> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> shared = new HashMap<>();
    private final CompactMap.KeySets keySets = new CompactMap.KeySets();

    public ImportReader(int maxRows) {
        this.maxRows = maxRows;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Reads one file; {@code name} decides the format by its extension (.csv or .json). */
    public void read(String name, InputStream in) {
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".csv")) {
                readCsv(name, in);
            }
            else if (lower.endsWith(".json")) {
                readJson(name, in);
            }
            else {
                problems.add(new Problem(name, null, null, "unknown file type: the name must end in .csv or .json"));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private boolean full(String file, int line) {
        if (rows.size() >= maxRows) {
            problems.add(new Problem(file, line, null,
                    "more than " + maxRows + " records in this import (samverkan.import.max-rows); split it"));
            return true;
        }
        return false;
    }

    private void readCsv(String file, InputStream in) throws IOException {
        CsvInput input = new CsvInput(in);
        CsvCells handler = new CsvCells();
        try (CsvReader<String[]> csv = CSV.build(handler, input)) {
            Iterator<String[]> records = csv.iterator();
            List<String> header = records.hasNext() ? List.of(records.next()) : List.of();
            int headerLine = header.isEmpty() ? 1 : handler.line();
            if (!checkHeader(file, headerLine, header)) {
                return;
            }
            // Known column names only (checked above), interned so that CompactMap finds them by identity.
            header = header.stream().map(String::intern).toList();
            // What each column holds, worked out once per file rather than for every cell.
            Cell[] cells = header.stream().map(ImportReader::cell).toArray(Cell[]::new);
            // The value each column had in the row before: most rows repeat it, and equals is cheaper than a lookup.
            String[] before = new String[header.size()];
            while (records.hasNext()) {
                String[] record = records.next();
                int line = handler.line();
                if (!records.hasNext() && input.endsInsideQuotes()) {
                    problems.add(new Problem(file, line, null, "malformed CSV: a quoted cell in the record that starts"
                            + " on line " + line + " is not closed by the end of the file"));
                    return;
                }
                if (full(file, line)) {
                    return;
                }
                if (record.length != header.size()) {
                    problems.add(new Problem(file, line, null, "has " + record.length + " cells, the header has "
                            + header.size()));
                    continue;
                }
                CompactMap.Builder values = CompactMap.builder(header.size());
                for (int i = 0; i < header.size(); i++) {
                    String text = record[i];
                    if (text.isEmpty()) {
                        continue;
                    }
                    String column = header.get(i);
                    Object value = switch (cells[i]) {
                        case FLAG -> flag(file, line, column, text);
                        case LIST -> list(text);
                        case SHARED -> text.equals(before[i]) ? before[i] : (before[i] = shared(text));
                        case TEXT -> text;
                    };
                    values.put(column, value);
                }
                rows.add(new Row(file, line, values.build(keySets)));
            }
        }
        catch (CsvParseException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add(new Problem(file, handler.line(), null, "malformed CSV in the record that starts on line "
                    + handler.line() + ": " + reason));
        }
        catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
            problems.add(new Problem(file, handler.line(), null, "the file is not UTF-8"));
        }
    }

    /** What a column's cells hold: a flag, a list, a value many rows repeat, or text of their own. */
    private enum Cell {
        FLAG, LIST, SHARED, TEXT
    }

    private static Cell cell(String column) {
        return Format.BOOLEANS.contains(column) ? Cell.FLAG
                : Format.LISTS.contains(column) ? Cell.LIST
                : SHARED.contains(column) ? Cell.SHARED : Cell.TEXT;
    }

    private Boolean flag(String file, int line, String column, String cell) {
        if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
            return Boolean.valueOf(cell.toLowerCase(Locale.ROOT));
        }
        problems.add(new Problem(file, line, column, "must be true or false, got '" + cell + "'"));
        return null;
    }

    private static List<String> list(String cell) {
        List<String> list = new ArrayList<>();
        for (String part : cell.split("\\|", -1)) {
            if (!part.strip().isEmpty()) {
                list.add(part.strip());
            }
        }
        return list;
    }

    private String share(String column, String value) {
        return SHARED.contains(column) ? shared(value) : value;
    }

    /** The one instance of this value kept so far. */
    private String shared(String value) {
        String earlier = shared.putIfAbsent(value, value);
        return earlier != null ? earlier : value;
    }

    private boolean checkHeader(String file, int line, List<String> header) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            String problem = columnProblem(column);
            if (problem == null && !seen.add(column)) {
                problem = "the header names this column twice";
            }
            if (problem != null) {
                problems.add(new Problem(file, line, column, problem));
                ok = false;
            }
        }
        if (!header.contains(Format.RECORD)) {
            problems.add(new Problem(file, line, Format.RECORD, "the header has no 'record' column"));
            ok = false;
        }
        return ok;
    }

    static String columnProblem(String column) {
        String c = column.strip().toLowerCase(Locale.ROOT);
        if (Format.PERSONAL.contains(c)) {
            return "personal contact data is not stored in Samverkan; remove this column";
        }
        if (!Format.COLUMNS.contains(column)) {
            return "unknown column; the columns are " + String.join(", ", Format.COLUMNS);
        }
        return null;
    }

    private void readJson(String file, InputStream in) {
        int line = 1;
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.add(new Problem(file, 1, null, "a JSON import file is an array of record objects"));
                return;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    problems.add(new Problem(file, line, null, "expected a record object"));
                    parser.skipChildren();
                    continue;
                }
                JsonNode node = JSON.readTree(parser);
                if (full(file, line)) {
                    return;
                }
                rows.add(new Row(file, line, jsonValues(file, line, node)));
            }
            if (token != null && parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                problems.add(new Problem(file, at.getLineNr(), null, "content after the array of records, at line "
                        + at.getLineNr() + ", column " + at.getColumnNr() + ": a JSON import file is one array"));
            }
        }
        catch (JacksonException e) {
            int at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            problems.add(new Problem(file, at, null, "malformed JSON: " + e.getOriginalMessage()));
        }
    }

    private CompactMap jsonValues(String file, int line, JsonNode node) {
        CompactMap.Builder values = CompactMap.builder(node.size());
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String column = field.getKey();
            JsonNode value = field.getValue();
            String problem = columnProblem(column);
            if (problem != null) {
                problems.add(new Problem(file, line, column, problem));
                continue;
            }
            column = column.intern(); // a known column name: see readCsv
            if (value.isNull()) {
                continue;
            }
            if (Format.BOOLEANS.contains(column)) {
                if (value.isBoolean()) {
                    values.put(column, value.booleanValue());
                }
                else {
                    problems.add(new Problem(file, line, column, "must be true or false"));
                }
            }
            else if (Format.LISTS.contains(column)) {
                if (value.isArray() && value.valueStream().allMatch(JsonNode::isString)) {
                    List<String> list = value.valueStream().map(v -> v.stringValue().strip())
                            .filter(s -> !s.isEmpty()).toList();
                    values.put(column, list);
                }
                else {
                    problems.add(new Problem(file, line, column, "must be an array of strings"));
                }
            }
            else if (value.isString() || value.isNumber()) {
                String text = value.asString().strip();
                if (!text.isEmpty()) {
                    values.put(column, share(column, text));
                }
            }
            else {
                problems.add(new Problem(file, line, column, "must be a string"));
            }
        }
        return values.build(keySets);
    }
}
