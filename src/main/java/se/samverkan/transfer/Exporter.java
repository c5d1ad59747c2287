package se.samverkan.transfer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

import se.samverkan.curation.Format;
import se.samverkan.curation.Kind;
import se.samverkan.curation.Vocabulary;
import se.samverkan.entity.EntityType;
import se.samverkan.geography.ReferenceGeography;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole knowledge base (sources, entities, name history, mentions, facts) in the import
 * format, sorted so that the same content always gives the same bytes: export, import into an empty
 * store and export again gives identical files. A stored value the format cannot carry stops the export
 * with its name rather than being silently left out. Curation audit records (Merge, Retraction) are not
 * part of it, nor is the reference geography every store loads from the shipped files at start-up (its dataset
 * sources, which its loader stamps with a checksum, unlike an imported dataset's, which is exported; the places only they give, their mentions and containment, and the codes, names and coordinates they
 * put on places).
 */
@Component
class Exporter {

    static final String CSV_FILE = "samverkan.csv";
    static final String JSON_FILE = "samverkan.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> ENTITY_PROPERTIES = Set.of("id", "name", "kind", "description", "aliases");
    private static final Set<String> SOURCE_PROPERTIES = Set.of("id", "title", "publisher", "url", "published",
            "publishedInferred", "language", "kind", "version", "retrieved", "licence");
    // Lists, not sets: their order is the key order of the JSON export, which must not vary between runs.
    private static final List<String> FACT_PROPERTIES = List.of("role", "title", "status", "date", "from", "until",
            "inferred", "reference", "source", "excerpt", "budget", "row", "fromKey", "toKey", "statedIn",
            "noLongerStated");
    private static final List<String> NAME_PROPERTIES = List.of("from", "until", "source", "excerpt");

    private static final Map<String, Object> DATASET = Map.of("dataset", ReferenceGeography.DATASET_KIND);

    private final Driver driver;

    Exporter(Driver driver) {
        this.driver = driver;
    }

    /** Exports into {@code dir} as samverkan.csv and samverkan.json; returns the number of records. */
    int export(Path dir) throws IOException {
        List<Map<String, Object>> records;
        try (Session session = driver.session()) {
            records = session.executeRead(this::records);
        }
        Files.createDirectories(dir);
        writeCsv(records, dir.resolve(CSV_FILE));
        writeJson(records, dir.resolve(JSON_FILE));
        return records.size();
    }

    List<Map<String, Object>> records(TransactionContext tx) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.addAll(sorted(tx.run("MATCH (s:Source) WHERE NOT (s.kind = $dataset AND s.checksum IS NOT NULL) RETURN properties(s) AS p", DATASET).list(r -> {
            Map<String, Object> p = r.get("p").asMap();
            check("source " + p.get("id"), p.keySet(), SOURCE_PROPERTIES);
            Map<String, Object> rec = record(Kind.SOURCE);
            put(rec, "id", p.get("id"));
            for (String key : List.of("title", "publisher", "url", "published", "language", "kind", "version",
                    "retrieved", "licence")) {
                put(rec, key, p.get(key));
            }
            put(rec, "inferred", p.get("publishedInferred"));
            return rec;
        })));
        out.addAll(sorted(tx.run("""
                MATCH (n:Entity)
                WHERE n.level IS NULL
                   OR EXISTS { (n)-[:MENTIONED_IN]->(s:Source) WHERE NOT (s.kind = $dataset AND s.checksum IS NOT NULL) }
                   OR EXISTS { (n)-[r]-(:Entity)
                               WHERE r.source IS NULL
                                  OR NOT EXISTS { (s:Source {id: r.source}) WHERE s.kind = $dataset AND s.checksum IS NOT NULL } }
                RETURN labels(n) AS labels, properties(n) AS p""", DATASET).list(r -> {
            Map<String, Object> p = r.get("p").asMap();
            EntityType type = EntityType.fromLabels(r.get("labels").asList());
            Set<String> allowed = new HashSet<>(ENTITY_PROPERTIES);
            if (type == EntityType.PLACE) {
                allowed.addAll(ReferenceGeography.PLACE_PROPERTIES);
            }
            allowed.addAll(Vocabulary.ATTRIBUTES.getOrDefault(type, Set.of()));
            check("entity " + p.get("id"), p.keySet(), allowed);
            List<String> expected = new ArrayList<>(Vocabulary.labels(type, (String) p.get("kind")));
            expected.add("Entity");
            if (!new HashSet<>(r.get("labels").asList()).equals(new HashSet<>(expected))) {
                throw new IllegalStateException("Cannot export entity " + p.get("id") + ": its labels "
                        + r.get("labels").asList() + " do not follow from its type and kind " + expected);
            }
            Map<String, Object> rec = record(Kind.ENTITY);
            put(rec, "id", p.get("id"));
            put(rec, "type", type.label());
            for (String key : List.of("name", "kind", "description", "aliases", "status", "signed", "renewed",
                    "validFrom", "validUntil", "venue", "date", "from", "until", "inferred")) {
                put(rec, Format.column(key), p.get(key));
            }
            return rec;
        })));
        out.addAll(sorted(tx.run("MATCH (n:Entity)-[h:HAS_NAME]->(nm:Name) RETURN n.id AS id, nm.value AS name,"
                + " properties(h) AS p").list(r -> {
                    Map<String, Object> p = r.get("p").asMap();
                    check("name of " + r.get("id").asString(), p.keySet(), NAME_PROPERTIES);
                    Map<String, Object> rec = record(Kind.NAME);
                    put(rec, "id", r.get("id").asString());
                    put(rec, "name", r.get("name").asString());
                    NAME_PROPERTIES.forEach(k -> put(rec, k, p.get(k)));
                    return rec;
                })));
        out.addAll(sorted(tx.run("MATCH (n:Entity)-[m:MENTIONED_IN]->(s:Source)"
                + " WHERE NOT (s.kind = $dataset AND s.checksum IS NOT NULL) RETURN n.id AS id, s.id AS source, properties(m) AS p", DATASET).list(r -> {
                    Map<String, Object> p = r.get("p").asMap();
                    check("mention of " + r.get("id").asString(), p.keySet(), Set.of("excerpt"));
                    Map<String, Object> rec = record(Kind.MENTION);
                    put(rec, "id", r.get("id").asString());
                    put(rec, "source", r.get("source").asString());
                    put(rec, "excerpt", p.get("excerpt"));
                    return rec;
                })));
        out.addAll(sorted(tx.run("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE r.source IS NULL
                   OR NOT EXISTS { (s:Source {id: r.source}) WHERE s.kind = $dataset AND s.checksum IS NOT NULL }
                RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p""", DATASET).list(r -> {
                    Map<String, Object> p = r.get("p").asMap();
                    String what = r.get("type").asString() + " from " + r.get("from").asString();
                    if (!Vocabulary.RELATIONS.containsKey(r.get("type").asString())) {
                        throw new IllegalStateException("Cannot export " + what + ": unknown relation type");
                    }
                    check(what, p.keySet(), FACT_PROPERTIES);
                    Map<String, Object> rec = record(Kind.RELATION);
                    put(rec, "from_id", r.get("from").asString());
                    put(rec, "type", r.get("type").asString());
                    put(rec, "to_id", r.get("to").asString());
                    FACT_PROPERTIES.forEach(k -> put(rec, Format.column(k), p.get(k)));
                    return rec;
                })));
        return out;
    }

    private static void check(String what, Set<String> keys, java.util.Collection<String> allowed) {
        for (String key : keys) {
            if (!allowed.contains(key)) {
                throw new IllegalStateException("Cannot export " + what + ": property '" + key
                        + "' has no column in the import format");
            }
        }
    }

    private static Map<String, Object> record(Kind kind) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put(Format.RECORD, kind.value());
        return rec;
    }

    private static void put(Map<String, Object> rec, String column, Object value) {
        if (value == null) {
            return;
        }
        if (!(value instanceof String || value instanceof Boolean || value instanceof List<?>)) {
            throw new IllegalStateException("Cannot export " + rec.get("id") + ": '" + column + "' is a "
                    + value.getClass().getSimpleName() + ", the import format holds text, booleans and alias lists");
        }
        rec.put(column, value);
    }

    /** Orders by every column in format order, so ties are impossible unless two records are identical. */
    private static List<Map<String, Object>> sorted(List<Map<String, Object>> records) {
        Comparator<Map<String, Object>> order = (a, b) -> {
            for (String column : Format.COLUMNS) {
                int c = cell(a.get(column)).compareTo(cell(b.get(column)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        List<Map<String, Object>> copy = new ArrayList<>(records);
        copy.sort(order);
        return copy;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("|", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static void writeCsv(List<Map<String, Object>> records, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter printer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            printer.writeRecord(Format.COLUMNS);
            for (Map<String, Object> rec : records) {
                List<String> cells = new ArrayList<>(Format.COLUMNS.size());
                for (String column : Format.COLUMNS) {
                    cells.add(cell(rec.get(column)));
                }
                printer.writeRecord(cells);
            }
        }
    }

    private static void writeJson(List<Map<String, Object>> records, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < records.size(); i++) {
                out.write(JSON.writeValueAsString(records.get(i)));
                out.write(i + 1 < records.size() ? ",\n" : "\n");
            }
            out.write("]\n");
        }
    }
}
