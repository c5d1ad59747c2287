package se.samverkan.curation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.QueryRunner;

import se.samverkan.entity.EntityType;

/** {@link Lookup} against the store, one index-backed query per kind for however many ids. */
final class StoreLookup implements Lookup {

    private final QueryRunner tx;

    StoreLookup(QueryRunner tx) {
        this.tx = tx;
    }

    @Override
    public Map<String, EntityType> entityTypes(Collection<String> ids) {
        Map<String, EntityType> types = new HashMap<>();
        tx.run("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, labels(n) AS labels",
                Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> types.put(r.get("id").asString(),
                        EntityType.fromLabels(r.get("labels").asList())));
        return types;
    }

    @Override
    public Set<String> existingSources(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        tx.run("UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id", Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(r -> found.add(r.get("id").asString()));
        return found;
    }
}
