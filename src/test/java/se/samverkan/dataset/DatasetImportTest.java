package se.samverkan.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.dataset.DatasetFixtures.INTERREG;
import static se.samverkan.dataset.DatasetFixtures.INTERREG_NEWER;
import static se.samverkan.dataset.DatasetFixtures.TWINS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.dataset.DatasetImport.OnBadRow;
import se.samverkan.resolution.Candidate;
import se.samverkan.resolution.EntityMatching;
import se.samverkan.resolution.Incoming;
import se.samverkan.resolution.Resolution;

@SamverkanIntegrationTest
class DatasetImportTest {

    static final String INTERREG_SOURCE = "dataset:interreg-sweden-partners";
    static final String TWINS_SOURCE = "dataset:twin-towns-sweden";

    @Autowired
    Driver driver;

    /** The import with a fixed, strict resolution, so the counts below do not depend on the application's rules. */
    DatasetImport imports;

    @Autowired
    List<DatasetFormat<?>> formats;

    @Autowired
    ValidatedWrite writes;

    EntityMatching matching = new StrictMatching();

    Map<String, Object> aliases;

    @BeforeEach
    void remember() {
        aliases = DatasetFixtures.aliases(driver);
        imports = new DatasetImport(formats, writes, matching);
    }

    @AfterEach
    void cleanUp() {
        DatasetFixtures.deleteImports(driver, aliases);
    }

    Manifest interreg(DatasetImport with, String resource, String asOf) {
        return DatasetFixtures.importResource(with, InterregPartners.NAME, resource, asOf, OnBadRow.SKIP);
    }

    List<Record> query(String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            return session.run(cypher, parameters).list();
        }
    }

    long count(String cypher, Map<String, Object> parameters) {
        return query(cypher, parameters).get(0).get(0).asLong();
    }

    static void addsUp(Manifest m) {
        assertThat(m.rowsImported() + m.rowsRefused()).isEqualTo(m.rowsRead());
        assertThat(m.refused()).hasSize(m.rowsRefused());
    }

    @Test
    void theInterregExcerptBecomesProgrammesProjectsAndPartnersCitingTheDatasetRowByRow() {
        Manifest m = interreg(imports, INTERREG, null);

        addsUp(m);
        assertThat(m.rowsRead()).isEqualTo(18);
        assertThat(m.refused()).containsExactly(new RefusedRow(1, "slutdatum '2027-02-31' is not a real date"),
                new RefusedRow(6, "no organisation name (organisationsnamn)"));
        // the programmes, projects and organisations of the 16 rows, each once however often the file names it
        assertThat(m.entitiesCreated() + m.entitiesMerged() + m.entitiesQueued() + m.entitiesUnchanged()).isEqualTo(27);
        assertThat(m.entitiesQueued()).isZero();
        // per row PART_OF and PARTNER_IN, LOCATED_IN where a county is given: 16 + 15 + ... once each
        assertThat(m.factsAdded()).isEqualTo(count("MATCH ()-[r]->() WHERE r.source = $s RETURN count(r)",
                Map.of("s", INTERREG_SOURCE)));
        assertThat(m.factsUpdated() + m.factsUnchanged() + m.factsNoLongerStated()).isZero();

        Record source = query("MATCH (s:Source {id: $s}) RETURN s", Map.of("s", INTERREG_SOURCE)).get(0);
        assertThat(source.get("s").asMap()).containsEntry("kind", "dataset").containsEntry("version", "2026-06-09")
                .containsKeys("publisher", "title", "licence", "url", "retrieved");
        Record partner = query("""
                MATCH (o:Organisation)-[r:PARTNER_IN]->(p:Project {name: 'GränsENERGI'})-[:PART_OF]->(g:Programme)
                WHERE r.source = $s AND o.name CONTAINS 'Dalarna Science Park'
                RETURN properties(r) AS r, g.name AS programme, p.from AS from, p.until AS until""",
                Map.of("s", INTERREG_SOURCE)).get(0);
        assertThat(partner.get("programme").asString()).isEqualTo("Interreg Sverige-Norge");
        assertThat(partner.get("from").asString()).isEqualTo("2025-01-01");
        assertThat(partner.get("r").asMap()).containsEntry("role", "project partner").containsEntry("budget", "199284")
                .containsEntry("from", "2025-01-01").containsEntry("until", "2027-12-31").containsEntry("row", "row 15")
                .containsEntry("statedIn", "2026-06-09")
                .containsEntry("fromKey", "organisation|stiftelsen dalarna science park")
                .containsEntry("toKey", "project|sverige-norge|gransenergi|regular")
                .containsEntry("excerpt", "Stiftelsen Dalarna Science Park, PP in GränsENERGI (Sverige-Norge), Dalarnas län,"
                        + " 2025-01-01–2027-12-31");
        // a fact to a reference place has no toKey; a fact several rows state cites each of them
        Map<String, Object> located = query("""
                MATCH (o:Organisation)-[r:LOCATED_IN]->(:Place {id: 'place:dalarna'})
                WHERE r.source = $s AND o.name = 'Stiftelsen Dalarna Science Park' RETURN properties(r) AS r""",
                Map.of("s", INTERREG_SOURCE)).get(0).get("r").asMap();
        assertThat(located).doesNotContainKey("toKey").containsEntry("row", "row 4, row 12, row 15");
        // without a county the organisation is just not located
        assertThat(count("MATCH (o:Organisation {name: 'Arts Dot Association'}) RETURN count { (o)-[:LOCATED_IN]->() }",
                Map.of())).isZero();
        assertThat(count("MATCH (m:ImportManifest)-[:MANIFEST_OF]->(:Source {id: $s}) RETURN count(m)",
                Map.of("s", INTERREG_SOURCE))).isEqualTo(1);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        interreg(imports, INTERREG, null);
        long nodes = count("MATCH (n) RETURN count(n)", Map.of());
        long relationships = count("MATCH ()-[r]->() RETURN count(r)", Map.of());

        Manifest again = interreg(imports, INTERREG, null);

        addsUp(again);
        assertThat(again.entitiesCreated() + again.entitiesMerged() + again.entitiesQueued()).isZero();
        assertThat(again.entitiesUnchanged()).isEqualTo(27);
        assertThat(again.factsAdded() + again.factsUpdated() + again.factsNoLongerStated()).isZero();
        // only the second run's manifest is new
        assertThat(count("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(nodes + 1);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)", Map.of())).isEqualTo(relationships + 1);
    }

    @Test
    void aNewerFileAddsWhatIsNewUpdatesWhatChangedAndMarksWhatItNoLongerStates() {
        Manifest first = interreg(imports, INTERREG, null);

        Manifest newer = interreg(imports, INTERREG_NEWER, "2026-12-01");

        addsUp(newer);
        assertThat(newer.version()).isEqualTo("2026-12-01");
        assertThat(newer.factsAdded()).isEqualTo(2); // Region Dalarna PARTNER_IN ACTIVE ID, which is PART_OF its programme
        assertThat(newer.factsUpdated()).isEqualTo(1); // GränsENERGI's budget
        assertThat(query("""
                MATCH (a)-[r]->(b) WHERE r.source = $s AND r.noLongerStated IS NOT NULL
                RETURN a.name + ' ' + type(r) + ' ' + b.name AS fact""", Map.of("s", INTERREG_SOURCE))
                .stream().map(r -> r.get("fact").asString()).toList())
                .containsExactly("Stiftelsen Dalarna Science Park PARTNER_IN BSI_4Women");
        assertThat(newer.factsNoLongerStated()).isEqualTo(1);
        assertThat(newer.factsUnchanged()).isEqualTo(first.factsAdded() - 2);
        Map<String, Object> gone = query("""
                MATCH (:Organisation {name: 'Stiftelsen Dalarna Science Park'})-[r:PARTNER_IN]->(:Project {name: 'BSI_4Women'})
                RETURN properties(r) AS r""", Map.of()).get(0).get("r").asMap();
        assertThat(gone).containsEntry("noLongerStated", "2026-12-01").containsEntry("statedIn", "2026-06-09");
        assertThat(query("""
                MATCH (:Organisation {name: 'Stiftelsen Dalarna Science Park'})-[r:PARTNER_IN]->(:Project {name: 'GränsENERGI'})
                RETURN r.budget AS budget, r.statedIn AS version""", Map.of()).get(0).asMap())
                .containsEntry("budget", "210000").containsEntry("version", "2026-12-01");
        assertThat(query("MATCH (s:Source {id: $s}) RETURN s.version AS v", Map.of("s", INTERREG_SOURCE)).get(0)
                .get("v").asString()).isEqualTo("2026-12-01");

        // stated again by a later file, it is current again
        Manifest again = interreg(imports, INTERREG, "2027-01-01");
        assertThat(again.factsUpdated()).isEqualTo(2); // the budget back, the BSI_4Women fact restated
        assertThat(again.factsNoLongerStated()).isEqualTo(2); // the two facts only the newer file gave
        assertThat(count("""
                MATCH (:Organisation {name: 'Stiftelsen Dalarna Science Park'})-[r:PARTNER_IN]->(:Project {name: 'BSI_4Women'})
                WHERE r.noLongerStated IS NULL RETURN count(r)""", Map.of())).isEqualTo(1);
    }

    @Test
    void underRefuseABadRowRefusesTheWholeFileAndNothingIsWritten() {
        assertThatThrownBy(() -> DatasetFixtures.importResource(imports, InterregPartners.NAME, INTERREG, null,
                OnBadRow.REFUSE))
                .isInstanceOfSatisfying(DatasetRefusedException.class, e -> {
                    assertThat(e.manifest().written()).isFalse();
                    assertThat(e.manifest().refused()).extracting(RefusedRow::line).containsExactly(1, 6);
                    addsUp(e.manifest());
                });
        assertThat(count("MATCH (s:Source {id: $s}) RETURN count(s)", Map.of("s", INTERREG_SOURCE))).isZero();
        assertThat(count("MATCH (o:Organisation) WHERE o.id STARTS WITH 'org:interreg:' RETURN count(o)", Map.of()))
                .isZero();

        Manifest skipped = interreg(imports, INTERREG, null);
        assertThat(skipped.written()).isTrue();
        assertThat(skipped.rowsImported()).isEqualTo(16);
    }

    /** Resolution as the real one answers, except for the names given, which get the answer given. */
    static final class ScriptedMatching implements EntityMatching {

        private final EntityMatching real;
        private final Map<String, Resolution> answers;
        final List<String> queued = new ArrayList<>();

        ScriptedMatching(EntityMatching real, Map<String, Resolution> answers) {
            this.real = real;
            this.answers = answers;
        }

        @Override
        public Resolution resolve(Incoming incoming, QueryRunner tx) {
            return answers.getOrDefault(incoming.name(), real.resolve(incoming, tx));
        }

        @Override
        public void queue(Incoming incoming, String createdId, List<Candidate> candidates, QueryRunner tx) {
            assertThat(tx.run("MATCH (n:Entity {id: $id}) RETURN count(n) AS n", Map.of("id", createdId)).single()
                    .get("n").asLong()).as("the entity queued exists when it is queued").isEqualTo(1);
            queued.add(createdId + " ~ " + candidates.stream().map(Candidate::id).toList());
        }
    }

    @Test
    void anUncertainEntityIsCreatedUnderItsOwnIdAndQueuedWithItsCandidates() {
        Candidate other = new Candidate("org:interreg:lansstyrelsen-dalarna", "Länsstyrelsen Dalarna", 0.8,
                "the same name without 'I … län'");
        ScriptedMatching scripted = new ScriptedMatching(matching,
                Map.of("Länsstyrelsen I Dalarnas Län", new Resolution.Uncertain(List.of(other))));
        DatasetImport withQueue = new DatasetImport(formats, writes, scripted);

        Manifest m = interreg(withQueue, INTERREG, null);

        assertThat(m.entitiesQueued()).isEqualTo(1);
        assertThat(scripted.queued).containsExactly(
                "org:interreg:lansstyrelsen-i-dalarnas-lan ~ [org:interreg:lansstyrelsen-dalarna]");
        assertThat(count("MATCH (o:Organisation {id: 'org:interreg:lansstyrelsen-i-dalarnas-lan'}) "
                + "RETURN count { (o)-[:PARTNER_IN]->() }", Map.of())).isEqualTo(2);

        Manifest again = interreg(withQueue, INTERREG, null);
        assertThat(again.entitiesQueued()).isZero();
        assertThat(again.entitiesUnchanged()).isEqualTo(27);
    }

    @Test
    void anEntityAnEarlierImportCreatedStaysItselfOnReImportWhateverResolutionWouldSayNow() {
        interreg(imports, INTERREG, null);
        ScriptedMatching later = new ScriptedMatching(matching, Map.of("Länsstyrelsen I Dalarnas Län",
                new Resolution.Same("org:interreg:lansstyrelsen-dalarna", 0.95, "stored since")));

        Manifest again = interreg(new DatasetImport(formats, writes, later), INTERREG, null);

        assertThat(again.entitiesMerged() + again.factsAdded() + again.factsNoLongerStated()).isZero();
        assertThat(count("MATCH (o:Organisation {id: 'org:interreg:lansstyrelsen-i-dalarnas-lan'}) "
                + "RETURN count { (o)-[:PARTNER_IN]->() }", Map.of())).isEqualTo(2);
    }

    @Test
    void aCertainMatchPutsTheFactsOnTheStoredEntityAndKeepsTheDatasetsSpellingAsAnAlias() {
        ScriptedMatching scripted = new ScriptedMatching(matching, Map.of("Stiftelsen Dalarna Science Park",
                new Resolution.Same("org:dalarna-science-park", 0.95, "Stiftelsen is a legal form")));

        Manifest m = interreg(new DatasetImport(formats, writes, scripted), INTERREG, null);

        assertThat(m.entitiesMerged()).isGreaterThanOrEqualTo(1);
        Record dsp = query("""
                MATCH (o:Entity {id: 'org:dalarna-science-park'})
                RETURN o.name AS name, o.aliases AS aliases,
                       COLLECT { MATCH (o)-[r:PARTNER_IN]->(p:Project) WHERE r.source = $s RETURN p.name ORDER BY p.name } AS projects,
                       count { (o)-[r]-() WHERE r.source STARTS WITH '10' OR r.source ENDS WITH '.md' OR r.source ENDS WITH '.txt' } AS seedFacts""",
                Map.of("s", INTERREG_SOURCE)).get(0);
        assertThat(dsp.get("name").asString()).isEqualTo("Dalarna Science Park");
        assertThat(dsp.get("aliases").asList(v -> v.asString())).contains("Stiftelsen Dalarna Science Park");
        assertThat(dsp.get("projects").asList(v -> v.asString()))
                .containsExactly("BSI_4Women", "Circular Bioeconomy Arena", "GränsENERGI");
        assertThat(count("MATCH (o:Organisation) WHERE o.name = 'Stiftelsen Dalarna Science Park' RETURN count(o)",
                Map.of())).isZero();
    }

    @Test
    void twinTownsAreFriendshipCityAgreementsBetweenTheKommunAndTheCity() {
        Manifest m = DatasetFixtures.importResource(imports, TwinTowns.NAME, TWINS, null, OnBadRow.SKIP);

        addsUp(m);
        assertThat(m.rowsRead()).isEqualTo(31);
        assertThat(m.rowsRefused()).isZero();
        // Gothenburg and Gothenburg Municipality are one kommun: one agreement with Shanghai, two row references
        List<Record> shanghai = query("""
                MATCH (k:Organisation)-[r:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Place {id: 'place:city:cn:shanghai'})
                WHERE r.source = $s RETURN k.name AS kommun, a.kind AS kind, r.row AS row, r.statedIn AS asOf""",
                Map.of("s", TWINS_SOURCE));
        assertThat(shanghai).hasSize(1);
        assertThat(shanghai.get(0).asMap()).containsEntry("kommun", "Göteborgs kommun")
                .containsEntry("kind", "friendship city").containsEntry("asOf", "2017");
        assertThat(shanghai.get(0).get("row").asString()).matches("line \\d+, line \\d+");
        // Borlänge kommun is the seed's organisation (exactly its name), now also located in its kommun
        assertThat(count("""
                MATCH (:Organisation {id: 'org:borlange-kommun'})-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(:Place {id: 'place:city:ro:pitesti'})
                RETURN count(*)""", Map.of())).isEqualTo(1);
        assertThat(count("""
                MATCH (:Organisation {id: 'org:borlange-kommun'})-[r:LOCATED_IN]->(:Place {id: 'place:kommun:2081'})
                WHERE r.source = $s RETURN count(r)""", Map.of("s", TWINS_SOURCE))).isEqualTo(1);
    }
}
