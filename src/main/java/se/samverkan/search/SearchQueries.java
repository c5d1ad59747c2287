package se.samverkan.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;

/** Ranked fulltext search over every entity's names and aliases. */
@Component
@Transactional(readOnly = true)
public class SearchQueries {

    private static final int MAX_CANDIDATES = 200;

    /**
     * One tier of a search over every type. Parameters: {@code query} (Lucene syntax, from
     * {@link TextQuery}) and {@code first}. Lucene
     * keeps only the best {@code first} hits: ordering every hit by name as well read two properties of each
     * of thousands of hits for a common word ("university": 11 ms instead of 4 on the medium benchmark graph).
     */
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first}) YIELD node, score
            RETURN %s AS e, score
            ORDER BY score DESC, node.name, node.id""".formatted(EntityRecord.projection("node"));

    /**
     * One tier of a search for some types ({@code labels}): the type is not in the index, so Lucene's best
     * hits could all be of other types, and every hit is filtered before the best are kept.
     */
    private static final String SEARCH_TYPES = """
            CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
            WHERE any(label IN labels(node) WHERE label IN $labels)
            RETURN %s AS e, score
            ORDER BY score DESC, node.name, node.id
            LIMIT $first""".formatted(EntityRecord.projection("node"));

    private final Neo4jClient client;

    SearchQueries(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Entities whose names match every word; failing that, any word. Best match first: an exact name,
     * then a name that starts with the text, then Lucene's relevance. Lucene alone ranks a long name that
     * repeats a word in its aliases above the short exact name a person meant.
     */
    public List<EntityRecord> search(String text, List<EntityType> types, int first) {
        int candidates = candidates(first);
        List<EntityRecord> hits = run(TextQuery.all(text), types, candidates);
        if (hits.isEmpty()) {
            hits = run(TextQuery.any(text), types, candidates);
        }
        String wanted = TextQuery.fold(text.trim());
        // Each hit's tier once: folding names inside the comparator folded every name log(n) times over.
        return hits.stream()
                .map(e -> new Ranked(tier(e, wanted), e))
                .sorted(Comparator.comparingInt(Ranked::tier))
                .limit(first)
                .map(Ranked::entity)
                .toList();
    }

    /** How many hits a search for {@code first} results reads, so the tiers can re-rank them. */
    private static int candidates(int first) {
        return Math.min(MAX_CANDIDATES, first * 4);
    }

    private record Ranked(int tier, EntityRecord entity) {
    }

    /** 0: a name or alias is the text; 1: another name or a code is (Estland, SE312); 2: one starts with it. */
    private static int tier(EntityRecord entity, String wanted) {
        List<String> names = new ArrayList<>(entity.aliases());
        names.add(0, entity.name());
        List<String> folded = names.stream().map(TextQuery::fold).toList();
        if (folded.contains(wanted)) {
            return 0;
        }
        List<String> other = entity.otherNames().stream().map(TextQuery::fold).toList();
        if (other.contains(wanted)) {
            return 1;
        }
        return folded.stream().anyMatch(n -> n.startsWith(wanted)) || other.stream().anyMatch(n -> n.startsWith(wanted))
                ? 2 : 3;
    }

    private List<EntityRecord> run(String query, List<EntityType> types, int first) {
        boolean anyType = types == null || types.isEmpty();
        Map<String, Object> params = new HashMap<>();
        params.put("query", query);
        params.put("first", first);
        if (!anyType) {
            params.put("labels", types.stream().map(EntityType::label).toList());
        }
        return List.copyOf(client.query(anyType ? SEARCH : SEARCH_TYPES).bindAll(params)
                .fetchAs(EntityRecord.class)
                .mappedBy((t, row) -> EntityRecord.from(row.get("e").asMap()))
                .all());
    }
}
