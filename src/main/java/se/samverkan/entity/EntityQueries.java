package se.samverkan.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.shared.ReadOnlyTransactions;

/** Reads entities, their facts and mentions. Every method runs in a read transaction. */
@Component
@Transactional(readOnly = true)
public class EntityQueries {

    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN %s AS e""".formatted(EntityRecord.projection("n"));

    /** Which facts of {@code n} a client asked for, as {@code r} to {@code m}. */
    private static final String RELATION_FILTER = """
            WHERE ($types IS NULL OR type(r) IN $types)
              AND ($direction = 'BOTH'
                   OR ($direction = 'OUTGOING' AND startNode(r) = n)
                   OR ($direction = 'INCOMING' AND endNode(r) = n))
              AND %s""".formatted(FactFilters.yearsOverlap("r"));

    /** One page of facts of {@code n} after the cursor, each with its source node's properties. */
    private static final String RELATION_PAGE = """
            MATCH (n)-[r]-(m:Entity)
            %s
              AND ($afterType IS NULL OR type(r) > $afterType
                   OR (type(r) = $afterType AND (m.name > $afterName
                       OR (m.name = $afterName AND elementId(r) > $afterId))))
            WITH n, r, m ORDER BY type(r), m.name, elementId(r) LIMIT $limit
            OPTIONAL MATCH (s:Source {id: r.source})
            RETURN collect({id: elementId(r), type: type(r), outgoing: startNode(r) = n, props: properties(r),
                            other: %s, source: properties(s)}) AS relations""".formatted(RELATION_FILTER,
            EntityRecord.projection("m"));

    /**
     * An entity with one page of its facts and their sources, in one query and one transaction: what
     * {@code entity(id) { … relations { … evidence { source { … } } } }} needs. Parameters: {@code id} and
     * those of a relation page.
     */
    private static final String ENTITY_WITH_RELATIONS = """
            MATCH (n:Entity {id: $id})
            CALL (n) {
            %s
            }
            RETURN %s AS e, relations""".formatted(RELATION_PAGE.indent(2).stripTrailing(), EntityRecord.projection("n"));

    private static final String RELATIONS = """
            MATCH (n:Entity {id: $id})
            CALL (n) {
            %s
            }
            RETURN relations""".formatted(RELATION_PAGE.indent(2).stripTrailing());

    private static final String COUNT_RELATIONS = """
            MATCH (n:Entity {id: $id})-[r]-(m:Entity)
            %s
            RETURN count(r) AS total""".formatted(RELATION_FILTER);

    private static final String MENTIONS = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})-[m:MENTIONED_IN]->(s:Source)
            WITH n, m, s ORDER BY s.id
            RETURN %s AS e, s.id AS source, m.excerpt AS excerpt""".formatted(EntityRecord.projection("n"));

    private static final String MENTIONS_OF_SOURCE = """
            MATCH (n:Entity)-[m:MENTIONED_IN]->(s:Source {id: $source})
            WHERE $afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)
            WITH n, m, s ORDER BY n.name, n.id LIMIT $limit
            RETURN %s AS e, s.id AS source, m.excerpt AS excerpt""".formatted(EntityRecord.projection("n"));

    private static final String COUNT_MENTIONS_OF_SOURCE = """
            MATCH (:Entity)-[m:MENTIONED_IN]->(:Source {id: $source}) RETURN count(m) AS total""";

    private static final String LOCATED_IN = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            CALL (n) {
              MATCH path = (n)-[:LOCATED_IN*1..12]->(p:Place)
              WITH p, min(length(path)) AS depth ORDER BY depth, p.name
              RETURN collect(%s) AS places
            }
            RETURN id, places""".formatted(EntityRecord.projection("p"));

    private final Neo4jClient client;
    private final ReadOnlyTransactions readOnly;

    EntityQueries(Neo4jClient client, ReadOnlyTransactions readOnly) {
        this.client = client;
        this.readOnly = readOnly;
    }

    public Optional<EntityRecord> findById(String id) {
        return Optional.ofNullable(findByIds(List.of(id)).get(id));
    }

    /** Entities by id, in one query; ids with no entity are absent from the map. */
    @SuppressWarnings("unchecked")
    public Map<String, EntityRecord> findByIds(Collection<String> ids) {
        Map<String, EntityRecord> result = new LinkedHashMap<>();
        client.query(BY_IDS).bind(List.copyOf(ids)).to("ids")
                .fetchAs(EntityRecord.class)
                .mappedBy((types, row) -> EntityRecord.from(row.get("e").asMap()))
                .all()
                .forEach(e -> result.put(e.id(), e));
        return result;
    }

    /** The arguments of {@code relations}: which facts, and which page of them. */
    public record RelationQuery(List<String> types, String direction, Integer fromYear, Integer toYear, int first,
            String after) {

        public RelationQuery {
            FactFilters.checkYears(fromYear, toYear);
            direction = direction == null ? "BOTH" : direction;
        }

        /** The query parameters for the page of entity {@code id}. */
        public Map<String, Object> parameters(String id) {
            List<String> key = Cursor.decode(after, 3);
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("types", types);
            params.put("direction", direction);
            params.put("fromYear", fromYear);
            params.put("toYear", toYear);
            params.put("afterType", key == null ? null : key.get(0));
            params.put("afterName", key == null ? null : key.get(1));
            params.put("afterId", key == null ? null : key.get(2));
            params.put("limit", first + 1);
            return params;
        }
    }

    /** An entity with one page of its relations, read together. */
    public record WithRelations(EntityRecord entity, Page<Relation> relations) {
    }

    /** The entity and the page of relations {@code query} asks for, in one query; empty for an unknown id. */
    public Optional<WithRelations> findWithRelations(String id, RelationQuery query) {
        Map<String, Object> params = query.parameters(id);
        return client.query(ENTITY_WITH_RELATIONS).bindAll(params)
                .fetchAs(WithRelations.class)
                .mappedBy((types, row) -> new WithRelations(EntityRecord.from(row.get("e").asMap()),
                        page(row.get("relations").asList(v -> v.asMap()), query, params)))
                .one();
    }

    public Page<Relation> relations(String id, RelationQuery query) {
        Map<String, Object> params = query.parameters(id);
        List<Map<String, Object>> rows = client.query(RELATIONS).bindAll(params)
                .fetchAs(List.class)
                .mappedBy((types, row) -> row.get("relations").asList(v -> v.asMap()))
                .one().orElse(List.of());
        return page(rows, query, params);
    }

    @SuppressWarnings("unchecked")
    private Page<Relation> page(List<Map<String, Object>> rows, RelationQuery query, Map<String, Object> params) {
        List<Relation> relations = rows.stream().map(row -> {
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            return new Relation((String) row.get("id"), (String) row.get("type"),
                    Boolean.TRUE.equals(row.get("outgoing")) ? "OUTGOING" : "INCOMING",
                    EntityRecord.from((Map<String, Object>) row.get("other")),
                    (String) props.get("role"), (String) props.get("title"), (String) props.get("status"),
                    FactTime.of(props), Evidence.ofFact(props, row.get("source")));
        }).toList();
        return Page.of(relations, query.first(), query.after() != null,
                r -> Cursor.encode(r.type(), r.other().name(), r.id()),
                () -> count(COUNT_RELATIONS, params));
    }

    /** Every source naming each entity, in one query for all of them. */
    public Map<String, List<Mention>> mentions(Collection<String> ids) {
        Map<String, List<Mention>> result = new HashMap<>();
        client.query(MENTIONS).bind(List.copyOf(ids)).to("ids")
                .fetchAs(Mention.class).mappedBy((types, row) -> mention(row))
                .all()
                .forEach(m -> result.computeIfAbsent(m.entity().id(), k -> new java.util.ArrayList<>()).add(m));
        return result;
    }

    public Page<Mention> mentionsOfSource(String sourceId, int first, String after) {
        List<String> key = Cursor.decode(after, 2);
        Map<String, Object> params = new HashMap<>();
        params.put("source", sourceId);
        params.put("afterName", key == null ? null : key.get(0));
        params.put("afterId", key == null ? null : key.get(1));
        params.put("limit", first + 1);
        List<Mention> rows = List.copyOf(client.query(MENTIONS_OF_SOURCE).bindAll(params)
                .fetchAs(Mention.class).mappedBy((types, row) -> mention(row)).all());
        return Page.of(rows, first, after != null, m -> Cursor.encode(m.entity().name(), m.entity().id()),
                () -> count(COUNT_MENTIONS_OF_SOURCE, params));
    }

    /** The places containing each entity, innermost first. */
    @SuppressWarnings("unchecked")
    public Map<String, List<EntityRecord>> locatedIn(Collection<String> ids) {
        Map<String, List<EntityRecord>> result = new HashMap<>();
        client.query(LOCATED_IN).bind(List.copyOf(ids)).to("ids")
                .fetch().all()
                .forEach(row -> result.put((String) row.get("id"),
                        ((List<Map<String, Object>>) row.get("places")).stream().map(EntityRecord::from).toList()));
        return result;
    }

    private static Mention mention(org.neo4j.driver.Record row) {
        return new Mention(EntityRecord.from(row.get("e").asMap()), row.get("source").asString(),
                row.get("excerpt").asString(null));
    }

    /** Runs when a client asks for totalCount, after the page's own transaction has ended. */
    private int count(String cypher, Map<String, Object> params) {
        return readOnly.execute(() -> client.query(cypher).bindAll(params).fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("total").asLong())
                .one().orElse(0L).intValue());
    }
}
