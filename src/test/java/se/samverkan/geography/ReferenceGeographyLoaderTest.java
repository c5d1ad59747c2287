package se.samverkan.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.database.CypherMigrations;

/**
 * The loader on a small file set of its own ({@code geography-small/}: a dataset of four places), in the shared
 * store: loading twice changes nothing, a newer version updates in place, a broken set writes nothing.
 */
@SamverkanIntegrationTest
class ReferenceGeographyLoaderTest {

    /** Everything the small set writes, as text, so that two loads can be compared. */
    private static final String SNAPSHOT = """
            MATCH (s:Source {id: 'dataset:test-atlas'})
            OPTIONAL MATCH (p:Entity)-[m:MENTIONED_IN]->(s)
            OPTIONAL MATCH (p)-[r:LOCATED_IN]->(o:Entity)
            RETURN properties(s) AS source, elementId(p) AS node, properties(p) AS place, labels(p) AS labels,
                   properties(m) AS mention, elementId(r) AS fact, o.id AS outer, properties(r) AS containment
            ORDER BY p.id, o.id""";

    @Autowired
    Driver driver;

    @Autowired
    ResourceLoader resources;

    @Autowired
    CypherMigrations migrations;

    private ReferenceGeographyLoader loader(String set) {
        return new ReferenceGeographyLoader(driver, resources,
                new GeographyProperties("classpath:geography-small/" + set + "/"), migrations);
    }

    private List<Map<String, Object>> rows(String cypher) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).list(r -> r.asMap()));
        }
    }

    private List<Map<String, Object>> snapshot() {
        return rows(SNAPSHOT);
    }

    @AfterEach
    void removeTheSmallSet() {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("MATCH (p:Entity) WHERE p.id STARTS WITH 'place:test:' DETACH DELETE p").consume();
                tx.run("MATCH (s:Source {id: 'dataset:test-atlas'}) DETACH DELETE s").consume();
            });
        }
    }

    @Test
    void aFirstLoadWritesTheDatasetItsPlacesAndContainmentCitingIt() {
        assertThat(loader("v1").load()).isTrue();
        assertThat(rows("""
                MATCH (s:Source {id: 'dataset:test-atlas'}) RETURN s.kind AS kind, s.version AS version,
                  s.licence AS licence, s.url AS url, s.retrieved AS retrieved""")).containsExactly(Map.of(
                "kind", "dataset", "version", "atlas 1", "licence", "CC0-1.0", "url", "https://example.org/atlas",
                "retrieved", "2026-01-01"));
        assertThat(rows("""
                MATCH (p:Place)-[m:MENTIONED_IN]->(:Source {id: 'dataset:test-atlas'})
                RETURN p.id AS id, p.kind AS kind, [l IN labels(p) WHERE l <> 'Entity' AND l <> 'Place'][0] AS label,
                  m.excerpt AS excerpt ORDER BY id""")).containsExactly(
                Map.of("id", "place:test:county", "kind", "region", "label", "Region",
                        "excerpt", "Test County (XA-01 XA011 01): county, 10.5 20.5"),
                Map.of("id", "place:test:gone", "kind", "city", "label", "City",
                        "excerpt", "Gonetown: city, 10.7 20.7"),
                Map.of("id", "place:test:land", "kind", "country", "label", "Country",
                        "excerpt", "Testland (XA): country, 10.0 20.0"),
                Map.of("id", "place:test:town", "kind", "city", "label", "City",
                        "excerpt", "Testtown: city, 10.6 20.6"));
        assertThat(rows("""
                MATCH (a:Place)-[r:LOCATED_IN {source: 'dataset:test-atlas'}]->(b:Place)
                RETURN a.id + ' > ' + b.id AS fact, r.reference AS reference, r.excerpt AS excerpt ORDER BY fact"""))
                .containsExactly(
                        Map.of("fact", "place:test:county > place:test:land", "reference", true,
                                "excerpt", "Test County (XA-01 XA011 01) lies in Testland (XA)"),
                        Map.of("fact", "place:test:gone > place:test:county", "reference", true,
                                "excerpt", "Gonetown lies in Test County (XA-01 XA011 01)"),
                        Map.of("fact", "place:test:town > place:test:county", "reference", true,
                                "excerpt", "Testtown lies in Test County (XA-01 XA011 01)"));
        assertThat(rows("MATCH (p:Place {id: 'place:test:county'}) RETURN p.otherNames AS other"))
                .containsExactly(Map.of("other", List.of("Testa län", "XA-01", "XA011", "01")));
    }

    @Test
    void loadingTheSameFilesAgainChangesNothing() {
        assertThat(loader("v1").load()).isTrue();
        List<Map<String, Object>> first = snapshot();
        assertThat(first).hasSize(4);
        assertThat(loader("v1").load()).isFalse();
        assertThat(snapshot()).isEqualTo(first);
    }

    @Test
    void aNewerVersionUpdatesThePlacesInPlaceAndDropsWhatItNoLongerGives() {
        assertThat(loader("v1").load()).isTrue();
        String townNode = rows("MATCH (p {id: 'place:test:town'}) RETURN elementId(p) AS e").get(0).get("e").toString();
        assertThat(loader("v2").load()).isTrue();
        assertThat(rows("MATCH (s:Source {id: 'dataset:test-atlas'}) RETURN s.version AS v"))
                .containsExactly(Map.of("v", "atlas 2"));
        assertThat(rows("""
                MATCH (p {id: 'place:test:town'}) RETURN elementId(p) AS e, p.latitude AS lat, p.longitude AS lon"""))
                .containsExactly(Map.of("e", townNode, "lat", 11.25, "lon", 21.5));
        assertThat(rows("MATCH (p {id: 'place:test:county'}) RETURN p.nuts AS nuts, p.name_en AS en"))
                .containsExactly(Map.of("nuts", "XA012", "en", "Test Province"));
        assertThat(rows("""
                MATCH (a)-[r:LOCATED_IN {source: 'dataset:test-atlas'}]->(b) RETURN a.id + ' > ' + b.id AS fact
                ORDER BY fact""")).extracting(r -> r.get("fact")).containsExactly(
                "place:test:county > place:test:land", "place:test:town > place:test:county",
                "place:test:village > place:test:county");
        // the place the new version leaves out no longer cites the dataset (other sources' facts may still use it)
        assertThat(rows("MATCH (p {id: 'place:test:gone'})-[m:MENTIONED_IN]->() RETURN count(m) AS n"))
                .containsExactly(Map.of("n", 0L));
    }

    @Test
    void aContainmentOfAnUnknownPlaceStopsTheLoadAndWritesNothing() {
        assertThatThrownBy(() -> loader("broken").load()).isInstanceOf(GeographyException.class)
                .hasMessageContaining("containment.csv has 1 rows but only 0 have both places stored");
        assertThat(rows("MATCH (s:Source {id: 'dataset:test-atlas'}) RETURN count(s) AS n"))
                .containsExactly(Map.of("n", 0L));
        assertThat(rows("MATCH (p:Entity) WHERE p.id STARTS WITH 'place:test:' RETURN count(p) AS n"))
                .containsExactly(Map.of("n", 0L));
    }
}
