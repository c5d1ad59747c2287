package se.samverkan.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkan.GraphQlIntegrationTest;

/** The shipped reference geography as the application serves it after start-up. */
class GeographyTest extends GraphQlIntegrationTest {

    @Autowired
    Driver driver;

    private long count(String cypher) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }

    private GraphQlTester.Response place(String id) {
        return graphQl.documentName("place").variable("id", id).execute();
    }

    private String firstHit(String text) {
        return graphQl.documentName("search").variable("text", text).variable("first", 5).execute()
                .path("search[0].id").entity(String.class).get();
    }

    @Test
    void everyDatasetPlaceCitesADatasetWithItsLicenceAndOnlyTheHandWrittenOnesDoNot() {
        assertThat(count("MATCH (p:Place) WHERE p.level IS NOT NULL RETURN count(p)")).isEqualTo(7953);
        assertThat(count("""
                MATCH (p:Place) WHERE p.level IS NOT NULL
                  AND NOT EXISTS { (p)-[m:MENTIONED_IN]->(s:Source {kind: 'dataset'})
                                   WHERE s.licence <> '' AND s.url <> '' AND s.version <> '' AND m.excerpt <> '' }
                RETURN count(p)""")).isZero();
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (p:Place) WHERE p.level IS NULL RETURN p.id AS id ORDER BY id")
                    .list(r -> r.get("id").asString()))
                    .containsExactly("place:baltic-sea-region", "place:pangyo", "place:sydost");
        }
        assertThat(count("""
                MATCH ()-[r:LOCATED_IN]->() WHERE r.source STARTS WITH 'dataset:'
                  AND NOT EXISTS { (s:Source {id: r.source, kind: 'dataset'}) WHERE s.licence <> '' }
                RETURN count(r)""")).isZero();
    }

    @Test
    void aPlaceExposesLevelCodesCoordinatesNamesByLanguageAndItsDatasets() {
        GraphQlTester.Response dalarna = place("place:dalarna");
        dalarna.path("entity.name").entity(String.class).isEqualTo("Dalarna");
        dalarna.path("entity.level").entity(String.class).isEqualTo("iso-subdivision");
        assertThat(dalarna.path("entity.codes").entityList(Map.class).get()).containsExactly(
                Map.of("system", "ISO3166-2", "value", "SE-W"), Map.of("system", "NUTS", "value", "SE312"),
                Map.of("system", "SCB", "value", "20"));
        assertThat(dalarna.path("entity.latitude").entity(Double.class).get()).isBetween(59.0, 62.5);
        assertThat(dalarna.path("entity.longitude").entity(Double.class).get()).isBetween(12.0, 17.0);
        assertThat(dalarna.path("entity.localNames").entityList(Map.class).get()).containsExactly(
                Map.of("language", "sv", "name", "Dalarnas län"), Map.of("language", "en", "name", "Dalarna County"));
        assertThat(dalarna.path("entity.referenceSources[*].id").entityList(String.class).get())
                .containsExactly("dataset:iso-3166", "dataset:nuts-2024");
        dalarna.path("entity.referenceSources[0].licence").entity(String.class).isEqualTo("LGPL-2.1-or-later");
        dalarna.path("entity.referenceSources[0].kind").entity(String.class).isEqualTo("dataset");

        GraphQlTester.Response sweden = place("place:sweden");
        assertThat(sweden.path("entity.codes").entityList(Map.class).get())
                .containsExactly(Map.of("system", "ISO3166-1", "value", "SE"));
        assertThat(sweden.path("entity.localNames[*].language").entityList(String.class).get())
                .containsExactly("sv", "en", "zh", "et", "fi", "de", "ko");

        GraphQlTester.Response pangyo = place("place:pangyo");
        pangyo.path("entity.level").valueIsNull();
        pangyo.path("entity.referenceSources").entityList(Object.class).hasSize(0);
        pangyo.path("entity.codes").entityList(Object.class).hasSize(0);
    }

    @Test
    void aKommunLiesInItsLanWhichIsItsNuts3RegionAndInItsCountry() {
        GraphQlTester.Response borlange = place("place:kommun:2081");
        borlange.path("entity.name").entity(String.class).isEqualTo("Borlänge kommun");
        borlange.path("entity.level").entity(String.class).isEqualTo("kommun");
        assertThat(borlange.path("entity.codes").entityList(Map.class).get())
                .containsExactly(Map.of("system", "SCB", "value", "2081"));
        List<String> outer = borlange.path("entity.locatedIn[*].id").entityList(String.class).get();
        // one place is both the län SE-W and the NUTS 3 region SE312
        assertThat(outer).first().isEqualTo("place:dalarna");
        assertThat(outer).contains("place:nuts:se31", "place:sweden");
        assertThat(borlange.path("entity.locatedIn[0].codes[*].value").entityList(String.class).get())
                .contains("SE-W", "SE312");
    }

    @Test
    void theCityAndTheAuthorityAreDistinctFromTheKommunPlace() {
        // Borlänge the town lies in Borlänge kommun the territory; the municipal authority is an organisation in the town
        assertThat(place("place:borlange").path("entity.locatedIn[0].id").entity(String.class).get())
                .isEqualTo("place:kommun:2081");
        assertThat(count("""
                MATCH (:Organisation {id: 'org:borlange-kommun'})-[:LOCATED_IN]->(:Place {id: 'place:borlange'})
                RETURN count(*)""")).isEqualTo(1);
        assertThat(count("""
                MATCH (:Organisation {id: 'org:region-dalarna'})-[:LOCATED_IN]->(:Place {id: 'place:dalarna'})
                RETURN count(*)""")).isEqualTo(1);
    }

    @Test
    void codesAndNamesInEveryLanguageFindTheRightPlaceFirst() {
        assertThat(firstHit("SE312")).isEqualTo("place:dalarna");
        assertThat(firstHit("SE-W")).isEqualTo("place:dalarna");
        assertThat(firstHit("Dalarnas län")).isEqualTo("place:dalarna");
        assertThat(firstHit("dalarnas lan")).isEqualTo("place:dalarna");
        assertThat(firstHit("Dalarna County")).isEqualTo("place:dalarna");
        assertThat(firstHit("湖北")).isEqualTo("place:hubei");
        assertThat(firstHit("CN-HB")).isEqualTo("place:hubei");
        assertThat(firstHit("Estland")).isEqualTo("place:estonia");
        assertThat(firstHit("Tartumaa")).isEqualTo("place:tartu-county");
        assertThat(firstHit("2081")).isEqualTo("place:kommun:2081");
    }

    @Test
    void idOrNameArgumentsTakeCodesAndNamesInOtherLanguages() {
        Map<String, String> expected = Map.of("SE312", "place:dalarna", "CN-HB", "place:hubei", "Estland",
                "place:estonia", "2081", "place:kommun:2081", "Tartumaa", "place:tartu-county",
                // a name beats an alias: Västerås kommun is also "Västerås" in GeoNames
                "Västerås", "place:vasteras");
        expected.forEach((name, id) -> assertThat(graphQl.document("""
                query($from: String!) { connections(from: $from, to: "place:zibo", maxHops: 1, first: 1) { from { id } } }""")
                .variable("from", name).execute().path("connections.from.id").entity(String.class).get())
                .as(name).isEqualTo(id));
    }

    @Test
    void aNameTheDataGivesSeveralPlacesIsRefusedWithTheCandidates() {
        // the city, and the urban and the rural municipality of ISO 3166-2 (Tartu County is "Tartu" only in German)
        graphQl.document("""
                query { connections(from: "Tartu", to: "place:zibo", maxHops: 1, first: 1) { from { id } } }""")
                .execute().errors().expect(e -> e.getMessage().contains("ambiguous")
                        && e.getMessage().contains("place:tartu ") && e.getMessage().contains("place:iso:ee-793")
                        && !e.getMessage().contains("place:tartu-county"))
                .verify();
    }

    @Test
    void aConnectionQuestionInCodesAndOfficialNamesHasTheSameCarriersAsInSeedNames() {
        List<String> seed = carriers("Dalarna", "Hubei");
        assertThat(seed).contains("agreement:borlange-wuhan-friendship-city", "org:borlange-kommun");
        assertThat(carriers("Dalarnas län", "CN-HB")).isEqualTo(seed);
        assertThat(carriers("SE312", "湖北")).isEqualTo(seed);
    }

    private List<String> carriers(String from, String to) {
        return graphQl.documentName("connections").variable("from", from).variable("to", to).variable("first", 100)
                .execute().path("connections.connectors[*].entity.id").entityList(String.class).get();
    }
}
