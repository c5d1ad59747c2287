package se.samverkan.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private static final List<String> FILES = List.of("sources.csv", "places.csv", "containment.csv");

    /** The three files' bytes and their checksum, read but not parsed: a restart needs no more. */
    record Shipped(String location, List<byte[]> bytes, String checksum) {

        ReferenceFiles parse() {
            return new ReferenceFiles(
                    rows(location, "sources.csv", bytes.get(0), r -> new DatasetRow(r.get("id"), r.get("publisher"),
                            r.get("title"), r.get("version"), r.get("retrieved"), r.get("licence"), r.get("url"))),
                    rows(location, "places.csv", bytes.get(1), ReferenceFiles::place),
                    rows(location, "containment.csv", bytes.get(2),
                            r -> new ContainmentRow(r.get("inner"), r.get("outer"), r.get("source"))),
                    checksum);
        }

        /** The dataset ids, from the first column of sources.csv. */
        List<String> datasetIds() {
            return rows(location, "sources.csv", bytes.get(0), r -> r.get("id"));
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

    private static PlaceRow place(CSVRecord r) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : PlaceProperties.LANGUAGES) {
            put(names, language, r.get("name_" + language));
        }
        Map<String, String> codes = new LinkedHashMap<>();
        // A country's own code; the alpha-2 on other rows only says which country they are in.
        if ("country".equals(r.get("level"))) {
            put(codes, "iso3166_1", r.get("iso3166_1"));
        }
        put(codes, "iso3166_2", r.get("iso3166_2"));
        put(codes, "nuts", r.get("nuts"));
        put(codes, "scb", r.get("scb"));
        return new PlaceRow(r.get("id"), r.get("level"), r.get("kind"), r.get("name"), names, list(r.get("aliases")),
                codes, number(r, "lat"), number(r, "lon"), blankToNull(r.get("point")), list(r.get("source")));
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

    private static Double number(CSVRecord r, String column) {
        String value = r.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value);
        }
        catch (NumberFormatException e) {
            throw new GeographyException("places.csv line " + r.getRecordNumber() + " (" + r.get("id") + "): " + column
                    + " '" + value + "' is not a number");
        }
    }

    private static <T> List<T> rows(String location, String file, byte[] bytes, Function<CSVRecord, T> row) {
        List<T> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSV.parse(reader)) {
                try {
                    rows.add(row.apply(r));
                }
                catch (IllegalArgumentException | IllegalStateException e) {
                    throw new GeographyException(location + file + " line " + r.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        catch (IOException | java.io.UncheckedIOException e) {
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
