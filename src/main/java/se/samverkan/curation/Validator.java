package se.samverkan.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

import se.samverkan.shared.BadRequestException;
import se.samverkan.entity.EntityType;
import se.samverkan.entity.PartialDates;

/**
 * Checks every row of an import (or of one mutation) before anything is written, and turns the rows into
 * Cypher parameters. Row by row: record kind, columns that apply, required values, lengths, dates,
 * vocabulary, personal data. Across rows and against the store: duplicates, and that every entity and
 * source referred to exists in the import or already in the store, with types a relation allows.
 */
public final class Validator {

    private static final Pattern SOURCE_ID = Pattern.compile("[^\\s\\p{Cntrl}](?:[^\\p{Cntrl}]*[^\\s\\p{Cntrl}])?");
    private static final int MAX_ID = 200;
    /** Fewer rows than this are checked against each other on one thread: a second one would not pay. */
    private static final int ROWS_FOR_TWO_THREADS = 100_000;
    private static final Set<String> FREE_TEXT = Set.of("name", "description", "aliases", "excerpt", "role", "title",
            "venue", "kind", "status", "publisher", "language");

    private final int maxFieldLength;
    private final List<Problem> problems = new ArrayList<>();

    public Validator(int maxFieldLength) {
        this.maxFieldLength = maxFieldLength;
    }

    /** Validates and converts, or throws a {@link ValidationException} listing at most {@code maxReported} problems. */
    public Dataset validate(List<Row> rows, List<Problem> readProblems, Lookup store, int maxReported) {
        Checked checked = check(rows, maxFieldLength);
        Keys keys = new Keys();
        keys.add(checked);
        return validateChecked(List.of(checked), keys, readProblems, store, maxReported);
    }

    /** The rows of one part of an import that passed the checks of a single row, and the problems of the rest. */
    public record Checked(List<Row> ok, List<Problem> problems) {
    }

    /**
     * The checks of each row on its own, which need no other row: a large load runs them for one file on
     * another thread while the next file is read.
     */
    public static Checked check(List<Row> rows, int maxFieldLength) {
        Validator validator = new Validator(maxFieldLength);
        List<Row> ok = new ArrayList<>();
        for (Row row : rows) {
            if (validator.checkRow(row)) {
                ok.add(row);
            }
        }
        return new Checked(ok, validator.problems);
    }

    /**
     * As {@link #validate(List, List, Lookup, int)} for rows already {@link #check checked} and
     * {@link Keys#add keyed}, given in the order they were read; the problems are listed in the same order as
     * if it had all been done here.
     */
    public Dataset validateChecked(List<Checked> checked, Keys keys, List<Problem> readProblems, Lookup store,
            int maxReported) {
        problems.addAll(readProblems);
        List<Row> ok = new ArrayList<>(checked.stream().mapToInt(c -> c.ok().size()).sum());
        for (Checked part : checked) {
            problems.addAll(part.problems());
            ok.addAll(part.ok());
        }
        problems.addAll(keys.problems);
        Dataset dataset = crossCheck(ok, keys, store);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.subList(0, Math.min(maxReported, problems.size())), problems.size());
        }
        return dataset;
    }

    // ---- one row ----

    private boolean checkRow(Row row) {
        int before = problems.size();
        Kind kind = row.kind();
        if (kind == null) {
            problems.add(row.problem(Format.RECORD, row.text(Format.RECORD) == null ? "is empty"
                    : "must be one of source, entity, name, mention, relation; got '" + row.text(Format.RECORD) + "'"));
            return false;
        }
        for (String column : row.values().keySet()) {
            if (!Format.ALLOWED.get(kind).contains(column)) {
                problems.add(row.problem(column, "does not apply to " + a(kind) + " record; leave it empty"));
            }
        }
        for (String column : Format.REQUIRED.get(kind)) {
            if (!row.has(column)) {
                problems.add(row.problem(column, "must not be empty: it is required for " + a(kind) + " record"));
            }
        }
        for (Map.Entry<String, Object> e : row.values().entrySet()) {
            checkValue(row, e.getKey(), e.getValue());
        }
        switch (kind) {
            case SOURCE -> checkSource(row);
            case ENTITY -> checkEntity(row);
            case RELATION -> checkRelation(row);
            case NAME, MENTION -> checkEntityId(row, "id");
        }
        if (row.has("from") && row.has("until") && problems.size() == before
                && PartialDates.startsAfterEnd(row.text("from"), row.text("until"))) {
            problems.add(row.problem("until", "is before from (" + row.text("from") + ")"));
        }
        return problems.size() == before;
    }

    private void checkValue(Row row, String column, Object value) {
        // Each value on its own, not wrapped in a list: this runs for every value of millions of rows.
        boolean freeText = FREE_TEXT.contains(column);
        if (value instanceof String text) {
            checkText(row, column, text, freeText);
        }
        else if (value instanceof List<?> list) {
            for (Object text : list) {
                checkText(row, column, String.valueOf(text), freeText);
            }
        }
        if (Format.DATES.contains(column) && value instanceof String s) {
            try {
                PartialDates.requireValid(s, column);
            }
            catch (BadRequestException e) {
                problems.add(row.problem(column, e.getMessage().substring(column.length() + 1)));
            }
        }
    }

    private void checkText(Row row, String column, String text, boolean freeText) {
        if (text.length() > maxFieldLength) {
            problems.add(row.problem(column, "is " + text.length() + " characters long; at most " + maxFieldLength
                    + " are accepted (samverkan.import.max-field-length)"));
        }
        if (freeText) {
            String personal = PersonalData.find(text);
            if (personal != null) {
                problems.add(row.problem(column, "contains " + personal
                        + "; personal contact data is not stored in Samverkan"));
            }
        }
        if (column.equals("aliases") && text.contains("|")) {
            problems.add(row.problem(column, "an alias cannot contain '|'"));
        }
    }

    private void checkSource(Row row) {
        String id = row.text("id");
        if (id != null && (id.length() > MAX_ID || !SOURCE_ID.matcher(id).matches())) {
            problems.add(row.problem("id", "a source id is 1 to " + MAX_ID + " printable characters without surrounding"
                    + " spaces (usually the document's file name), got '" + id + "'"));
        }
        if (!row.has("publisher") && !row.has("url")) {
            problems.add(row.problem("publisher", "a source needs a publisher or a url"));
        }
        String url = row.text("url");
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            problems.add(row.problem("url", "must be an http(s) URL, got '" + url + "'"));
        }
    }

    private void checkEntity(Row row) {
        checkEntityId(row, "id");
        String typeName = row.text("type");
        EntityType type = Vocabulary.entityType(typeName);
        if (typeName != null && type == null) {
            problems.add(row.problem("type", "unknown entity type '" + typeName + "'; use one of " + Vocabulary.entityTypes()));
            return;
        }
        if (type == EntityType.PLACE) {
            String kind = row.text("kind");
            if (kind == null || !Vocabulary.PLACE_KINDS.containsKey(kind.toLowerCase(Locale.ROOT))) {
                problems.add(row.problem("kind", "a place's kind must be one of "
                        + String.join(", ", new java.util.TreeSet<>(Vocabulary.PLACE_KINDS.keySet()))
                        + (kind == null ? "" : "; got '" + kind + "'")));
            }
        }
        Set<String> attributes = type == null ? Set.of() : Vocabulary.ATTRIBUTES.getOrDefault(type, Set.of());
        for (String column : List.of("status", "signed", "renewed", "valid_from", "valid_until", "venue", "date", "from",
                "until", "inferred")) {
            if (row.has(column) && type != null && !attributes.contains(Format.property(column))) {
                problems.add(row.problem(column, "does not apply to a " + type.label()));
            }
        }
        if (row.has("source") != row.has("excerpt")) {
            problems.add(row.problem(row.has("source") ? "excerpt" : "source",
                    "source and excerpt go together: the excerpt is what the source says about the entity"));
        }
    }

    private void checkRelation(Row row) {
        checkEntityId(row, "from_id");
        checkEntityId(row, "to_id");
        String type = row.text("type");
        if (type != null && !Vocabulary.RELATIONS.containsKey(type)) {
            problems.add(row.problem("type", "unknown relation type '" + type + "'; use one of "
                    + String.join(", ", Vocabulary.RELATIONS.keySet())));
        }
        if (row.flag("reference")) {
            if (row.has("source") || row.has("excerpt")) {
                problems.add(row.problem("reference", "reference data has no source or excerpt"));
            }
        }
        else {
            if (!row.has("source")) {
                problems.add(row.problem("source", "every fact needs a source (or reference=true for reference geography)"));
            }
            if (!row.has("excerpt")) {
                problems.add(row.problem("excerpt", "every fact needs an excerpt: what the source says"));
            }
        }
    }

    private void checkEntityId(Row row, String column) {
        String id = row.text(column);
        if (id != null && (id.length() > MAX_ID || !isEntityId(id))) {
            problems.add(row.problem(column, "an entity id looks like 'org:dalarna-science-park' (lower-case prefix, colon,"
                    + " no spaces, at most " + MAX_ID + " characters), got '" + id + "'"));
        }
    }

    /**
     * Whether {@code id} matches {@code [a-z][a-z0-9-]*:[^\s|]+}, written out: a relation row has two entity
     * ids, and matching them with a regex was a tenth of the validation of a large load.
     */
    static boolean isEntityId(String id) {
        int n = id.length();
        int i = 0;
        if (n == 0 || !lowerLetter(id.charAt(i++))) {
            return false;
        }
        while (i < n && (lowerLetter(id.charAt(i)) || id.charAt(i) >= '0' && id.charAt(i) <= '9' || id.charAt(i) == '-')) {
            i++;
        }
        if (i == n || id.charAt(i++) != ':' || i == n) {
            return false;
        }
        for (; i < n; i++) {
            char c = id.charAt(i);
            // \s without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]
            if (c == '|' || c == ' ' || c >= '\t' && c <= '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String a(Kind kind) {
        return (kind == Kind.ENTITY ? "an " : "a ") + kind.value();
    }

    // ---- across rows and against the store ----

    /** A hash table capacity that holds {@code n} entries without growing. */
    public static int capacity(int n) {
        return (int) Math.min(1 << 30, n / 0.75 + 1);
    }

    /**
     * Sources, entities and facts of an import by their keys, to find a row that repeats an earlier one (an
     * identical one is written once, another with the same key is a problem), and the rows converted: the
     * part of the work across rows that needs only the rows before. Fed with the checked rows in the order
     * they were read (a large load does it for each file on the thread that checked it).
     */
    public static final class Keys {

        private final Map<String, Row> sources = new LinkedHashMap<>();
        private final Map<String, Row> entities = new LinkedHashMap<>();
        private final Map<String, EntityType> types = new HashMap<>();
        private final FactIndex facts = new FactIndex();
        private final List<Problem> problems = new ArrayList<>();
        /** Dropped at the first problem: the rows will not be written, so converting them is waste. */
        private Conversion conversion = new Conversion();

        public void add(Checked part) {
            if (!part.problems().isEmpty()) {
                conversion = null;
            }
            for (Row row : part.ok()) {
                boolean repeated = switch (row.kind()) {
                    case SOURCE -> unique(sources, row.text("id"), row, "source");
                    case ENTITY -> {
                        types.putIfAbsent(row.text("id"), Vocabulary.entityType(row.text("type")));
                        yield unique(entities, row.text("id"), row, "entity");
                    }
                    case RELATION -> {
                        Row earlier = facts.putIfAbsent(row);
                        if (earlier != null && !earlier.values().equals(row.values())) {
                            problems.add(row.problem(null, "the same fact (from_id, type, to_id, source) is on line "
                                    + earlier.line() + " with other values"));
                        }
                        yield earlier != null;
                    }
                    default -> false;
                };
                if (!problems.isEmpty()) {
                    conversion = null;
                }
                if (conversion != null) {
                    conversion.add(row, repeated);
                }
            }
        }

        /** Whether an earlier row has the same id; one with other values is also a problem. */
        private boolean unique(Map<String, Row> seen, String id, Row row, String what) {
            Row earlier = seen.putIfAbsent(id, row);
            if (earlier != null && !earlier.values().equals(row.values())) {
                problems.add(row.problem("id", "the " + what + " '" + id + "' is already defined on line "
                        + earlier.line() + (Objects.equals(earlier.file(), row.file()) ? "" : " of " + earlier.file())
                        + " with other values"));
            }
            return earlier != null;
        }
    }

    private Dataset crossCheck(List<Row> rows, Keys keys, Lookup store) {
        Map<String, Row> sources = keys.sources;
        Map<String, Row> entities = keys.entities;
        Map<String, EntityType> types = keys.types;
        Map<String, EntityType> stored = Map.of();
        Set<String> storedSources = Set.of();
        // The empty store of an initial load knows nothing: it is not asked, and its millions of facts are not
        // looked through for it.
        if (store != Lookup.EMPTY) {
            // The store is asked only about what it can answer: the type of every entity of the import (it may
            // already be stored as another type), and the entities and sources referred to but not given here.
            Set<String> otherEntities = new HashSet<>();
            Set<String> otherSources = new HashSet<>();
            for (Row row : rows) {
                switch (row.kind()) {
                    case NAME, MENTION -> notIn(entities, row.text("id"), otherEntities);
                    case RELATION -> {
                        notIn(entities, row.text("from_id"), otherEntities);
                        notIn(entities, row.text("to_id"), otherEntities);
                    }
                    default -> {
                    }
                }
                if (row.has("source")) {
                    notIn(sources, row.text("source"), otherSources);
                }
            }
            List<String> entityRefs = new ArrayList<>(entities.size() + otherEntities.size());
            entityRefs.addAll(entities.keySet());
            entityRefs.addAll(otherEntities);
            stored = store.entityTypes(entityRefs);
            storedSources = store.existingSources(otherSources);
        }
        for (Row row : entities.values()) {
            EntityType before = stored.get(row.text("id"));
            if (before != null && before != types.get(row.text("id"))) {
                problems.add(row.problem("type", "'" + row.text("id") + "' is already stored as a " + before.label()
                        + "; an entity's type cannot change"));
            }
        }
        for (Map.Entry<String, EntityType> e : stored.entrySet()) {
            types.putIfAbsent(e.getKey(), e.getValue());
        }
        List<References> parts = checkReferences(rows, sources, storedSources, types, entities.size());
        for (References part : parts) {
            problems.addAll(part.problems());
        }
        for (Row row : entities.values()) {
            String id = row.text("id");
            if (!stored.containsKey(id) && !mentioned(parts, id) && types.get(id) != EntityType.PLACE) {
                problems.add(row.problem("source", "a new entity needs a source: give source and excerpt, or a mention"
                        + " record (only places may be reference geography without one)"));
            }
        }
        return problems.isEmpty() ? keys.conversion.dataset() : null;
    }

    /** What checking the references of some rows found: their problems in row order, the entities they mention. */
    private record References(List<Problem> problems, Set<String> mentioned) {
    }

    /**
     * Checks that the sources and entities the rows refer to exist, with types their relations allow. The
     * rows of a large import are checked in two halves on two threads: on one thread this held a load's
     * second core idle for about 4 s at {@code large}. Only reads the maps it is given; each half has its own
     * problems, listed first half first, so they come in row order as from one thread.
     */
    private static List<References> checkReferences(List<Row> rows, Map<String, Row> sources,
            Set<String> storedSources, Map<String, EntityType> types, int entities) {
        if (rows.size() < ROWS_FOR_TWO_THREADS) {
            return List.of(checkPart(rows, sources, storedSources, types, capacity(entities)));
        }
        int half = rows.size() / 2;
        CompletableFuture<References> second = CompletableFuture.supplyAsync(() -> checkPart(
                rows.subList(half, rows.size()), sources, storedSources, types, capacity(entities / 2)));
        References first = checkPart(rows.subList(0, half), sources, storedSources, types,
                capacity(entities / 2));
        try {
            return List.of(first, second.join());
        }
        catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static boolean mentioned(List<References> parts, String id) {
        for (References part : parts) {
            if (part.mentioned().contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static References checkPart(List<Row> rows, Map<String, Row> sources, Set<String> storedSources,
            Map<String, EntityType> types, int capacity) {
        List<Problem> problems = new ArrayList<>();
        Set<String> mentioned = new HashSet<>(capacity);
        for (Row row : rows) {
            if (row.has("source") && !sources.containsKey(row.text("source"))
                    && !storedSources.contains(row.text("source"))) {
                problems.add(row.problem("source", "unknown source '" + row.text("source")
                        + "'; add a source record for it or use the id of a stored source"));
            }
            switch (row.kind()) {
                case NAME, MENTION -> {
                    known(row, "id", types, problems);
                    mentioned.add(row.text("id"));
                }
                case ENTITY -> {
                    if (row.has("source")) {
                        mentioned.add(row.text("id"));
                    }
                }
                case RELATION -> checkEnds(row, types, problems);
                default -> {
                }
            }
        }
        return new References(problems, mentioned);
    }

    private static void notIn(Map<String, Row> given, String id, Set<String> others) {
        if (!given.containsKey(id)) {
            others.add(id);
        }
    }

    private static EntityType known(Row row, String column, Map<String, EntityType> types, List<Problem> problems) {
        EntityType type = types.get(row.text(column));
        if (type == null) {
            problems.add(row.problem(column, "unknown entity '" + row.text(column)
                    + "'; add an entity record for it or use the id of a stored entity"));
        }
        return type;
    }

    private static void checkEnds(Row row, Map<String, EntityType> types, List<Problem> problems) {
        EntityType a = known(row, "from_id", types, problems);
        EntityType b = known(row, "to_id", types, problems);
        if (a == null || b == null) {
            return;
        }
        Vocabulary.Allowed allowed = Vocabulary.RELATIONS.get(row.text("type"));
        if (!allowed.from().contains(a) || !allowed.to().contains(b)) {
            problems.add(row.problem("type", row.text("type") + " does not go from a " + a.label() + " to a "
                    + b.label() + "; it goes from " + Vocabulary.name(allowed.from()) + " to "
                    + Vocabulary.name(allowed.to())));
        }
    }

    // ---- conversion ----

    /**
     * The rows as Cypher parameters, made row by row as they are keyed (whether a row repeats an earlier
     * one is known then), so a large load makes them on the thread that checks the rows; used only when
     * validation finds no problem.
     */
    private static final class Conversion {

        private final List<Map<String, Object>> sources = new ArrayList<>();
        private final List<Map<String, Object>> entities = new ArrayList<>();
        private final List<Map<String, Object>> names = new ArrayList<>();
        private final List<Map<String, Object>> mentions = new ArrayList<>();
        private final List<Map<String, Object>> facts = new ArrayList<>();
        private final List<Map<String, Object>> reference = new ArrayList<>();
        private final Set<Object> seenNamesAndMentions = new HashSet<>();
        /**
         * Key arrays shared by the maps made here with the same keys: a fact's map and its properties were
         * four arrays, two of them keys that millions of facts have alike, all copied by the collector.
         */
        private final CompactMap.KeySets keySets = new CompactMap.KeySets();

        void add(Row row, boolean repeated) {
            Kind kind = row.kind();
            boolean again = kind == Kind.NAME || kind == Kind.MENTION
                    ? !seenNamesAndMentions.add(List.of(kind, row.values())) : repeated;
            if (again) {
                return; // an identical record twice is written once
            }
            switch (kind) {
                case SOURCE -> {
                    CompactMap.Builder props = props(row, "title", "publisher", "url", "published", "language", "kind",
                            "version", "retrieved", "licence");
                    if (row.has("inferred")) {
                        props.put("publishedInferred", row.flag("inferred"));
                    }
                    sources.add(map("id", row.text("id"), "props", props.build(keySets)));
                }
                case ENTITY -> {
                    EntityType type = Vocabulary.entityType(row.text("type"));
                    Map<String, Object> props = props(row, "name", "kind", "description", "status", "signed", "renewed",
                            "valid_from", "valid_until", "venue", "date", "from", "until", "inferred").build(keySets);
                    entities.add(map("id", row.text("id"), "labels", Vocabulary.labels(type, row.text("kind")),
                            "props", props, "aliases", row.list("aliases")));
                    if (row.has("source")) {
                        mentions.add(map("id", row.text("id"), "source", row.text("source"), "excerpt", row.text("excerpt")));
                    }
                }
                case NAME -> names.add(map("id", row.text("id"), "name", row.text("name"),
                        "props", props(row, "from", "until", "source", "excerpt").build(keySets)));
                case MENTION -> mentions.add(map("id", row.text("id"), "source", row.text("source"),
                        "excerpt", row.text("excerpt")));
                case RELATION -> {
                    Map<String, Object> props = props(row, "role", "title", "status", "date", "from", "until", "inferred",
                            "excerpt", "budget", "row", "from_key", "to_key", "stated_in", "no_longer_stated").build(keySets);
                    CompactMap.Builder fact = CompactMap.builder(5).put("from", row.text("from_id"))
                            .put("type", row.text("type")).put("to", row.text("to_id")).put("props", props);
                    if (row.flag("reference")) {
                        reference.add(fact.build(keySets));
                    }
                    else {
                        facts.add(fact.put("source", row.text("source")).build(keySets));
                    }
                }
            }
        }

        /** {@code Map.of(k1, v1, …)} with its keys shared (a {@code Map.of} keeps a hash table of keys and values). */
        private Map<String, Object> map(Object... keysAndValues) {
            CompactMap.Builder map = CompactMap.builder(keysAndValues.length / 2);
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put((String) keysAndValues[i], Objects.requireNonNull(keysAndValues[i + 1]));
            }
            return map.build(keySets);
        }

        Dataset dataset() {
            return new Dataset(sources, entities, names, mentions, facts, reference);
        }
    }

    /** Stored properties of the given columns; absent values are left out so an upsert never erases. */
    private static CompactMap.Builder props(Row row, String... columns) {
        CompactMap.Builder props = CompactMap.builder(row.values().size());
        for (String column : columns) {
            props.put(Format.property(column), row.values().get(column));
        }
        return props;
    }
}
