package se.samverkan.listing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.ReadOnlyTransactions;
import se.samverkan.entity.Cursor;
import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;
import se.samverkan.entity.FactFilters;
import se.samverkan.entity.Page;
import se.samverkan.resolution.EntityResolver;
import se.samverkan.search.TextQuery;

/**
 * Lists the entities of one type sorted by (name, id), with keyset pagination: the next page seeks
 * past the last (name, id) seen rather than skipping rows.
 */
@Component
@Transactional(readOnly = true)
public class ListingQueries {

    /**
     * Where an entity is: where it is located or held, where it works, or where a
     * party, partner or runner of it is located; then up the containment hierarchy.
     */
    private static final String WITHIN = """
            ($place IS NULL
             OR EXISTS { MATCH (n)-[:LOCATED_IN|HELD_IN|WORKS_AT]->()-[:LOCATED_IN*0..12]->(:Entity {id: $place}) }
             OR EXISTS { MATCH (n)<-[:PARTY_TO|PARTNER_IN|RUNS]-()-[:LOCATED_IN*0..12]->(:Entity {id: $place}) })""";

    /** Overlap of the entity's own dates with the years; undated entities drop out when a year is given. */
    private static final String YEARS = """
            (($fromYear IS NULL AND $toYear IS NULL)
             OR (coalesce(n.from, n.date, n.validFrom, n.signed, n.renewed) IS NOT NULL
                 AND coalesce(toInteger(left(coalesce(n.until, n.date, n.validUntil, n.renewed, n.signed), 4)) >= $fromYear, true)
                 AND coalesce(toInteger(left(coalesce(n.from, n.date, n.validFrom, n.signed, n.renewed), 4)) <= $toYear, true)))""";

    private static final String OWN_FILTERS = """
            ($kind IS NULL OR toLower(n.kind) = toLower($kind))
              AND %s""".formatted(YEARS);

    private static final String FILTERS = OWN_FILTERS + "\n  AND " + WITHIN;

    /**
     * The entities of one type {@link #WITHIN} a place, found by walking down from the place: everything
     * located in it, then what is located, held or working there or has a party, partner or runner there.
     * Checking containment upwards from every entity of the type costs the whole type (seconds for a
     * country at a million nodes); walking down costs what the place contains.
     */
    private static final String IN_PLACE = """
            MATCH (p:Entity {id: $place})
            CALL (p) {
              MATCH (x:Entity)-[:LOCATED_IN*0..12]->(p)
              WITH DISTINCT x
              CALL (x) {
                MATCH (n:Entity:%1$s)-[:LOCATED_IN|HELD_IN|WORKS_AT]->(x) RETURN n
                UNION
                MATCH (n:Entity:%1$s)<-[:PARTY_TO|PARTNER_IN|RUNS]-(x) RETURN n
              }
              RETURN DISTINCT n
            }""";

    private static final String KEYSET = """
            ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))""";

    /** Per type, because a label cannot be a parameter in MATCH; the label comes from the enum. */
    private static final Map<EntityType, String> PAGE = new EnumMap<>(EntityType.class);
    private static final Map<EntityType, String> COUNT = new EnumMap<>(EntityType.class);
    private static final Map<EntityType, String> PLACE_PAGE = new EnumMap<>(EntityType.class);
    private static final Map<EntityType, String> PLACE_COUNT = new EnumMap<>(EntityType.class);

    private static final String TEXT_PAGE = """
            CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node AS n
            WHERE $label IN labels(n) AND %s AND %s
            WITH n ORDER BY n.name, n.id LIMIT $limit
            RETURN %s AS e""".formatted(FILTERS, KEYSET, EntityRecord.projection("n"));

    private static final String TEXT_COUNT = """
            CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node AS n
            WHERE $label IN labels(n) AND %s
            RETURN count(n) AS total""".formatted(FILTERS);

    static {
        for (EntityType type : EntityType.values()) {
            PAGE.put(type, """
                    MATCH (n:Entity:%s)
                    WHERE %s AND %s
                    WITH n ORDER BY n.name, n.id LIMIT $limit
                    RETURN %s AS e""".formatted(type.label(), FILTERS, KEYSET, EntityRecord.projection("n")));
            COUNT.put(type, """
                    MATCH (n:Entity:%s)
                    WHERE %s
                    RETURN count(n) AS total""".formatted(type.label(), FILTERS));
            String inPlace = IN_PLACE.formatted(type.label());
            PLACE_PAGE.put(type, """
                    %s
                    WITH n WHERE %s AND %s
                    WITH n ORDER BY n.name, n.id LIMIT $limit
                    RETURN %s AS e""".formatted(inPlace, OWN_FILTERS, KEYSET, EntityRecord.projection("n")));
            PLACE_COUNT.put(type, """
                    %s
                    WITH n WHERE %s
                    RETURN count(n) AS total""".formatted(inPlace, OWN_FILTERS));
        }
    }

    private final Neo4jClient client;
    private final EntityResolver resolver;
    private final ReadOnlyTransactions readOnly;

    ListingQueries(Neo4jClient client, EntityResolver resolver, ReadOnlyTransactions readOnly) {
        this.client = client;
        this.resolver = resolver;
        this.readOnly = readOnly;
    }

    Page<EntityRecord> list(EntityType type, EntityFilter filter, int first, String after) {
        EntityFilter f = filter == null ? EntityFilter.NONE : filter;
        FactFilters.checkYears(f.fromYear(), f.toYear());
        List<String> key = Cursor.decode(after, 2);
        Map<String, Object> params = new HashMap<>();
        params.put("label", type.label());
        params.put("kind", blankToNull(f.kind()));
        params.put("place", f.locatedIn() == null ? null
                : resolver.resolve(f.locatedIn(), "filter.locatedIn", List.of(EntityType.PLACE)).id());
        params.put("fromYear", f.fromYear());
        params.put("toYear", f.toYear());
        params.put("afterName", key == null ? null : key.get(0));
        params.put("afterId", key == null ? null : key.get(1));
        params.put("limit", first + 1);
        boolean text = blankToNull(f.text()) != null;
        if (text) {
            params.put("text", TextQuery.all(f.text()));
        }
        boolean inPlace = !text && params.get("place") != null;
        String pageQuery = text ? TEXT_PAGE : inPlace ? PLACE_PAGE.get(type) : PAGE.get(type);
        List<EntityRecord> rows = List.copyOf(client.query(pageQuery).bindAll(params)
                .fetchAs(EntityRecord.class)
                .mappedBy((t, row) -> EntityRecord.from(row.get("e").asMap()))
                .all());
        String countQuery = text ? TEXT_COUNT : inPlace ? PLACE_COUNT.get(type) : COUNT.get(type);
        return Page.of(rows, first, after != null, e -> Cursor.encode(e.name(), e.id()),
                () -> readOnly.execute(() -> client.query(countQuery).bindAll(params)
                        .fetchAs(Long.class).mappedBy((t, row) -> row.get("total").asLong())
                        .one().orElse(0L).intValue()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
