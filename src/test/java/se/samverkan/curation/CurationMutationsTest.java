package se.samverkan.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;

import se.samverkan.SamverkanIntegrationTest;

@SamverkanIntegrationTest
class CurationMutationsTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Driver driver;

    @AfterEach
    void cleanUp() {
        CurationTestData.deleteAll(driver);
    }

    GraphQlCalls tester(String token) {
        return new GraphQlCalls(port, token);
    }

    GraphQlCalls curator() {
        return tester(CurationTestData.TOKEN);
    }

    static Map<String, Object> source() {
        return Map.of("id", "test:press-release.txt", "title", "Test press release", "publisher", "Test Publisher",
                "published", "2024-05-02", "language", "en");
    }

    static Map<String, Object> organisation(String id, String name) {
        Map<String, Object> input = new HashMap<>(Map.of("id", id, "type", "ORGANISATION", "name", name,
                "kind", "company", "aliases", List.of(name + " AB"), "source", source(),
                "excerpt", name + " opens an office."));
        return input;
    }

    static Map<String, Object> fact(String from, String type, String to) {
        return new HashMap<>(Map.of("from", from, "type", type, "to", to, "source", Map.of("id", "test:press-release.txt"),
                "excerpt", "A test fact.", "role", "partner"));
    }

    long entities() {
        return CurationTestData.count(driver, "MATCH (n:Entity) WHERE n.id STARTS WITH 'test:' RETURN count(n)");
    }

    ResponseError onlyError(GraphQlCalls.Response response) {
        assertThat(response.errors()).hasSize(1);
        return response.errors().get(0);
    }

    @Test
    void writingWithoutTokenIsUnauthorizedAndChangesNothing() {
        ResponseError error = onlyError(tester(null).documentName("curation-upsertEntity")
                .variable("input", organisation("test:acme", "Acme")).execute());
        assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
        assertThat(entities()).isZero();
        assertThat(CurationTestData.count(driver, "MATCH (s:Source {id: 'test:press-release.txt'}) RETURN count(s)"))
                .isZero();
    }

    @Test
    void writingWithWrongTokenIsForbiddenAndChangesNothing() {
        ResponseError error = onlyError(tester("not-the-token").documentName("curation-upsertEntity")
                .variable("input", organisation("test:acme", "Acme")).execute());
        assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
        assertThat(entities()).isZero();
    }

    @Test
    void readingNeedsNoToken() {
        tester(null).document("{ version }").execute().path("version").hasValue();
    }

    @Test
    void upsertWithTokenIsIdempotent() {
        for (int i = 0; i < 2; i++) {
            GraphQlCalls.Response response = curator().documentName("curation-upsertEntity")
                    .variable("input", organisation("test:acme", "Acme")).execute();
            response.path("upsertEntity.id").entity(String.class).isEqualTo("test:acme");
            response.path("upsertEntity.type").entity(String.class).isEqualTo("ORGANISATION");
            response.path("upsertEntity.aliases").entityList(String.class).containsExactly("Acme AB");
            response.path("upsertEntity.mentions[0].source.title").entity(String.class).isEqualTo("Test press release");
        }
        assertThat(entities()).isEqualTo(1);
        assertThat(CurationTestData.count(driver,
                "MATCH (:Entity {id: 'test:acme'})-[m:MENTIONED_IN]->(:Source) RETURN count(m)")).isEqualTo(1);
        // searchable by name and alias at once (the fulltext index covers both)
        tester(null).document("{ search(text: \"Acme AB\") { id } }").execute()
                .path("search[0].id").entity(String.class).isEqualTo("test:acme");
    }

    @Test
    void renamingKeepsTheFormerNameAsAlias() {
        curator().documentName("curation-upsertEntity").variable("input", organisation("test:acme", "Acme")).execute()
                .path("upsertEntity.id").hasValue();
        Map<String, Object> renamed = organisation("test:acme", "Acme Group");
        renamed.remove("aliases");
        curator().documentName("curation-upsertEntity").variable("input", renamed).execute()
                .path("upsertEntity.aliases").entityList(String.class).containsExactly("Acme AB", "Acme");
    }

    @Test
    void relateIsIdempotentAndRecordsMentions() {
        curator().documentName("curation-upsertEntity").variable("input", organisation("test:acme", "Acme")).execute()
                .path("upsertEntity.id").hasValue();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> input = fact("test:acme", "LOCATED_IN", "place:wuhan");
            input.put("time", Map.of("from", "2024-05", "inferred", true));
            GraphQlCalls.Response response = curator().documentName("curation-relate").variable("input", input).execute();
            response.path("relate.other.id").entity(String.class).isEqualTo("place:wuhan");
            response.path("relate.time.from").entity(String.class).isEqualTo("2024-05");
            response.path("relate.evidence.source.id").entity(String.class).isEqualTo("test:press-release.txt");
        }
        assertThat(CurationTestData.count(driver,
                "MATCH (:Entity {id: 'test:acme'})-[r:LOCATED_IN]->(:Entity {id: 'place:wuhan'}) RETURN count(r)"))
                .isEqualTo(1);
        assertThat(CurationTestData.count(driver,
                "MATCH (:Entity {id: 'place:wuhan'})-[m:MENTIONED_IN]->(:Source {id: 'test:press-release.txt'}) RETURN count(m)"))
                .isEqualTo(1);
    }

    ResponseError badRequest(String document, String variable, Object value) {
        ResponseError error = onlyError(curator().documentName(document).variable(variable, value).execute());
        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        return error;
    }

    @Test
    void unknownRelationTypeIsRejected() {
        curator().documentName("curation-upsertEntity").variable("input", organisation("test:acme", "Acme")).execute()
                .path("upsertEntity.id").hasValue();
        assertThat(badRequest("curation-relate", "input", fact("test:acme", "OWNS", "place:wuhan")).getMessage())
                .contains("type", "unknown relation type 'OWNS'");
        assertThat(CurationTestData.count(driver, "MATCH (:Entity {id: 'test:acme'})-[r]->(:Entity) RETURN count(r)"))
                .isZero();
    }

    @Test
    void relationNotAllowedBetweenTheTypesIsRejected() {
        curator().documentName("curation-upsertEntity").variable("input", organisation("test:acme", "Acme")).execute()
                .path("upsertEntity.id").hasValue();
        assertThat(badRequest("curation-relate", "input", fact("test:acme", "WORKS_AT", "place:wuhan")).getMessage())
                .contains("WORKS_AT does not go from a Organisation to a Place", "from Person to Organisation");
    }

    @Test
    void impossibleDateIsRejected() {
        Map<String, Object> input = organisation("test:acme", "Acme");
        input.put("type", "EVENT");
        input.put("kind", "conference");
        input.put("date", "2019-02-30");
        assertThat(badRequest("curation-upsertEntity", "input", input).getMessage())
                .contains("date", "not a real date: '2019-02-30'");
        assertThat(entities()).isZero();
    }

    @Test
    void emptyNameIsRejected() {
        assertThat(badRequest("curation-upsertEntity", "input", organisation("test:acme", "  ")).getMessage())
                .contains("name: must not be empty");
        assertThat(entities()).isZero();
    }

    @Test
    void unknownIdIsRejected() {
        curator().documentName("curation-upsertEntity").variable("input", organisation("test:acme", "Acme")).execute()
                .path("upsertEntity.id").hasValue();
        assertThat(badRequest("curation-relate", "input", fact("test:acme", "LOCATED_IN", "place:atlantis")).getMessage())
                .contains("to: unknown entity 'place:atlantis'");
    }

    @Test
    void unknownSourceAndMissingExcerptAreRejected() {
        Map<String, Object> input = organisation("test:acme", "Acme");
        input.put("source", Map.of("id", "test:no-such-source"));
        input.put("excerpt", "");
        String message = badRequest("curation-upsertEntity", "input", input).getMessage();
        assertThat(message).contains("excerpt: must not be empty");
        input.put("excerpt", "Acme opens an office.");
        assertThat(badRequest("curation-upsertEntity", "input", input).getMessage())
                .contains("unknown source 'test:no-such-source'");
        assertThat(entities()).isZero();
    }

    @Test
    void newSourceNeedsTitlePublisherAndRealDate() {
        Map<String, Object> input = organisation("test:acme", "Acme");
        input.put("source", Map.of("title", "A source without a publisher", "published", "2024-13"));
        String message = badRequest("curation-upsertEntity", "input", input).getMessage();
        assertThat(message).contains("source.publisher: a source needs a publisher or a url", "source.published");
        assertThat(entities()).isZero();
    }

    @Test
    void phoneNumbersAreNotStored() {
        Map<String, Object> input = organisation("test:acme", "Acme");
        input.put("excerpt", "Kontakta Acme på 0243-79 10 00.");
        assertThat(badRequest("curation-upsertEntity", "input", input).getMessage())
                .contains("excerpt: contains a phone number");
        assertThat(entities()).isZero();
    }

    @Test
    void mergeKeepsEveryRelationshipAndBothNames() {
        Map<String, Object> a = organisation("test:acme", "Acme");
        Map<String, Object> b = organisation("test:acme-sweden", "Acme Sverige");
        for (Map<String, Object> input : List.of(a, b)) {
            curator().documentName("curation-upsertEntity").variable("input", input).execute().path("upsertEntity.id")
                    .hasValue();
        }
        Map<String, Object> otherSource = Map.of("id", "test:news.txt", "title", "Test news", "url",
                "https://example.org/news", "published", "2024");
        Map<String, Object> incoming = fact("person:sture-ericsson", "WORKS_AT", "test:acme-sweden");
        incoming.put("source", otherSource);
        for (Map<String, Object> input : List.of(fact("test:acme", "LOCATED_IN", "place:wuhan"),
                fact("test:acme-sweden", "LOCATED_IN", "place:borlange"),
                fact("test:acme-sweden", "PARTY_TO", "agreement:borlange-wuhan-friendship-city"),
                // the same fact from the same source on both: kept once
                fact("test:acme-sweden", "LOCATED_IN", "place:wuhan"),
                fact("test:acme-sweden", "COOPERATES_WITH", "test:acme"), incoming)) {
            curator().documentName("curation-relate").variable("input", input).execute().path("relate.id").hasValue();
        }
        GraphQlCalls.Response merged = curator().documentName("curation-mergeEntities")
                .variable("from", "test:acme-sweden").variable("into", "test:acme").execute();
        merged.path("mergeEntities.survivor.aliases").entityList(String.class)
                .containsExactly("Acme AB", "Acme Sverige", "Acme Sverige AB");
        merged.path("mergeEntities.movedRelations").entity(Integer.class).isEqualTo(4);
        merged.path("mergeEntities.droppedSelfLoops").entity(Integer.class).isEqualTo(1);
        merged.path("mergeEntities.movedMentions").entity(Integer.class).isEqualTo(2);

        assertThat(CurationTestData.count(driver, "MATCH (n:Entity {id: 'test:acme-sweden'}) RETURN count(n)")).isZero();
        List<String> facts;
        try (var session = driver.session()) {
            facts = session.run("""
                    MATCH (s:Entity {id: 'test:acme'})-[r]-(o:Entity)
                    RETURN CASE WHEN startNode(r) = s THEN type(r) + '->' + o.id ELSE o.id + '-' + type(r) + '->' END AS f
                    ORDER BY f""").list(r -> r.get("f").asString());
        }
        assertThat(facts).containsExactly("LOCATED_IN->place:borlange", "LOCATED_IN->place:wuhan",
                "PARTY_TO->agreement:borlange-wuhan-friendship-city", "person:sture-ericsson-WORKS_AT->");
        assertThat(CurationTestData.count(driver, """
                MATCH (:Entity {id: 'test:acme'})-[m:MENTIONED_IN]->(s:Source) RETURN count(DISTINCT s)"""))
                .isEqualTo(2);
        assertThat(CurationTestData.count(driver, """
                MATCH (m:Merge {from: 'test:acme-sweden', into: 'test:acme', by: 'test'})
                WHERE size(m.droppedFacts) = 1 AND m.fromName = 'Acme Sverige' RETURN count(m)""")).isEqualTo(1);
        // merging again: the loser is gone, and the answer says where it went
        ResponseError again = onlyError(curator().documentName("curation-mergeEntities")
                .variable("from", "test:acme-sweden").variable("into", "test:acme").execute());
        assertThat(again.getMessage()).contains("already merged into 'test:acme'");
    }

    @Test
    void retractRemovesTheFactAndRecordsIt() {
        curator().documentName("curation-upsertEntity").variable("input", organisation("test:acme", "Acme")).execute()
                .path("upsertEntity.id").hasValue();
        curator().documentName("curation-relate").variable("input", fact("test:acme", "LOCATED_IN", "place:wuhan"))
                .execute().path("relate.id").hasValue();
        Map<String, Object> retract = Map.of("from", "test:acme", "type", "LOCATED_IN", "to", "place:wuhan",
                "source", "test:press-release.txt", "reason", "moved");
        onlyError(tester(null).documentName("curation-retractFact").variable("input", retract).execute());
        curator().documentName("curation-retractFact").variable("input", retract).execute()
                .path("retractFact.retracted").entity(Integer.class).isEqualTo(1);
        assertThat(CurationTestData.count(driver,
                "MATCH (:Entity {id: 'test:acme'})-[r:LOCATED_IN]->() RETURN count(r)")).isZero();
        assertThat(CurationTestData.count(driver,
                "MATCH (r:Retraction {from: 'test:acme', reason: 'moved'}) WHERE r.fact CONTAINS 'A test fact.' RETURN count(r)"))
                .isEqualTo(1);
    }

    @Test
    void nameHistoryIsRecorded() {
        curator().documentName("curation-upsertEntity").variable("input", organisation("test:acme", "Acme")).execute()
                .path("upsertEntity.id").hasValue();
        Map<String, Object> name = Map.of("entity", "test:acme", "name", "Acme Handelsbolag", "until", "2019-12-31",
                "source", Map.of("id", "test:press-release.txt"), "excerpt", "Formerly Acme Handelsbolag.");
        curator().documentName("curation-addName").variable("input", name).execute()
                .path("addName.names[0].name").entity(String.class).isEqualTo("Acme Handelsbolag");
    }
}
