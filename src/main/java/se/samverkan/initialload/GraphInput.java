package se.samverkan.initialload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.values.storable.Values;

import se.samverkan.curation.Dataset;
import se.samverkan.curation.Row;
import se.samverkan.curation.Validator;

/**
 * A validated {@link Dataset} as input to Neo4j's offline batch importer, shaped exactly as
 * {@code curation.GraphWriter}'s Cypher would store it in an empty store. Where GraphWriter MERGEs on a key that
 * validation lets repeat — a name record per (entity, name), a mention per (entity, source) — the rows are
 * folded here the same way: one relationship, later values overwriting earlier ones key by key. Sources,
 * entities and facts are unique after validation (a repeated one with other values is rejected).
 * <p>
 * Nodes are given their store ids here ({@link IdType#ACTUAL}): sources first, then entities, then name
 * nodes, each at its list's offset plus its index. With string ids the importer sorts them all and finds
 * both ends of every relationship by binary search: JFR put 54 % of the relationship import of the
 * {@code large} benchmark set (4.7 million relationships) in that search.
 */
final class GraphInput {

    private static final int CHUNK = 10_000;
    private static final String[] SOURCE = {"Source"};
    private static final String[] NAME = {"Name"};

    private final Dataset data;
    private final List<NameRecord> names = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Integer> sourceIndex;
    private final Map<String, Integer> entityIndex;
    private final long firstEntity;
    private final long firstName;

    private record NameRecord(int index, String entity, String value, Map<String, Object> props) {
    }

    private record Mention(String entity, String source, String excerpt) {
    }

    GraphInput(Dataset data) {
        this.data = data;
        this.sourceIndex = index(data.sources());
        this.entityIndex = index(data.entities());
        this.firstEntity = data.sources().size();
        this.firstName = firstEntity + data.entities().size();
        Map<List<String>, NameRecord> byName = new LinkedHashMap<>();
        for (Map<String, Object> h : data.names()) {
            NameRecord name = byName.computeIfAbsent(List.of((String) h.get("id"), (String) h.get("name")),
                    k -> new NameRecord(byName.size(), k.get(0), k.get(1), new LinkedHashMap<>()));
            name.props().putAll(props(h)); // SET r += h.props
        }
        names.addAll(byName.values());
        Map<List<String>, Mention> byPair = new LinkedHashMap<>();
        for (Map<String, Object> m : data.mentions()) {
            String entity = (String) m.get("id");
            String source = (String) m.get("source");
            byPair.put(List.of(entity, source), new Mention(entity, source, (String) m.get("excerpt"))); // last wins
        }
        mentions.addAll(byPair.values());
    }

    long nodes() {
        return data.sources().size() + data.entities().size() + names.size();
    }

    long relationships() {
        return names.size() + mentions.size() + data.facts().size() + data.referenceFacts().size();
    }

    Input input() {
        InputIterable nodes = new ListInput(List.of(
                new Part<>(data.sources(), this::source),
                new Part<>(data.entities(), this::entity),
                new Part<>(names, this::name)));
        InputIterable relationships = new ListInput(List.of(
                new Part<>(names, this::hasName),
                new Part<>(mentions, this::mentionedIn),
                new Part<>(data.facts(), this::fact),
                new Part<>(data.referenceFacts(), this::fact)));
        long n = nodes();
        long r = relationships();
        return Input.input(nodes, relationships, IdType.ACTUAL,
                Input.knownEstimates(n, r, n * 5, r * 3, n * 5 * 24, r * 3 * 24, n * 2), new Groups());
    }

    private static Map<String, Integer> index(List<Map<String, Object>> rows) {
        Map<String, Integer> index = new HashMap<>(Validator.capacity(rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            if (index.put((String) rows.get(i).get("id"), i) != null) {
                throw new IllegalStateException("Id '" + rows.get(i).get("id") + "' twice in the validated data set");
            }
        }
        return index;
    }

    private long sourceNode(Object id) {
        return node(sourceIndex, id, 0, "source");
    }

    private long entityNode(Object id) {
        return node(entityIndex, id, firstEntity, "entity");
    }

    /** Validation has checked every reference; a missing one here is a bug, and fails the load before it is used. */
    private static long node(Map<String, Integer> index, Object id, long offset, String what) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalStateException("No " + what + " '" + id + "' in the validated data set");
        }
        return offset + i;
    }

    // ---- one record each; property values are what the Cypher parameters would store ----

    private void source(Map<String, Object> s, InputEntityVisitor v) throws IOException {
        String id = (String) s.get("id");
        v.id(sourceNode(id));
        v.labels(SOURCE);
        v.property("id", text(id));
        properties(props(s), v);
        v.endOfEntity();
    }

    @SuppressWarnings("unchecked")
    private void entity(Map<String, Object> e, InputEntityVisitor v) throws IOException {
        String id = (String) e.get("id");
        List<String> labels = (List<String>) e.get("labels");
        String[] all = new String[labels.size() + 1];
        all[0] = "Entity";
        for (int i = 0; i < labels.size(); i++) {
            all[i + 1] = labels.get(i);
        }
        v.id(entityNode(id));
        v.labels(all);
        v.property("id", text(id));
        properties(props(e), v);
        // In an empty store GraphWriter's alias expression reduces to the given list (never absent).
        v.property("aliases", ((List<String>) e.get("aliases")).toArray(String[]::new));
        v.endOfEntity();
    }

    private void name(NameRecord name, InputEntityVisitor v) throws IOException {
        v.id(firstName + name.index());
        v.labels(NAME);
        v.property("entity", text(name.entity()));
        v.property("value", text(name.value()));
        v.endOfEntity();
    }

    private void hasName(NameRecord name, InputEntityVisitor v) throws IOException {
        v.startId(entityNode(name.entity()));
        v.endId(firstName + name.index());
        v.type("HAS_NAME");
        properties(name.props(), v);
        v.endOfEntity();
    }

    private void mentionedIn(Mention mention, InputEntityVisitor v) throws IOException {
        v.startId(entityNode(mention.entity()));
        v.endId(sourceNode(mention.source()));
        v.type("MENTIONED_IN");
        v.property("excerpt", text(mention.excerpt()));
        v.endOfEntity();
    }

    /** A fact carries its source; a reference fact (no source in the row) carries {@code reference: true}. */
    private void fact(Map<String, Object> f, InputEntityVisitor v) throws IOException {
        v.startId(entityNode(f.get("from")));
        v.endId(entityNode(f.get("to")));
        v.type((String) f.get("type"));
        Object source = f.get("source");
        if (source != null) {
            v.property("source", text((String) source));
        }
        else {
            v.property("reference", true);
        }
        properties(props(f), v);
        v.endOfEntity();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.getOrDefault("props", Map.of());
    }

    /** Row values are Strings and Booleans; a list (never in props today) would be stored as Cypher does, a String[]. */
    private static void properties(Map<String, Object> props, InputEntityVisitor v) {
        for (Map.Entry<String, Object> p : props.entrySet()) {
            Object value = p.getValue() instanceof List<?> list ? list.stream().map(String::valueOf).toArray(String[]::new)
                    : p.getValue() instanceof String string ? text(string) : p.getValue();
            v.property(p.getKey(), value);
        }
    }

    /**
     * A string handed to the importer as Neo4j's value of it. Given a plain String the importer made a UTF-8
     * value of it, which the store then decoded back into a String and encoded again to write it: a JFR of
     * the {@code large} load put a fifth of the batch import's samples in those first two steps. A value
     * wrapping the String is written from the String directly (a null stays null: no property).
     */
    private static Object text(String value) {
        return value == null ? null : Values.stringValue(value);
    }

    // ---- the batch importer's pull interface over in-memory lists ----

    @FunctionalInterface
    private interface Writer<T> {
        void write(T item, InputEntityVisitor visitor) throws IOException;
    }

    private record Part<T>(List<T> items, Writer<T> writer) {

        void write(int index, InputEntityVisitor visitor) throws IOException {
            writer.write(items.get(index), visitor);
        }
    }

    /** Hands out chunks of consecutive records; the importer's reader threads call {@code next} concurrently. */
    private record ListInput(List<Part<?>> parts) implements InputIterable {

        @Override
        public InputIterator iterator() {
            return new InputIterator() {
                private int part;
                private int index;

                @Override
                public InputChunk newChunk() {
                    return new Chunk();
                }

                @Override
                public synchronized boolean next(InputChunk chunk) {
                    while (part < parts.size() && index >= parts.get(part).items().size()) {
                        part++;
                        index = 0;
                    }
                    if (part == parts.size()) {
                        return false;
                    }
                    int end = Math.min(index + CHUNK, parts.get(part).items().size());
                    ((Chunk) chunk).assign(parts.get(part), index, end);
                    index = end;
                    return true;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static final class Chunk implements InputChunk {
        private Part<?> part;
        private int next;
        private int end;

        void assign(Part<?> part, int from, int to) {
            this.part = part;
            this.next = from;
            this.end = to;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (next >= end) {
                return false;
            }
            part.write(next++, visitor);
            return true;
        }

        @Override
        public void close() {
        }
    }
}
