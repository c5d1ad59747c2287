package se.samverkan.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;

import se.samverkan.curation.ImportResult;
import se.samverkan.curation.Row;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.curation.Vocabulary;
import se.samverkan.dataset.RowStatements.End;
import se.samverkan.dataset.RowStatements.Key;
import se.samverkan.dataset.RowStatements.NamedEntity;
import se.samverkan.dataset.RowStatements.Statement;
import se.samverkan.dataset.RowStatements.Stored;
import se.samverkan.entity.EntityType;
import se.samverkan.resolution.Candidate;
import se.samverkan.resolution.EntityMatching;
import se.samverkan.resolution.Incoming;
import se.samverkan.resolution.Resolution;
import se.samverkan.search.TextQuery;
import se.samverkan.shared.BadRequestException;

/**
 * Imports one dataset file in one write transaction, all or nothing: reads its rows, maps them to statements,
 * resolves every incoming entity (inside the transaction), writes source, entities, mentions and facts through
 * {@link ValidatedWrite} (so the vocabulary and every other rule of an import apply), marks the dataset's stored
 * facts the file no longer states, and stores the run's {@link Manifest} linked to the source.
 */
@Component
public class DatasetImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DatasetImport.class);

    /** What to do with a row that cannot be imported. */
    public enum OnBadRow {
        SKIP, REFUSE;

        public static OnBadRow parse(String value) {
            for (OnBadRow mode : values()) {
                if (mode.name().equalsIgnoreCase(value)) {
                    return mode;
                }
            }
            throw new BadRequestException("on-bad-row must be skip or refuse, got '" + value + "'");
        }
    }

    private static final String MENTIONED = """
            MATCH (n:Entity)-[:MENTIONED_IN]->(:Source {id: $source}) RETURN n.id AS id""";
    private static final String EXISTING = """
            UNWIND $ids AS id MATCH (n:Entity {id: id})
            RETURN n.id AS id, n.name AS name, n.kind AS kind, coalesce(n.aliases, []) AS aliases""";
    /**
     * An entity about to be created, made visible at once (with its name, in the same transaction) so that entities
     * the file names later resolve against it as they would on the next import: then the same file twice decides the
     * same. The writer completes it.
     */
    private static final String ANNOUNCE = """
            MERGE (n:Entity {id: $id}) ON CREATE SET n.name = $name
            SET n:$($labels)""";
    private static final String STATED = """
            MATCH (a:Entity)-[r]->(b:Entity) WHERE r.source = $source
            RETURN a.id AS from, type(r) AS type, b.id AS to, elementId(r) AS element, properties(r) AS props""";
    private static final String NO_LONGER_STATED = """
            UNWIND $elements AS element MATCH ()-[r]->() WHERE elementId(r) = element
            SET r.noLongerStated = $version""";
    private static final String STATED_AGAIN = """
            UNWIND $elements AS element MATCH ()-[r]->() WHERE elementId(r) = element
            REMOVE r.noLongerStated""";
    private static final String MANIFEST = """
            MATCH (s:Source {id: $source})
            CREATE (m:ImportManifest)-[:MANIFEST_OF]->(s)
            SET m = $props, m.at = datetime()""";
    /** Fact properties that say where and when it was stated, not what: a newer file restating a fact rewrites them
     * without counting it as updated (its first row, whose excerpt it quotes, may be another one now). */
    private static final Set<String> PROVENANCE = Set.of("source", "row", "excerpt", "statedIn");

    private final Map<String, DatasetFormat<?>> formats = new TreeMap<>();
    private final ValidatedWrite writes;
    private final EntityMatching matching;

    DatasetImport(List<DatasetFormat<?>> formats, ValidatedWrite writes, EntityMatching matching) {
        formats.forEach(f -> this.formats.put(f.name(), f));
        this.writes = writes;
        this.matching = matching;
    }

    /** The formats' names, for usage messages. */
    public Set<String> formats() {
        return formats.keySet();
    }

    /**
     * Imports {@code in} as {@code format}; {@code asOf} (null: the format's default) is the version the dataset is
     * as of. Throws {@link DatasetRefusedException} for bad rows under {@link OnBadRow#REFUSE}, a
     * {@link BadRequestException} for a file that is not of the format.
     */
    public Manifest importFile(String format, String fileName, InputStream in, String asOf, OnBadRow onBadRow,
            ValidatedWrite.Progress progress) {
        DatasetFormat<?> chosen = formats.get(format);
        if (chosen == null) {
            throw new BadRequestException("Unknown dataset format '" + format + "'; use one of " + formats.keySet());
        }
        if (asOf != null && !asOf.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new BadRequestException("as-of must be a date (2026, 2026-06 or 2026-06-09), got '" + asOf + "'");
        }
        return run(chosen, fileName, in, chosen.source().asOf(asOf), onBadRow, progress);
    }

    private <R> Manifest run(DatasetFormat<R> format, String fileName, InputStream in, DatasetSource source,
            OnBadRow onBadRow, ValidatedWrite.Progress progress) {
        ParsedFile<R> parsed;
        try {
            parsed = format.read(in);
        }
        catch (IOException | IllegalArgumentException e) {
            throw new BadRequestException(fileName + ": " + e.getMessage());
        }
        return writes.write(new Run<>(format, fileName, source, parsed, onBadRow), progress);
    }

    /** One import run: everything it decides, in the order it decides it, inside the write transaction. */
    private final class Run<R> implements ValidatedWrite.Planned<Manifest> {

        private final DatasetFormat<R> format;
        private final String file;
        private final DatasetSource source;
        private final ParsedFile<R> parsed;
        private final OnBadRow onBadRow;
        private final List<RefusedRow> refused = new ArrayList<>();
        private final List<Uncertain> toQueue = new ArrayList<>();
        private final List<String> gone = new ArrayList<>();
        private final List<String> statedAgain = new ArrayList<>();
        private int imported;
        private int created;
        private int merged;
        private int queued;
        private int unchangedEntities;
        private int added;
        private int updated;
        private int unchangedFacts;

        Run(DatasetFormat<R> format, String file, DatasetSource source, ParsedFile<R> parsed, OnBadRow onBadRow) {
            this.format = format;
            this.file = file;
            this.source = source;
            this.parsed = parsed;
            this.onBadRow = onBadRow;
        }

        private record Uncertain(Incoming incoming, List<Candidate> candidates) {
        }

        /** An incoming entity once resolved: the id its facts go to. */
        private record Resolved(NamedEntity entity, String id, String excerpt, int line) {
        }

        /** A fact as the file states it, with the ids its ends resolved to. */
        private record Fact(String from, String type, String to, Statement statement, List<String> rows,
                String excerpt, int line) {
        }

        @Override
        public List<Row> rows(QueryRunner tx) {
            long t0 = System.nanoTime();
            ReferencePlaces places = ReferencePlaces.load(tx);
            long t1 = System.nanoTime();
            refused.addAll(parsed.refused());
            List<NumberedRow<RowStatements>> stated = new ArrayList<>();
            for (NumberedRow<R> row : parsed.rows()) {
                try {
                    stated.add(new NumberedRow<>(row.line(), format.statements(row, places)));
                }
                catch (BadRowException e) {
                    refused.add(new RefusedRow(row.line(), e.getMessage()));
                }
            }
            refused.sort(java.util.Comparator.comparingInt(RefusedRow::line));
            imported = stated.size();
            if (onBadRow == OnBadRow.REFUSE && !refused.isEmpty()) {
                throw new DatasetRefusedException(manifest(0, false));
            }
            long t2 = System.nanoTime();
            Map<String, Resolved> byKey = resolve(stated, tx);
            long t3 = System.nanoTime();
            List<Row> rows = new ArrayList<>();
            rows.add(sourceRow());
            rows.addAll(entityRows(byKey, tx));
            rows.addAll(factRows(facts(stated, byKey), tx));
            log.info("Planned {}: reference places {} ms, rows {} ms, resolution of {} entities {} ms, rows and comparison {} ms",
                    file, ms(t0, t1), ms(t1, t2), byKey.size(), ms(t2, t3), ms(t3, System.nanoTime()));
            return rows;
        }

        private Row sourceRow() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("record", "source");
            values.put("id", source.id());
            values.put("kind", "dataset");
            put(values, "title", source.title());
            put(values, "publisher", source.publisher());
            put(values, "url", source.url());
            put(values, "version", source.version());
            put(values, "retrieved", source.retrieved());
            put(values, "licence", source.licence());
            return new Row(file, 0, values);
        }

        /** Entities named twice in the file are one (by key); each is resolved once, in the order first named. */
        private Map<String, Resolved> resolve(List<NumberedRow<RowStatements>> stated, QueryRunner tx) {
            Map<String, Resolved> byKey = new LinkedHashMap<>();
            for (NumberedRow<RowStatements> row : stated) {
                for (NamedEntity entity : row.row().entities()) {
                    Resolved earlier = byKey.get(entity.incoming().key());
                    byKey.put(entity.incoming().key(), earlier == null
                            ? new Resolved(entity, null, row.row().excerpt(), row.line())
                            : new Resolved(span(earlier.entity(), entity), null, earlier.excerpt(), earlier.line()));
                }
            }
            Set<String> mentioned = new HashSet<>(tx.run(MENTIONED, Map.of("source", source.id()))
                    .list(r -> r.get("id").asString()));
            List<String> ownIds = byKey.values().stream().map(r -> r.entity().incoming().ownId()).toList();
            Set<String> existing = new HashSet<>(tx.run(EXISTING, Map.of("ids", ownIds)).list(r -> r.get("id").asString()));
            for (Map.Entry<String, Resolved> e : byKey.entrySet()) {
                Resolved r = e.getValue();
                Incoming incoming = r.entity().incoming();
                // An entity an earlier import created stays itself: only a curator's judgement (which merges it and so
                // removes its own id) changes that, or a re-import would merge it into whatever was stored since.
                Resolution resolution = existing.contains(incoming.ownId()) ? new Resolution.New()
                        : matching.resolve(incoming, tx);
                String id;
                if (resolution instanceof Resolution.Same same) {
                    if (mentioned.contains(same.id())) {
                        unchangedEntities++;
                    }
                    else {
                        merged++;
                    }
                    id = same.id();
                }
                else {
                    if (existing.contains(incoming.ownId())) {
                        unchangedEntities++;
                    }
                    else if (resolution instanceof Resolution.Uncertain) {
                        queued++;
                    }
                    else {
                        created++;
                    }
                    if (resolution instanceof Resolution.Uncertain uncertain) {
                        toQueue.add(new Uncertain(incoming, uncertain.candidates()));
                    }
                    id = incoming.ownId();
                    if (!existing.contains(id)) {
                        tx.run(ANNOUNCE, Map.of("id", id, "name", incoming.name(),
                                "labels", Vocabulary.labels(incoming.type(), r.entity().kind()))).consume();
                    }
                }
                e.setValue(new Resolved(r.entity(), id, r.excerpt(), r.line()));
            }
            return byKey;
        }

        /** A project named by several rows spans them all: earliest start, latest end. */
        private static NamedEntity span(NamedEntity a, NamedEntity b) {
            return new NamedEntity(a.incoming(), a.kind(), min(a.from(), b.from()), max(a.until(), b.until()));
        }

        /**
         * An entity created by this dataset gets its name, kind and dates; a stored one it resolved to keeps its own
         * and gains the dataset's spelling as an alias (when it is not already one of its names) and a mention.
         */
        private List<Row> entityRows(Map<String, Resolved> byKey, QueryRunner tx) {
            Map<String, List<Resolved>> byId = byKey.values().stream()
                    .collect(Collectors.groupingBy(Resolved::id, LinkedHashMap::new, Collectors.toList()));
            List<String> others = byId.entrySet().stream()
                    .filter(e -> e.getValue().stream().noneMatch(r -> r.id().equals(r.entity().incoming().ownId())))
                    .map(Map.Entry::getKey).toList();
            Map<String, org.neo4j.driver.Record> stored = new HashMap<>();
            tx.run(EXISTING, Map.of("ids", others)).forEachRemaining(r -> stored.put(r.get("id").asString(), r));
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, List<Resolved>> e : byId.entrySet()) {
                String id = e.getKey();
                List<Resolved> named = e.getValue();
                Resolved own = named.stream().filter(r -> id.equals(r.entity().incoming().ownId())).findFirst().orElse(null);
                Resolved first = own != null ? own : named.get(0);
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("record", "entity");
                values.put("id", id);
                values.put("type", first.entity().incoming().type().label());
                String name;
                Set<String> known = new HashSet<>();
                if (own != null) {
                    name = own.entity().incoming().name();
                    put(values, "name", name);
                    put(values, "kind", own.entity().kind());
                    if (own.entity().incoming().type() == EntityType.PROJECT) {
                        put(values, "from", own.entity().from());
                        put(values, "until", own.entity().until());
                    }
                }
                else {
                    org.neo4j.driver.Record r = stored.get(id);
                    if (r == null) {
                        throw new IllegalStateException("Resolution named " + id + ", which is not stored");
                    }
                    name = r.get("name").asString();
                    put(values, "name", name);
                    if (first.entity().incoming().type() == EntityType.PLACE) {
                        put(values, "kind", r.get("kind").asString(null));
                    }
                    r.get("aliases").asList(v -> v.asString()).forEach(a -> known.add(TextQuery.fold(a)));
                }
                known.add(TextQuery.fold(name));
                List<String> aliases = new ArrayList<>();
                for (Resolved r : named) {
                    String spelling = r.entity().incoming().name();
                    if (known.add(TextQuery.fold(spelling))) {
                        aliases.add(spelling);
                    }
                }
                if (!aliases.isEmpty()) {
                    values.put("aliases", aliases);
                }
                if (own != null || !aliases.isEmpty()) {
                    values.put("source", source.id());
                    values.put("excerpt", first.excerpt());
                    rows.add(new Row(file, first.line(), values));
                }
                else {
                    rows.add(new Row(file, first.line(), Map.of("record", "mention", "id", id, "source", source.id(),
                            "excerpt", first.excerpt())));
                }
            }
            return rows;
        }

        /** The facts of the file by their ends and type; a fact several rows state is one, citing every row. */
        private List<Fact> facts(List<NumberedRow<RowStatements>> stated, Map<String, Resolved> byKey) {
            Map<List<String>, Fact> facts = new LinkedHashMap<>();
            for (NumberedRow<RowStatements> row : stated) {
                for (Statement s : row.row().facts()) {
                    String from = id(s.from(), byKey);
                    String to = id(s.to(), byKey);
                    Fact earlier = facts.get(List.of(from, s.type(), to));
                    if (earlier == null) {
                        List<String> rows = new ArrayList<>();
                        rows.add(row.row().row());
                        facts.put(List.of(from, s.type(), to), new Fact(from, s.type(), to, s, rows, row.row().excerpt(),
                                row.line()));
                    }
                    else if (!earlier.rows().contains(row.row().row())) {
                        earlier.rows().add(row.row().row());
                    }
                }
            }
            return new ArrayList<>(facts.values());
        }

        private static String id(End end, Map<String, Resolved> byKey) {
            return end instanceof Key key ? byKey.get(key.key()).id() : ((Stored) end).id();
        }

        /** The facts as relation rows; compared with what the dataset stated before, to count and to mark. */
        private List<Row> factRows(List<Fact> facts, QueryRunner tx) {
            Map<List<String>, org.neo4j.driver.Record> before = new HashMap<>();
            tx.run(STATED, Map.of("source", source.id())).forEachRemaining(r -> before.put(
                    List.of(r.get("from").asString(), r.get("type").asString(), r.get("to").asString()), r));
            List<Row> rows = new ArrayList<>();
            for (Fact f : facts) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("record", "relation");
                values.put("from_id", f.from());
                values.put("type", f.type());
                values.put("to_id", f.to());
                values.put("source", source.id());
                values.put("excerpt", f.excerpt());
                put(values, "role", f.statement().details().role());
                put(values, "from", f.statement().details().from());
                put(values, "until", f.statement().details().until());
                put(values, "budget", f.statement().details().budget());
                values.put("row", String.join(", ", f.rows()));
                if (f.statement().from() instanceof Key key) {
                    values.put("from_key", key.key());
                }
                if (f.statement().to() instanceof Key key) {
                    values.put("to_key", key.key());
                }
                put(values, "stated_in", source.version());
                rows.add(new Row(file, f.line(), values));
                org.neo4j.driver.Record stored = before.remove(List.of(f.from(), f.type(), f.to()));
                if (stored == null) {
                    added++;
                }
                else {
                    Map<String, Object> was = new HashMap<>(stored.get("props").asMap());
                    if (was.containsKey("noLongerStated")) {
                        statedAgain.add(stored.get("element").asString());
                    }
                    if (content(was).equals(content(properties(values)))) {
                        unchangedFacts++;
                    }
                    else {
                        updated++;
                    }
                }
            }
            before.values().stream().filter(r -> r.get("props").get("noLongerStated").isNull())
                    .forEach(r -> gone.add(r.get("element").asString()));
            return rows;
        }

        /** A relation row's values as the stored properties they become. */
        private static Map<String, Object> properties(Map<String, Object> values) {
            Map<String, Object> props = new HashMap<>();
            values.forEach((column, value) -> {
                if (!Set.of("record", "from_id", "type", "to_id").contains(column)) {
                    props.put(switch (column) {
                        case "from_key" -> "fromKey";
                        case "to_key" -> "toKey";
                        case "stated_in" -> "statedIn";
                        default -> column;
                    }, value);
                }
            });
            return props;
        }

        private static Map<String, Object> content(Map<String, Object> props) {
            Map<String, Object> content = new HashMap<>(props);
            PROVENANCE.forEach(content::remove);
            return content;
        }

        @Override
        public Manifest finish(QueryRunner tx, ImportResult written) {
            tx.run(NO_LONGER_STATED, Map.of("elements", gone, "version", source.version())).consume();
            tx.run(STATED_AGAIN, Map.of("elements", statedAgain)).consume();
            for (Uncertain u : toQueue) {
                matching.queue(u.incoming(), u.incoming().ownId(), u.candidates(), tx);
            }
            Manifest manifest = manifest(gone.size(), true);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("format", manifest.format());
            props.put("file", manifest.file());
            props.put("version", manifest.version());
            props.put("rowsRead", manifest.rowsRead());
            props.put("rowsImported", manifest.rowsImported());
            props.put("rowsRefused", manifest.rowsRefused());
            props.put("entitiesCreated", manifest.entitiesCreated());
            props.put("entitiesMerged", manifest.entitiesMerged());
            props.put("entitiesQueued", manifest.entitiesQueued());
            props.put("entitiesUnchanged", manifest.entitiesUnchanged());
            props.put("factsAdded", manifest.factsAdded());
            props.put("factsUpdated", manifest.factsUpdated());
            props.put("factsUnchanged", manifest.factsUnchanged());
            props.put("factsNoLongerStated", manifest.factsNoLongerStated());
            props.put("refused", manifest.refused().stream().map(RefusedRow::toString).toList());
            tx.run(MANIFEST, Map.of("source", source.id(), "props", props)).consume();
            return manifest;
        }

        private Manifest manifest(int noLongerStated, boolean written) {
            return new Manifest(format.name(), source.id(), source.version(), file, parsed.read(), imported,
                    refused.size(), created, merged, queued, unchangedEntities, added, updated, unchangedFacts,
                    noLongerStated, refused, written);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void put(Map<String, Object> values, String column, String value) {
        if (value != null && !value.isBlank()) {
            values.put(column, value.trim());
        }
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
}
