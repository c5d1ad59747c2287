package se.samverkan.geography;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The shipped reference geography as read from {@code sources.csv}, {@code places.csv} and {@code containment.csv},
 * with a checksum of the three files' bytes.
 */
record ReferenceFiles(List<DatasetRow> datasets, List<PlaceRow> places, List<ContainmentRow> containment,
        String checksum) {

    /** Changes when the loader writes the rows differently, so that stores loaded by an older loader reload. */
    static final String LOADER_VERSION = "1";

    private static final List<String> FILES = List.of("sources.csv", "places.csv", "containment.csv");

    /** The three files' bytes and their checksum, read but not parsed: a restart needs no more. */
    record Shipped(String location, List<byte[]> bytes, String checksum) {

        ReferenceFiles parse() {
            return new ReferenceFiles(
                    rows(location, "sources.csv", bytes.get(0), r -> new DatasetRow(r.getField("id"), r.getField("publisher"),
                            r.getField("title"), r.getField("version"), r.getField("retrieved"), r.getField("licence"), r.getField("url"))),
                    rows(location, "places.csv", bytes.get(1), ReferenceFiles::place),
                    rows(location, "containment.csv", bytes.get(2),
                            r -> new ContainmentRow(r.getField("inner"), r.getField("outer"), r.getField("source"))),
                    checksum);
        }

        /** The dataset ids, from the first column of sources.csv. */
        List<String> datasetIds() {
            return rows(location, "sources.csv", bytes.get(0), r -> r.getField("id"));
        }
    }

    static Shipped read(ResourceLoader loader, String location) {
        MessageDigest digest = sha256();
        digest.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
        List<byte[]> bytes = new ArrayList<>();
        for (String file : FILES) {
            Resource resource = loader.getResource(location + file);
            try (InputStream in = resource.getInputStream()) {
                byte[] content = in.readAllBytes();
                digest.update(content);
                bytes.add(content);
            }
            catch (IOException e) {
                throw new GeographyException("Cannot read reference geography " + location + file + ": "
                        + e.getMessage(), e);
            }
        }
        return new Shipped(location, List.copyOf(bytes), HexFormat.of().formatHex(digest.digest()));
    }

    private static PlaceRow place(NamedCsvRecord r) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : PlaceProperties.LANGUAGES) {
            put(names, language, r.getField("name_" + language));
        }
        Map<String, String> codes = new LinkedHashMap<>();
        // A country's own code; the alpha-2 on other rows only says which country they are in.
        if ("country".equals(r.getField("level"))) {
            put(codes, "iso3166_1", r.getField("iso3166_1"));
        }
        put(codes, "iso3166_2", r.getField("iso3166_2"));
        put(codes, "nuts", r.getField("nuts"));
        put(codes, "scb", r.getField("scb"));
        return new PlaceRow(r.getField("id"), r.getField("level"), r.getField("kind"), r.getField("name"), names, list(r.getField("aliases")),
                codes, number(r, "lat"), number(r, "lon"), blankToNull(r.getField("point")), list(r.getField("source")));
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split("\\|")).filter(s -> !s.isBlank()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Double number(NamedCsvRecord r, String column) {
        String value = r.getField(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value);
        }
        catch (NumberFormatException e) {
            throw new GeographyException("places.csv line " + r.getStartingLineNumber() + " (" + r.getField("id") + "): " + column
                    + " '" + value + "' is not a number");
        }
    }

    private static <T> List<T> rows(String location, String file, byte[] bytes, Function<NamedCsvRecord, T> row) {
        List<T> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new String(bytes, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : csv) {
                try {
                    rows.add(row.apply(r));
                }
                catch (IllegalArgumentException | java.util.NoSuchElementException e) {
                    throw new GeographyException(location + file + " line " + r.getStartingLineNumber() + ": "
                            + e.getMessage(), e);
                }
            }
        }
        catch (CsvParseException | IOException e) {
            throw new GeographyException("Cannot parse " + location + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
