package se.samverkan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.client.RestClient;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.resolution.EntityMatching;
import se.samverkan.resolution.Incoming;
import se.samverkan.resolution.Resolution;

/** The review queue end to end: queued by resolution, decided over GraphQL, replayed by the next resolution. */
@SamverkanIntegrationTest
class ReviewQueueTest {

    static final String TOKEN = "test-curator-token";

    @Value("${local.server.port}")
    int port;

    @Autowired
    Driver driver;

    @Autowired
    EntityMatching matching;

    ReviewFixture fixture;

    @BeforeEach
    void candidate() {
        fixture = new ReviewFixture(driver, matching);
        fixture.deleteAll();
        fixture.storeCandidate();
    }

    @AfterEach
    void cleanUp() {
        fixture.deleteAll();
    }

    HttpSyncGraphQlClient client(String authorization) {
        RestClient.Builder rest = RestClient.builder().baseUrl("http://localhost:" + port + "/graphql");
        if (authorization != null) {
            rest.defaultHeader("Authorization", authorization);
        }
        return HttpSyncGraphQlClient.builder(rest.build()).build();
    }

    ClientGraphQlResponse curator(String document) {
        ClientGraphQlResponse response = client("Bearer " + TOKEN).document(document).executeSync();
        assertThat(response.getErrors()).as(document).isEmpty();
        return response;
    }

    /** Queues "Acme Robotic" (close to the stored Acme Robotics, not certain) and returns its item's id. */
    String queued(String key) {
        Resolution r = fixture.importRow(ReviewFixture.incoming(key, "Acme Robotic"));
        assertThat(r).isInstanceOf(Resolution.Uncertain.class);
        return client("Bearer " + TOKEN).document("""
                { reviewQueue(first: 100) { edges { node { id key } } } }""").executeSync()
                .field("reviewQueue.edges").toEntityList(Map.class).stream()
                .map(e -> (Map<?, ?>) e.get("node")).filter(n -> key.equals(n.get("key")))
                .map(n -> (String) n.get("id")).findFirst().orElseThrow();
    }

    long items(String key) {
        return fixture.count("MATCH (i:ReviewItem {key: $key}) RETURN count(i)", Map.of("key", key));
    }

    @Test
    void theQueueListsBothSidesWithScoreReasonAndSource() {
        String id = queued("test:row-1");

        ClientGraphQlResponse response = curator("""
                { reviewQueue { totalCount edges { node { id status score reason source incomingName
                    incoming { id name relations(first: 10) { edges { node { type other { name } } } } }
                    candidateEntity { id name aliases } } } } }""");

        Map<?, ?> node = response.field("reviewQueue.edges").toEntityList(Map.class).stream()
                .map(e -> (Map<?, ?>) e.get("node")).filter(n -> id.equals(n.get("id"))).findFirst().orElseThrow();
        assertThat(node.get("status")).isEqualTo("OPEN");
        assertThat(((Number) node.get("score")).doubleValue()).isBetween(0.6, 0.89);
        assertThat((String) node.get("reason")).contains("similar names", "both in Dalarna");
        assertThat(node.get("source")).isEqualTo(ReviewFixture.SOURCE);
        assertThat(((Map<?, ?>) node.get("incoming")).get("name")).isEqualTo("Acme Robotic");
        assertThat(((Map<?, ?>) node.get("incoming")).get("relations").toString()).contains("PARTNER_IN", "Test project X");
        assertThat(((Map<?, ?>) node.get("candidateEntity")).get("id")).isEqualTo(ReviewFixture.CANDIDATE);
    }

    @Test
    void reImportingQueuesNothingTwice() {
        queued("test:row-1");
        fixture.importRow(ReviewFixture.incoming("test:row-1", "Acme Robotic"));

        assertThat(items("test:row-1")).isEqualTo(1);
    }

    @Test
    void theQueueNeedsTheCuratorTokenToBeRead() {
        queued("test:row-1");
        String document = "{ reviewQueue { totalCount } }";

        assertThat(client(null).document(document).executeSync().getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED));
        assertThat(client("Bearer wrong").document(document).executeSync().getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    }

    @Test
    void anAcceptMergesAndTheNextImportIsToldSame() {
        String id = queued("test:row-1");

        ClientGraphQlResponse accepted = curator("mutation { acceptMatch(item: \"" + id
                + "\", by: \"tester\") { status decidedBy matched { id aliases } } }");

        assertThat((Object) accepted.field("acceptMatch.status").getValue()).isEqualTo("ACCEPTED");
        assertThat((Object) accepted.field("acceptMatch.matched.id").getValue()).isEqualTo(ReviewFixture.CANDIDATE);
        assertThat(accepted.field("acceptMatch.matched.aliases").toEntityList(String.class)).contains("Acme Robotic");
        assertThat(fixture.count("MATCH (n:Entity {id: 'test:row-1:own'}) RETURN count(n)", Map.of())).isZero();
        assertThat(fixture.count("""
                MATCH (:Entity {id: $c})-[r:PARTNER_IN {fromKey: 'test:row-1'}]->(:Entity {id: $p}) RETURN count(r)""",
                Map.of("c", ReviewFixture.CANDIDATE, "p", ReviewFixture.PROJECT))).isEqualTo(1);
        assertThat(fixture.resolveOnly(ReviewFixture.incoming("test:row-1", "Acme Robotic")))
                .isInstanceOfSatisfying(Resolution.Same.class, same -> {
                    assertThat(same.id()).isEqualTo(ReviewFixture.CANDIDATE);
                    assertThat(same.reason()).isEqualTo("judged the same by tester");
                });
    }

    @Test
    void aRejectIsNeverQueuedAgain() {
        String id = queued("test:row-2");

        curator("mutation { rejectMatch(item: \"" + id + "\") { status } }");
        Incoming again = ReviewFixture.incoming("test:row-2", "Acme Robotic");
        Resolution next = fixture.resolveOnly(again);
        fixture.importRow(again);

        assertThat(next).isInstanceOf(Resolution.New.class);
        assertThat(items("test:row-2")).isEqualTo(1);
        assertThat(fixture.count("MATCH (i:ReviewItem {key: 'test:row-2', status: 'OPEN'}) RETURN count(i)", Map.of()))
                .isZero();
    }

    @Test
    void aDecidedItemCannotBeDecidedAgain() {
        String id = queued("test:row-2");
        curator("mutation { rejectMatch(item: \"" + id + "\") { status } }");

        ClientGraphQlResponse again = client("Bearer " + TOKEN).document("mutation { acceptMatch(item: \"" + id
                + "\") { status } }").executeSync();

        assertThat(again.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(e.getMessage()).contains("is REJECTED, not OPEN");
        });
    }

    @Test
    void anEditMergesIntoAnotherEntityAndRulesOutTheQueuedOne() {
        try (var session = driver.session()) {
            session.run("CREATE (:Entity:Organisation {id: 'test:org:acme-group', name: 'Acme Group', kind: 'company'})")
                    .consume();
        }
        String id = queued("test:row-4");

        ClientGraphQlResponse edited = curator("mutation { editMatch(item: \"" + id
                + "\", candidate: \"test:org:acme-group\") { status matched { id } } }");

        assertThat((Object) edited.field("editMatch.matched.id").getValue()).isEqualTo("test:org:acme-group");
        assertThat(fixture.count("MATCH (j:Judgement {key: 'test:row-4'}) RETURN count(j)", Map.of())).isEqualTo(2);
        assertThat(fixture.resolveOnly(ReviewFixture.incoming("test:row-4", "Acme Robotic")))
                .isInstanceOfSatisfying(Resolution.Same.class, s -> {
                    assertThat(s.id()).isEqualTo("test:org:acme-group");
                    assertThat(s.reason()).isEqualTo("judged the same by curator");
                });
    }

    @Test
    void undoingAnAcceptedMergeRestoresTheEntityItsFactsAndFlipsTheJudgement() {
        String id = queued("test:row-1");
        curator("mutation { acceptMatch(item: \"" + id + "\") { status } }");

        ClientGraphQlResponse undone = curator(
                "mutation { undoMerge(key: \"test:row-1\") { movedFacts restored { id name } survivor { id aliases } } }");

        assertThat((Object) undone.field("undoMerge.restored.id").getValue()).isEqualTo("test:row-1:own");
        assertThat((Object) undone.field("undoMerge.movedFacts").getValue()).isEqualTo(2);
        assertThat(undone.field("undoMerge.survivor.aliases").toEntityList(String.class)).containsExactly("Acme");
        assertThat(fixture.count("""
                MATCH (:Entity {id: 'test:row-1:own'})-[r:PARTNER_IN {fromKey: 'test:row-1'}]->() RETURN count(r)""",
                Map.of())).isEqualTo(1);
        assertThat(fixture.count("MATCH (:Entity {id: $c})-[r:PARTNER_IN]->() RETURN count(r)",
                Map.of("c", ReviewFixture.CANDIDATE))).isZero();
        assertThat(fixture.count("""
                MATCH (j:Judgement {key: 'test:row-1', candidate: $c, verdict: 'different'}) RETURN count(j)""",
                Map.of("c", ReviewFixture.CANDIDATE))).isEqualTo(1);
        assertThat(fixture.count("MATCH (i:ReviewItem {id: $id, status: 'UNDONE'}) RETURN count(i)", Map.of("id", id)))
                .isEqualTo(1);
        assertThat(fixture.resolveOnly(ReviewFixture.incoming("test:row-1", "Acme Robotic")))
                .isNotInstanceOf(Resolution.Same.class);
    }

    @Test
    void undoingAnAutomaticMergeRecreatesTheIncomingEntity() {
        Incoming in = ReviewFixture.incoming("test:row-3", "Acme Robotics AB");
        assertThat(fixture.importRow(in)).isInstanceOf(Resolution.Same.class);
        assertThat(fixture.count("MATCH (n:Entity {id: $c}) WHERE 'Acme Robotics AB' IN n.aliases RETURN count(n)",
                Map.of("c", ReviewFixture.CANDIDATE))).isEqualTo(1);

        ClientGraphQlResponse undone = curator(
                "mutation { undoMerge(key: \"test:row-3\", by: \"tester\") { movedFacts restored { id name kind } } }");

        assertThat((Object) undone.field("undoMerge.restored.name").getValue()).isEqualTo("Acme Robotics AB");
        assertThat((Object) undone.field("undoMerge.restored.kind").getValue()).isEqualTo("company");
        assertThat((Object) undone.field("undoMerge.movedFacts").getValue()).isEqualTo(1);
        assertThat(fixture.count("MATCH (n:Entity {id: $c}) WHERE 'Acme Robotics AB' IN n.aliases RETURN count(n)",
                Map.of("c", ReviewFixture.CANDIDATE))).isZero();
        assertThat(fixture.count("""
                MATCH (:Entity {id: 'test:row-3:own'})-[m:MENTIONED_IN]->(:Source {id: $s}) RETURN count(m)""",
                Map.of("s", ReviewFixture.SOURCE))).isEqualTo(1);
        assertThat(fixture.count("MATCH (:Entity {id: $c})-[m:MENTIONED_IN]->(:Source {id: $s}) RETURN count(m)",
                Map.of("c", ReviewFixture.CANDIDATE, "s", ReviewFixture.SOURCE))).isZero();
        assertThat(fixture.resolveOnly(in)).isInstanceOf(Resolution.New.class);
        assertThat(List.of(fixture.count("""
                MATCH (j:Judgement {key: 'test:row-3', verdict: 'different', by: 'tester'}) RETURN count(j)""", Map.of())))
                .containsExactly(1L);
    }

    @Test
    void undoingWhatWasNeverMergedIsNotFound() {
        ClientGraphQlResponse response = client("Bearer " + TOKEN)
                .document("mutation { undoMerge(key: \"test:nothing\") { movedFacts } }").executeSync();

        assertThat(response.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
            assertThat(e.getMessage()).contains("Nothing merged for key 'test:nothing'");
        });
    }
}
