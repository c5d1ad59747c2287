package se.samverkan.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.TestGraphQl;
import se.samverkan.curation.CurationTestData;
import se.samverkan.dataset.DatasetImport.OnBadRow;

/** The datasets through the HTTP upload and the answers they give: search, connections, the report, a fact's status. */
@SamverkanIntegrationTest
class DatasetAnswersTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Driver driver;

    @Autowired
    DatasetImport imports;

    Map<String, Object> aliases;

    @BeforeEach
    void remember() {
        aliases = DatasetFixtures.aliases(driver);
    }

    @AfterEach
    void cleanUp() {
        DatasetFixtures.deleteImports(driver, aliases);
    }

    ResponseEntity<Map<String, Object>> upload(String token, String query, String resource) throws IOException {
        byte[] content;
        try (InputStream in = DatasetFixtures.open(resource)) {
            content = in.readAllBytes();
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return resource.substring(resource.lastIndexOf('/') + 1);
            }
        });
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).post().uri("/import" + query)
                .contentType(MediaType.MULTIPART_FORM_DATA);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.body(parts).retrieve().onStatus(s -> true, (req, res) -> {
        }).toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
        });
    }

    long sources() {
        try (Session session = driver.session()) {
            return session.run("MATCH (s:Source) WHERE s.id IN $ids RETURN count(s)", Map.of("ids", DatasetFixtures.SOURCES))
                    .single().get(0).asLong();
        }
    }

    @Test
    void theUploadWithAFormatNeedsTheCuratorTokenAndAnswersWithTheManifest() throws IOException {
        ResponseEntity<Map<String, Object>> anonymous = upload(null, "?format=twin-towns", DatasetFixtures.TWINS);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(sources()).isZero();

        ResponseEntity<Map<String, Object>> unknown = upload(CurationTestData.TOKEN, "?format=phone-book",
                DatasetFixtures.TWINS);
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).containsEntry("message",
                "Unknown dataset format 'phone-book'; use one of [interreg-partners, twin-towns]");

        ResponseEntity<Map<String, Object>> refused = upload(CurationTestData.TOKEN,
                "?format=interreg-partners&onBadRow=refuse", DatasetFixtures.INTERREG);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("written", false).containsEntry("rowsRefused", 2);
        assertThat(sources()).isZero();

        ResponseEntity<Map<String, Object>> ok = upload(CurationTestData.TOKEN, "?format=twin-towns&asOf=2017-06",
                DatasetFixtures.TWINS);
        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getBody()).containsEntry("format", "twin-towns").containsEntry("version", "2017-06")
                .containsEntry("rowsRead", 31).containsEntry("rowsRefused", 0).containsEntry("written", true);
        assertThat(sources()).isEqualTo(1);
    }

    @Test
    void twoCountiesConnectOverTheInterregProjectsTheirOrganisationsShare() {
        DatasetFixtures.importResource(imports, InterregPartners.NAME, DatasetFixtures.INTERREG, null, OnBadRow.SKIP);

        List<String> connectors = TestGraphQl.tester(port).document("""
                { connections(from: "Dalarnas län", to: "Värmlands län", maxHops: 4) { connectors { entity { name } } } }""")
                .execute().path("connections.connectors[*].entity.name").entityList(String.class).get();

        // the shared projects and their Dalarna partner (under the seed's name once resolution merges it)
        assertThat(connectors).contains("GränsENERGI", "Circular Bioeconomy Arena", "Karlstads universitet");
    }

    @Test
    void theReportListsSwedishMunicipalitiesTwinnedWithChineseCities() {
        DatasetFixtures.importResource(imports, TwinTowns.NAME, DatasetFixtures.TWINS, null, OnBadRow.SKIP);

        Map<String, Object> export = RestClient.create("http://localhost:" + port).get()
                .uri("/reports/twin-towns-by-country.json?country=China").retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {
                });

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) export.get("rows");
        assertThat(rows).extracting(r -> r.get("municipality") + " – " + r.get("twin"))
                .contains("Göteborgs kommun – Shanghai", "Skellefteå kommun – Tongling", "Borlänge kommun – Wuhan")
                .doesNotContain("Göteborgs kommun – Lyon", "Borlänge kommun – Piteşti");
        // the seed's Borlänge–Wuhan agreement and the 13 Chinese rows of the excerpt, of which Gothenburg's and
        // Malmö's are each stated twice (city and municipality): one agreement each
        assertThat(rows).hasSize(12);
    }

    @Test
    void aFactANewerVersionNoLongerStatesSaysSoAmongTheEntitysFacts() {
        DatasetFixtures.importResource(imports, InterregPartners.NAME, DatasetFixtures.INTERREG, null, OnBadRow.SKIP);
        DatasetFixtures.importResource(imports, InterregPartners.NAME, DatasetFixtures.INTERREG_NEWER, "2026-12-01",
                OnBadRow.SKIP);

        List<Map<String, Object>> evidence = TestGraphQl.tester(port).document("""
                { search(text: "Stiftelsen Dalarna Science Park", types: [ORGANISATION], first: 1) {
                    ... on Organisation { relations(types: ["PARTNER_IN"]) { edges { node {
                      other { name } evidence { row statedIn noLongerStated } } } } } } }""")
                .execute().path("search[0].relations.edges[*].node").entityList(
                        new ParameterizedTypeReference<Map<String, Object>>() {
                        }).get();

        assertThat(evidence).extracting(n -> ((Map<?, ?>) n.get("other")).get("name") + " " + n.get("evidence"))
                .containsExactlyInAnyOrder(
                        "BSI_4Women {row=row 4, statedIn=2026-06-09, noLongerStated=2026-12-01}",
                        "Circular Bioeconomy Arena {row=row 11, statedIn=2026-12-01, noLongerStated=null}",
                        "GränsENERGI {row=row 14, statedIn=2026-12-01, noLongerStated=null}");
    }

    /**
     * Depends on the resolution branch: with its normalised names (legal forms such as "Stiftelsen" dropped)
     * "Stiftelsen Dalarna Science Park" is the seed's Dalarna Science Park. The strict matcher on main keeps them
     * apart, and then this test is skipped rather than failed.
     */
    @Test
    void dalarnaScienceParkIsOneOrganisationWithItsSeedFactsAndItsThreeInterregProjects() {
        DatasetFixtures.importResource(imports, InterregPartners.NAME, DatasetFixtures.INTERREG, null, OnBadRow.SKIP);
        long stiftelsen;
        try (Session session = driver.session()) {
            stiftelsen = session.run("MATCH (o:Organisation {name: 'Stiftelsen Dalarna Science Park'}) RETURN count(o)")
                    .single().get(0).asLong();
        }
        assumeTrue(stiftelsen == 0, "the entity resolution in use keeps 'Stiftelsen Dalarna Science Park' apart from"
                + " the seed's Dalarna Science Park (the strict ExactNameMatching)");

        List<String> found = TestGraphQl.tester(port).document("""
                { search(text: "Dalarna Science Park", types: [ORGANISATION]) { id } }""")
                .execute().path("search[*].id").entityList(String.class).get();
        assertThat(found).containsExactly("org:dalarna-science-park");
        try (Session session = driver.session()) {
            var dsp = session.run("""
                    MATCH (o:Organisation {id: 'org:dalarna-science-park'})
                    RETURN COLLECT { MATCH (o)-[r:PARTNER_IN]->(p:Project) WHERE r.source = 'dataset:interreg-sweden-partners'
                                     RETURN p.name ORDER BY p.name } AS projects,
                           count { (o)-[r]-() WHERE NOT r.source STARTS WITH 'dataset:' } AS seedFacts""").single();
            assertThat(dsp.get("projects").asList(v -> v.asString()))
                    .containsExactly("BSI_4Women", "Circular Bioeconomy Arena", "GränsENERGI");
            assertThat(dsp.get("seedFacts").asLong()).isGreaterThan(5);
        }
    }
}
