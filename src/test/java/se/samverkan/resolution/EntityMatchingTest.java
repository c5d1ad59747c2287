package se.samverkan.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.entity.EntityType;

/**
 * Resolution against the seed data, as the dataset import calls it: inside one write transaction, which each test
 * rolls back, so the seed is left as it was.
 */
@SamverkanIntegrationTest
class EntityMatchingTest {

    @Autowired
    Driver driver;

    @Autowired
    EntityMatching matching;

    Session session;
    Transaction tx;

    @BeforeEach
    void begin() {
        session = driver.session();
        tx = session.beginTransaction();
    }

    @AfterEach
    void rollBack() {
        tx.close();
        session.close();
    }

    static Incoming organisation(String key, String name, String placeId) {
        return new Incoming(key, "org:test-" + key.replace(':', '-'), EntityType.ORGANISATION, name, List.of(), placeId,
                "dataset:test");
    }

    /** What the import does for a New or Uncertain entity: creates it under its own id, located where it says. */
    void create(Incoming in) {
        tx.run("""
                CREATE (n:Entity:Organisation {id: $id, name: $name, kind: 'company'})
                WITH n MATCH (p:Entity {id: $place})
                CREATE (n)-[:LOCATED_IN {source: 'dataset:test', fromKey: $key, excerpt: $name}]->(p)""",
                Map.of("id", in.ownId(), "name", in.name(), "place", in.placeId(), "key", in.key())).consume();
    }

    @Test
    void theFoundationsSpellingIsTheSeedsDalarnaSciencePark() {
        Resolution r = matching.resolve(organisation("test:dsp", "Stiftelsen Dalarna Science Park", "place:dalarna"), tx);

        assertThat(r).isInstanceOfSatisfying(Resolution.Same.class, same -> {
            assertThat(same.id()).isEqualTo("org:dalarna-science-park");
            assertThat(same.reason()).contains("without the legal form 'Stiftelsen'", "both in Dalarna");
        });
    }

    @Test
    void anAutomaticMatchIsStoredAsAJudgementByResolution() {
        matching.resolve(organisation("test:dsp", "Stiftelsen Dalarna Science Park", "place:dalarna"), tx);

        assertThat(tx.run("MATCH (j:Judgement {key: 'test:dsp'}) RETURN j.candidate AS c, j.verdict AS v, j.by AS by")
                .single().asMap()).isEqualTo(Map.of("c", "org:dalarna-science-park", "v", "same", "by", "resolution"));
    }

    @Test
    void aCapitalisedMunicipalityIsTheStoredOne() {
        Resolution r = matching.resolve(organisation("test:borlange", "BORLÄNGE KOMMUN", "place:dalarna"), tx);

        assertThat(r).isInstanceOfSatisfying(Resolution.Same.class,
                same -> assertThat(same.id()).isEqualTo("org:borlange-kommun"));
    }

    @Test
    void theTwoSpellingsOfTheCountyBoardAreOneEntity() {
        Incoming first = organisation("test:lst1", "Länsstyrelsen Dalarna", "place:dalarna");
        assertThat(matching.resolve(first, tx)).as("no county board of Dalarna in the seed")
                .isInstanceOf(Resolution.New.class);
        create(first);

        Resolution second = matching.resolve(organisation("test:lst2", "Länsstyrelsen I Dalarnas Län", "place:dalarna"), tx);

        assertThat(second).isInstanceOfSatisfying(Resolution.Same.class, same -> {
            assertThat(same.id()).isEqualTo(first.ownId());
            assertThat(same.reason()).contains("'I Dalarnas Län' as the county Dalarna");
        });
    }

    @Test
    void theTwoSpellingsOfFalunBorlangeRegionAreOneEntity() {
        Incoming first = organisation("test:fbr1", "Falun Borlänge region", "place:dalarna");
        create(first);

        assertThat(matching.resolve(organisation("test:fbr2", "Falun Borlänge Regionen Ab", "place:dalarna"), tx))
                .isInstanceOfSatisfying(Resolution.Same.class, same -> assertThat(same.id()).isEqualTo(first.ownId()));
    }

    @Test
    void organisationsSharingOnlyTheCountysNameAreNotMatched() {
        Resolution r = matching.resolve(organisation("test:lst", "Länsstyrelsen Dalarna", "place:dalarna"), tx);

        assertThat(r).isInstanceOf(Resolution.New.class);
    }

    @Test
    void aCloseNameGoesToTheQueueWithItsScoreAndReason() {
        Resolution r = matching.resolve(organisation("test:dsp-ab", "Dalarna Science Parks", "place:dalarna"), tx);

        assertThat(r).isInstanceOfSatisfying(Resolution.Uncertain.class, u -> assertThat(u.candidates()).first()
                .satisfies(c -> {
                    assertThat(c.id()).isEqualTo("org:dalarna-science-park");
                    assertThat(c.score()).isBetween(RuleMatching.QUEUE, RuleMatching.SAME - 0.01);
                    assertThat(c.reason()).contains("similar names", "both in Dalarna");
                }));
    }

    @Test
    void lyingElsewhereMakesAnExactNameUncertain() {
        Resolution r = matching.resolve(organisation("test:dsp-far", "Dalarna Science Park AB", "place:iso:se-bd"), tx);

        assertThat(r).isInstanceOfSatisfying(Resolution.Uncertain.class, u -> assertThat(u.candidates()).first()
                .satisfies(c -> assertThat(c.reason()).contains("lies elsewhere than Norrbottens län")));
    }

    @Test
    void aFormerNameMatches() {
        Resolution r = matching.resolve(organisation("test:tkd", "Stiftelsen Teknikdalen", "place:dalarna"), tx);

        assertThat(r).isInstanceOfSatisfying(Resolution.Same.class, same -> {
            assertThat(same.id()).isEqualTo("org:dalarna-science-park");
            assertThat(same.reason()).contains("Teknikdalen");
        });
    }

    @Test
    void anotherTypeIsNeverTheSame() {
        Incoming place = new Incoming("test:place", "place:test-dsp", EntityType.PLACE, "Dalarna Science Park", List.of(),
                null, "dataset:test");

        assertThat(matching.resolve(place, tx)).isInstanceOf(Resolution.New.class);
    }

    @Test
    void anAgreementNamedAfterOneOfTheSamePartiesIsNewNotQueued() {
        Incoming pitesti = new Incoming("test:twin", "agreement:test-twin", EntityType.AGREEMENT,
                "Borlänge–Pitești friendship city agreement", List.of(), null, "dataset:test");

        assertThat(matching.resolve(pitesti, tx)).isInstanceOf(Resolution.New.class);
    }

    @Test
    void anAgreementOfTheSameNameIsTheStoredOne() {
        Incoming wuhan = new Incoming("test:twin", "agreement:test-twin", EntityType.AGREEMENT,
                "Borlänge–Wuhan friendship city agreement", List.of(), null, "dataset:test");

        assertThat(matching.resolve(wuhan, tx)).isInstanceOfSatisfying(Resolution.Same.class,
                same -> assertThat(same.id()).isEqualTo("agreement:borlange-wuhan-friendship-city"));
    }
}
