package se.samverkan.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;
import se.samverkan.entity.Evidence;
import se.samverkan.entity.FactTime;

/** The ranking rule of docs/api.md on small made-up answers. */
class CarrierRankingTest {

    private static EntityRecord entity(String id, EntityType type, String... dates) {
        Map<String, Object> attributes = new HashMap<>();
        for (int i = 0; i + 1 < dates.length; i += 2) {
            attributes.put(dates[i], dates[i + 1]);
        }
        return new EntityRecord(id, type, id, null, null, List.of(), List.of(), attributes);
    }

    private static Step step(EntityRecord from, String relation, EntityRecord to, String source, FactTime time) {
        return new Step(from, relation, to, true, null, time, Evidence.of(source, "excerpt " + source, false));
    }

    private static Step step(EntityRecord from, String relation, EntityRecord to) {
        return step(from, relation, to, "a.txt", new FactTime("2013", null, null, false));
    }

    private static ConnectionPath path(Step... steps) {
        return new ConnectionPath(List.of(steps));
    }

    private static final EntityRecord A = entity("place:a", EntityType.PLACE);
    private static final EntityRecord B = entity("place:b", EntityType.PLACE);

    private static List<String> carrierIds(Grouped grouped) {
        return grouped.carriers().stream().map(c -> c.entity().id()).toList();
    }

    @Test
    void anEventOnManyPathsDoesNotOutweighAProjectOfSeveralYears() {
        EntityRecord busy = entity("org:busy", EntityType.ORGANISATION);
        EntityRecord lasting = entity("org:lasting", EntityType.ORGANISATION);
        EntityRecord visit = entity("event:visit", EntityType.EVENT, "date", "2013");
        EntityRecord project = entity("project:p", EntityType.PROJECT, "from", "2016", "until", "2020");
        List<ConnectionPath> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EntityRecord guest = entity("org:guest-" + i, EntityType.ORGANISATION);
            paths.add(path(step(busy, "PARTICIPATED_IN", visit), step(visit, "PARTICIPATED_IN", guest)));
        }
        EntityRecord partner = entity("org:partner", EntityType.ORGANISATION);
        paths.add(path(step(lasting, "PARTNER_IN", project), step(project, "PARTNER_IN", partner)));

        Grouped grouped = CarrierRanking.group(paths, A.id(), B.id());

        assertThat(carrierIds(grouped).get(0)).isEqualTo("org:lasting");
        assertThat(grouped.ties().get(0).entity().id()).isEqualTo("project:p");
        Carrier first = grouped.carriers().get(0);
        assertThat(first.firstYear()).isEqualTo(2013);
        assertThat(first.lastYear()).isEqualTo(2020);
        Carrier busyOne = grouped.carriers().stream().filter(c -> c.entity().id().equals("org:busy")).findFirst()
                .orElseThrow();
        assertThat(busyOne.paths()).isEqualTo(6);
        assertThat(busyOne.through()).hasSize(1);
    }

    @Test
    void aTieStatedByTwoSourcesWeighsMoreThanOneStatedOnce() {
        EntityRecord twice = entity("org:twice", EntityType.ORGANISATION);
        EntityRecord once = entity("org:once", EntityType.ORGANISATION);
        EntityRecord other = entity("org:other", EntityType.ORGANISATION);
        FactTime t = new FactTime("2013", null, null, false);
        List<ConnectionPath> paths = List.of(
                path(step(once, "COOPERATES_WITH", other, "a.txt", t)),
                path(step(twice, "COOPERATES_WITH", other, "a.txt", t)),
                path(step(twice, "COOPERATES_WITH", other, "b.txt", t)));

        Grouped grouped = CarrierRanking.group(paths, A.id(), B.id());

        assertThat(carrierIds(grouped)).containsSubsequence("org:twice", "org:once");
        Carrier twiceCarrier = grouped.carriers().stream().filter(c -> c.entity().id().equals("org:twice"))
                .findFirst().orElseThrow();
        assertThat(twiceCarrier.sources()).isEqualTo(2);
        assertThat(twiceCarrier.through()).singleElement().satisfies(c -> {
            assertThat(c.direct()).isTrue();
            assertThat(c.facts()).hasSize(2);
        });
    }

    @Test
    void aDirectStatedFactOutweighsATieThroughAnAgreementAndADirectFactOfInferredYear() {
        EntityRecord direct = entity("org:direct", EntityType.ORGANISATION);
        EntityRecord party = entity("org:party", EntityType.ORGANISATION);
        EntityRecord guess = entity("org:guess", EntityType.ORGANISATION);
        EntityRecord agreement = entity("agreement:x", EntityType.AGREEMENT);
        EntityRecord other = entity("org:other", EntityType.ORGANISATION);
        List<ConnectionPath> paths = List.of(
                path(step(party, "PARTY_TO", agreement), step(agreement, "PARTY_TO", other)),
                path(step(guess, "COOPERATES_WITH", other, "a.txt", new FactTime("2013", null, null, true))),
                path(step(direct, "COOPERATES_WITH", other)));

        assertThat(carrierIds(CarrierRanking.group(paths, A.id(), B.id())))
                .containsSubsequence("org:direct", "org:guess", "org:party");
    }

    @Test
    void aCarrierBetweenTheSidesCountsHalfAndEqualScoresGoById() {
        EntityRecord z = entity("org:z", EntityType.ORGANISATION);
        EntityRecord y = entity("org:y", EntityType.ORGANISATION);
        EntityRecord person = entity("person:p", EntityType.PERSON);
        EntityRecord event = entity("event:e", EntityType.EVENT);
        EntityRecord other = entity("org:other", EntityType.ORGANISATION);
        List<ConnectionPath> paths = List.of(
                path(step(z, "PARTICIPATED_IN", event), step(event, "PARTICIPATED_IN", other)),
                path(step(y, "PARTICIPATED_IN", event), step(event, "PARTICIPATED_IN", other)),
                path(step(z, "WORKS_AT", person), step(person, "CONTACT_FOR", event), step(event, "PARTICIPATED_IN", other)));

        Grouped grouped = CarrierRanking.group(paths, A.id(), B.id());

        assertThat(carrierIds(grouped)).containsExactly("org:other", "org:y", "org:z", "person:p");
        Carrier p = grouped.carriers().get(3);
        assertThat(p.side()).isEqualTo(Side.BETWEEN);
        assertThat(p.score()).isEqualTo(grouped.carriers().get(1).score() / 2);
    }

    @Test
    void theQuestionsOwnEndsAreNoCarriers() {
        EntityRecord a = entity("org:a", EntityType.ORGANISATION);
        EntityRecord b = entity("org:b", EntityType.ORGANISATION);
        Grouped grouped = CarrierRanking.group(List.of(path(step(a, "COOPERATES_WITH", b))), "org:a", "org:b");
        assertThat(grouped.carriers()).isEmpty();
    }
}
