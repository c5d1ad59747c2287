package se.samverkan.dataset;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.QueryRunner;

import se.samverkan.resolution.Candidate;
import se.samverkan.resolution.EntityMatching;
import se.samverkan.resolution.Incoming;
import se.samverkan.resolution.Resolution;
import se.samverkan.search.TextQuery;

/**
 * A fixed resolution for the import's own tests, whatever the application's rules: one stored entity of the same type
 * whose name or alias is the incoming name (ignoring case and diacritics) is the same, anything else is new.
 */
final class StrictMatching implements EntityMatching {

    private static final String SAME_NAME = """
            CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 50}) YIELD node
            WHERE $label IN labels(node)
            RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases""";

    @Override
    public Resolution resolve(Incoming incoming, QueryRunner tx) {
        if (TextQuery.words(incoming.name()).isEmpty()) {
            return new Resolution.New();
        }
        String wanted = TextQuery.fold(incoming.name());
        List<String> same = tx.run(SAME_NAME, Map.of("query", TextQuery.all(incoming.name()),
                        "label", incoming.type().label()))
                .list(r -> TextQuery.fold(r.get("name").asString()).equals(wanted)
                        || r.get("aliases").asList(v -> TextQuery.fold(v.asString())).contains(wanted)
                        ? r.get("id").asString() : null)
                .stream().filter(Objects::nonNull).distinct().toList();
        return same.size() == 1 ? new Resolution.Same(same.get(0), 1.0, "the same name") : new Resolution.New();
    }

    @Override
    public void queue(Incoming incoming, String createdId, List<Candidate> candidates, QueryRunner tx) {
        throw new UnsupportedOperationException("StrictMatching never answers Uncertain");
    }
}
