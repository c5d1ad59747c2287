package se.samverkan.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.SamverkanIntegrationTest;

/**
 * Guards the seed data: a later change that drops facts from a source, loses provenance or stores
 * personal data fails here.
 */
@SamverkanIntegrationTest
class SeedDataTest {

    /** The five press texts beside the project; present on developers' machines and in CI. */
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private static final Pattern PHONE_NUMBER = Pattern.compile("\\d{3,4}-\\d{2,3} ?\\d{2} ?\\d{2}");

    @Autowired
    Driver driver;

    private List<Record> run(String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.run(cypher, params).list();
        }
    }

    private long count(String cypher, Map<String, Object> params) {
        return run(cypher, params).get(0).get(0).asLong();
    }

    @ParameterizedTest(name = "{0}: {1} entities named, {2} facts, {3} name records")
    @CsvSource({
            "000_0bb593dcf42b62fd.txt, 14, 17, 2",
            "001_ea72173cc0b59150.txt, 28, 44, 0",
            "002_86a3261ba6bdb71c.txt,  9, 11, 0",
            "003_49b3ce2a5e173a7d.txt, 21, 25, 0",
            "004_d3efbffdeda1b131.txt, 21, 28, 0"})
    void everySourceContributesAllItsEntitiesAndFacts(String source, long mentions, long facts, long names) {
        Map<String, Object> params = Map.of("source", source);
        assertThat(count("MATCH (:Entity)-[m:MENTIONED_IN]->(:Source {id: $source}) RETURN count(m)", params))
                .isEqualTo(mentions);
        assertThat(count("MATCH (:Entity)-[r {source: $source}]->(:Entity) RETURN count(r)", params))
                .isEqualTo(facts);
        assertThat(count("MATCH (:Entity)-[r:HAS_NAME {source: $source}]->(:Name) RETURN count(r)", params))
                .isEqualTo(names);
    }

    @ParameterizedTest(name = "{0}: {1}")
    // Places: the 7,953 of the reference geography (the seed's 21 among them) and the 3 hand-written ones;
    // sources: the 5 press texts and the 6 reference datasets.
    @CsvSource({"Organisation, 28", "Person, 10", "Place, 7956", "Project, 3", "Programme, 2", "Agreement, 4",
            "Event, 8", "Topic, 6", "Source, 11"})
    void theKnowledgeBaseHoldsEveryEntityOfTheSources(String label, long expected) {
        assertThat(count("MATCH (n) WHERE $label IN labels(n) RETURN count(n)", Map.of("label", label)))
                .isEqualTo(expected);
    }

    @Test
    void geographyReferenceDataIsMarkedAndCitesADatasetUnlessHandWritten() {
        assertThat(count("MATCH ()-[r {reference: true}]->() RETURN count(r)", Map.of())).isEqualTo(7744 + 2);
        assertThat(count("""
                MATCH ()-[r {reference: true}]->() WHERE r.source IS NOT NULL
                MATCH (s:Source {id: r.source, kind: 'dataset'}) WHERE r.excerpt <> ''
                RETURN count(r)""", Map.of())).isEqualTo(7744);
        // Sydost in Sweden and Pangyo in Seongnam: in no dataset
        assertThat(run("MATCH (a)-[r {reference: true}]->(b) WHERE r.source IS NULL RETURN a.id + ' > ' + b.id AS f",
                Map.of()).stream().map(r -> r.get("f").asString()).toList())
                .containsExactlyInAnyOrder("place:sydost > place:sweden", "place:pangyo > place:city:kr:seongnam-si");
    }

    @Test
    void everyFactHasASourceAndAnExcerptOrIsReferenceData() {
        assertThat(count("""
                MATCH (:Entity)-[r]->(:Entity)
                WHERE NOT coalesce(r.reference, false) AND (r.source IS NULL OR r.excerpt IS NULL OR r.excerpt = '')
                RETURN count(r)""", Map.of())).isZero();
        assertThat(count("""
                MATCH (n:Entity) WHERE NOT n:Place AND NOT (n)-[:MENTIONED_IN]->(:Source)
                RETURN count(n)""", Map.of())).isZero();
    }

    @Test
    void everyExcerptStandsVerbatimInItsSourceDocument() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "source documents not beside the project: " + SEEDS);
        List<Record> excerpts = run("""
                MATCH ()-[r]->() WHERE r.excerpt IS NOT NULL AND r.source IS NOT NULL
                  AND NOT EXISTS { MATCH (:Source {id: r.source, kind: 'dataset'}) }
                RETURN r.source AS source, r.excerpt AS excerpt
                UNION
                MATCH ()-[r:MENTIONED_IN]->(s:Source) WHERE s.kind <> 'dataset'
                RETURN s.id AS source, r.excerpt AS excerpt""", Map.of());
        assertThat(excerpts).hasSizeGreaterThan(60);
        for (Record row : excerpts) {
            String document = normalise(Files.readString(SEEDS.resolve(row.get("source").asString()),
                    StandardCharsets.UTF_8));
            assertThat(document).as("excerpt of %s", row.get("source").asString())
                    .contains(normalise(row.get("excerpt").asString()));
        }
    }

    @Test
    void noPhoneNumberIsStoredAnywhere() {
        List<Record> strings = run("""
                MATCH (n) UNWIND [k IN keys(n) | n[k]] AS v RETURN v
                UNION ALL
                MATCH ()-[r]->() UNWIND [k IN keys(r) | r[k]] AS v RETURN v""", Map.of());
        assertThat(strings).isNotEmpty().allSatisfy(row -> assertThat(String.valueOf(row.get("v").asObject()))
                .doesNotContainPattern(PHONE_NUMBER));
    }

    @Test
    void datesArePartialIsoDatesNeverInvented() {
        assertThat(count("""
                MATCH ()-[r]->() UNWIND [d IN [r.date, r.from, r.until] WHERE d IS NOT NULL] AS d
                WITH d WHERE NOT d =~ '\\\\d{4}(-\\\\d{2}(-\\\\d{2})?)?' RETURN count(d)""", Map.of())).isZero();
        // The Innovation Panel text gives no year: nothing from it carries one.
        assertThat(count("""
                MATCH ()-[r {source: '002_86a3261ba6bdb71c.txt'}]->()
                WHERE r.date IS NOT NULL OR r.from IS NOT NULL OR r.until IS NOT NULL RETURN count(r)""", Map.of()))
                .isZero();
    }

    private static String normalise(String text) {
        return text.replaceAll("(?U)\\s+", " ").trim();
    }
}
