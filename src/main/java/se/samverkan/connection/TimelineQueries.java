package se.samverkan.connection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.Evidence;
import se.samverkan.entity.FactFilters;
import se.samverkan.entity.FactTime;
import se.samverkan.entity.PartialDates;
import se.samverkan.shared.NotFoundException;

/**
 * Reads the dated facts and names of a few entities for a timeline, in one read transaction. An undated fact
 * is placed at the date its source stated it (a dataset's {@code statedIn}, else its source's retrieval or
 * publication date), except containment and topic links, which say nothing about when cooperation happened.
 */
@Component
@Transactional(readOnly = true)
class TimelineQueries {

    /** A partial ISO date as the model stores them; anything else in {@code statedIn} is ignored. */
    static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);

    /** Facts whose being undated says nothing about time: containment and topics. */
    static final List<String> TIMELESS = List.of("LOCATED_IN", "PART_OF", "ABOUT", "INTERESTED_IN");

    private static final String KNOWN = """
            MATCH (n:Entity) WHERE n.id IN $ids
            RETURN collect(n.id) AS known""";

    /** The entities asked about themselves. */
    private static final String OWN = "UNWIND $ids AS id\nMATCH (n:Entity {id: id})\n";

    /** The entities asked about and everything located within them, as the connection question counts a place. */
    private static final String WITHIN = """
            UNWIND $ids AS id
            MATCH (:Entity {id: id})<-[:LOCATED_IN*0..12]-(x:Entity)
            WITH DISTINCT x AS n
            """;

    private static final String FACTS = """
            %s\
            MATCH (n)-[r]-(:Entity)
            WHERE NOT coalesce(r.reference, false) AND %s
            WITH DISTINCT r
            OPTIONAL MATCH (s:Source {id: r.source})
            WITH r, s, coalesce(r.from, r.date, r.until) AS dated,
                 CASE WHEN r.statedIn =~ $datePattern THEN r.statedIn ELSE coalesce(s.retrieved, s.published) END AS said
            WITH r, s, dated, CASE WHEN dated IS NULL AND NOT type(r) IN $timeless THEN said END AS stated
            WHERE dated IS NOT NULL OR (stated IS NOT NULL
                  AND ($fromYear IS NULL OR toInteger(left(stated, 4)) >= $fromYear)
                  AND ($toYear IS NULL OR toInteger(left(stated, 4)) <= $toYear))
            WITH r, s, stated, coalesce(dated, stated) AS start, startNode(r) AS a, endNode(r) AS b
            ORDER BY start, elementId(r)
            WITH collect({id: elementId(r), type: type(r), props: properties(r), stated: stated, from: %s, to: %s,
                          source: properties(s)}) AS items
            RETURN size(items) AS total, items[0..$first] AS items""";

    private static final String NAMES = """
            %s\
            MATCH (n)-[h:HAS_NAME]->(nm:Name)
            WHERE (h.from IS NOT NULL OR h.until IS NOT NULL) AND %s
            OPTIONAL MATCH (s:Source {id: h.source})
            RETURN elementId(h) AS id, %s AS e, nm.value AS name, properties(h) AS props, properties(s) AS source
            """;

    /** The two queries for one choice of entities; constant fragments, never built from input. */
    private record Queries(String facts, String names) {

        static Queries of(String subjects) {
            return new Queries(FACTS.formatted(subjects, FactFilters.yearsOverlap("r"), EntityRecord.projection("a"),
                    EntityRecord.projection("b")), NAMES.formatted(subjects, FactFilters.yearsOverlap("h"),
                            EntityRecord.projection("n")));
        }
    }

    private static final Queries OWN_QUERIES = Queries.of(OWN);
    private static final Queries WITHIN_QUERIES = Queries.of(WITHIN);

    private final Neo4jClient client;

    TimelineQueries(Neo4jClient client) {
        this.client = client;
    }

    Timeline timeline(TimelineQuery query) {
        List<String> known = client.query(KNOWN).bind(query.ids()).to("ids").fetchAs(Known.class)
                .mappedBy((types, row) -> new Known(row.get("known").asList(Value::asString))).one()
                .map(Known::ids).orElse(List.of());
        List<String> unknown = query.ids().stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new NotFoundException("No entity with id " + String.join(", ", unknown));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", query.ids());
        params.put("fromYear", query.fromYear());
        params.put("toYear", query.toYear());
        params.put("first", query.first());
        params.put("datePattern", DATE);
        params.put("timeless", TIMELESS);
        Queries queries = query.within() ? WITHIN_QUERIES : OWN_QUERIES;
        FactRows facts = client.query(queries.facts()).bindAll(params).fetchAs(FactRows.class)
                .mappedBy((types, row) -> new FactRows(row.get("total").asInt(),
                        row.get("items").asList(TimelineQueries::fact)))
                .one().orElse(new FactRows(0, List.of()));
        List<TimelineItem> names = new ArrayList<>(client.query(queries.names()).bindAll(params).fetchAs(TimelineItem.class)
                .mappedBy((types, row) -> name(row.get("id").asString(), EntityRecord.from(row.get("e").asMap()),
                        row.get("name").asString(), row.get("props").asMap(), row.get("source")))
                .all());
        List<TimelineItem> items = new ArrayList<>(facts.items());
        items.addAll(names);
        items.sort(ORDER);
        return new Timeline(items.stream().limit(query.first()).toList(), facts.total() + names.size());
    }

    /**
     * Earliest first (an item of unknown start at its end); a year before a day in that year; then by id, for a
     * stable order.
     */
    static final Comparator<TimelineItem> ORDER = Comparator
            .comparing((TimelineItem i) -> i.start() != null ? i.start() : i.end())
            .thenComparing(i -> i.end() == null ? "9999" : i.end()).thenComparing(TimelineItem::id);

    private record Known(List<String> ids) {
    }

    private record FactRows(int total, List<TimelineItem> items) {
    }

    private static TimelineItem fact(Value row) {
        Map<String, Object> props = row.get("props").asMap();
        Map<String, Object> source = row.get("source").isNull() ? null : row.get("source").asMap();
        FactTime time = FactTime.of(props);
        Evidence evidence = Evidence.of(props.get("source"), props.get("excerpt"), props.get("reference"), source);
        EntityRecord from = EntityRecord.from(row.get("from").asMap());
        EntityRecord to = EntityRecord.from(row.get("to").asMap());
        String id = row.get("id").asString();
        String relation = row.get("type").asString();
        String role = props.get("role") instanceof String r ? r : null;
        String stated = row.get("stated").isNull() ? null : row.get("stated").asString();
        if (stated != null && DATE_PATTERN.matcher(stated).matches()) {
            boolean inferred = source != null && stated.equals(source.get("published"))
                    && Boolean.TRUE.equals(source.get("publishedInferred"));
            return new TimelineItem(id, TimelineItem.Kind.STATED, relation, from, to, null, role, time, stated,
                    stated, stated, PartialDates.precision(stated), inferred, evidence);
        }
        return dated(id, TimelineItem.Kind.FACT, relation, from, to, null, role, time, evidence);
    }

    private static TimelineItem name(String id, EntityRecord entity, String name, Map<String, Object> props,
            Value source) {
        FactTime time = FactTime.of(props);
        Evidence evidence = Evidence.of(props.get("source"), props.get("excerpt"), null,
                source.isNull() ? null : source.asMap());
        return dated(id, TimelineItem.Kind.NAME, "HAS_NAME", entity, null, name, null, time, evidence);
    }

    /** A period from..until (ongoing without until), a point at its date, or a period of unknown start. */
    private static TimelineItem dated(String id, TimelineItem.Kind kind, String relation, EntityRecord from,
            EntityRecord to, String name, String role, FactTime time, Evidence evidence) {
        String start = time.from() != null ? time.from() : time.date();
        String end = time.from() != null ? time.until() : time.date() != null ? time.date() : time.until();
        return new TimelineItem(id, kind, relation, from, to, name, role, time, null, start, end, time.precision(),
                time.inferred(), evidence);
    }
}
