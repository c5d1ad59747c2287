package se.samverkan.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/** Writes import records as CSV, starting a new numbered file every {@code partRecords} records. */
final class PartWriter implements AutoCloseable {

    private final Path dir;
    private final String prefix;
    private final int partRecords;
    private final List<String> header;
    private final List<Path> files;
    private final String[] cells;
    private CsvWriter printer;
    private int inPart;
    private int parts;

    PartWriter(Path dir, String prefix, int partRecords, List<String> header, List<Path> files) {
        this.dir = dir;
        this.prefix = prefix;
        this.partRecords = partRecords;
        this.header = header;
        this.files = files;
        this.cells = new String[header.size()];
    }

    void row(Map<String, String> values) throws IOException {
        if (printer == null || inPart >= partRecords) {
            open();
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = values.get(header.get(i));
        }
        if (values.keySet().stream().anyMatch(k -> !header.contains(k))) {
            throw new IllegalArgumentException("not a column of the import format: " + values.keySet());
        }
        printer.writeRecord(cells);
        inPart++;
    }

    private void open() throws IOException {
        close();
        String name = partRecords == Integer.MAX_VALUE ? prefix + ".csv" : "%s-%03d.csv".formatted(prefix, parts);
        Path file = dir.resolve(name);
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        printer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
        printer.writeRecord(header);
        files.add(file);
        parts++;
        inPart = 0;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
            printer = null;
        }
    }
}
