package se.samverkan.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import se.samverkan.curation.ValidatedWrite;

/** The shipped excerpts, and taking an import of them out of the shared test store again. */
final class DatasetFixtures {

    static final String INTERREG = "datasets/interreg-partners-excerpt.json";
    static final String INTERREG_NEWER = "datasets/interreg-partners-excerpt-newer.json";
    static final String TWINS = "datasets/twin-towns-excerpt.tsv";
    static final List<String> SOURCES = List.of("dataset:interreg-sweden-partners", "dataset:twin-towns-sweden");

    private DatasetFixtures() {
    }

    static InputStream open(String resource) {
        InputStream in = DatasetFixtures.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no test resource " + resource));
        }
        return in;
    }

    static Manifest importResource(DatasetImport imports, String format, String resource, String asOf,
            DatasetImport.OnBadRow onBadRow) {
        try (InputStream in = open(resource)) {
            return imports.importFile(format, resource, in, asOf, onBadRow, ValidatedWrite.Progress.NONE);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The aliases of the entities that are not reference places, to give back what an import added to them. */
    static Map<String, Object> aliases(Driver driver) {
        Map<String, Object> aliases = new HashMap<>();
        try (Session session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.level IS NULL RETURN n.id AS id, n.aliases AS aliases")
                    .forEachRemaining(r -> aliases.put(r.get("id").asString(), r.get("aliases").asObject()));
        }
        return aliases;
    }

    /** Deletes the datasets' sources, manifests, facts and the entities only they name; restores the aliases. */
    static void deleteImports(Driver driver, Map<String, Object> aliases) {
        try (Session session = driver.session()) {
            Map<String, Object> ids = Map.of("ids", SOURCES);
            session.run("MATCH (m:ImportManifest)-[:MANIFEST_OF]->(s:Source) WHERE s.id IN $ids DETACH DELETE m", ids).consume();
            session.run("""
                    MATCH (n:Entity)-[:MENTIONED_IN]->(s:Source) WHERE s.id IN $ids
                      AND NOT EXISTS { (n)-[:MENTIONED_IN]->(o:Source) WHERE NOT o.id IN $ids }
                    DETACH DELETE n""", ids).consume();
            session.run("MATCH ()-[r]->() WHERE r.source IN $ids DELETE r", ids).consume();
            session.run("MATCH (s:Source) WHERE s.id IN $ids DETACH DELETE s", ids).consume();
            session.run("""
                    UNWIND keys($aliases) AS id MATCH (n:Entity {id: id})
                    WHERE NOT coalesce(n.aliases = $aliases[id], false) SET n.aliases = $aliases[id]""",
                    Map.of("aliases", aliases)).consume();
        }
    }
}
