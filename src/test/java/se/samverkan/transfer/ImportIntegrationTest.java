package se.samverkan.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.curation.CurationTestData;
import se.samverkan.curation.ImportProperties;
import se.samverkan.curation.ImportResult;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.curation.ValidationException;

@SamverkanIntegrationTest
class ImportIntegrationTest {

    static final String HEADER = "record,id,type,name,kind,from_id,to_id,source,excerpt,title,publisher,published,date\n";
    static final String SOURCE = "source,test:bulk.txt,,,,,,,,Test partner list,Test Publisher,2024-03,\n";
    static final String[] PLACES = {"place:wuhan", "place:borlange", "place:dalarna", "place:tartu", "place:zibo"};

    @Value("${local.server.port}")
    int port;

    @Autowired
    Driver driver;

    @Autowired
    Importer importer;

    @AfterEach
    void cleanUp() {
        CurationTestData.deleteAll(driver);
    }

    /** {@code organisations} organisations, each located in a seed place and cooperating with two others. */
    static String partnerList(int organisations) {
        StringBuilder csv = new StringBuilder(HEADER).append(SOURCE);
        for (int i = 0; i < organisations; i++) {
            csv.append("entity,test:org-").append(i).append(",Organisation,Test Partner ").append(i)
                    .append(",company,,,test:bulk.txt,Test Partner ").append(i).append(" is on the list.,,,,\n");
        }
        for (int i = 0; i < organisations; i++) {
            csv.append("relation,,LOCATED_IN,,,test:org-").append(i).append(',').append(PLACES[i % PLACES.length])
                    .append(",test:bulk.txt,Located.,,,,\n");
            for (int k = 1; k <= 2; k++) {
                csv.append("relation,,COOPERATES_WITH,,,test:org-").append(i).append(",test:org-")
                        .append((i + k) % organisations).append(",test:bulk.txt,Cooperates.,,,,2024\n");
            }
        }
        return csv.toString();
    }

    long testEntities() {
        return CurationTestData.count(driver, "MATCH (n:Entity) WHERE n.id STARTS WITH 'test:' RETURN count(n)");
    }

    long testFacts() {
        return CurationTestData.count(driver,
                "MATCH (n:Entity)-[r]->(:Entity) WHERE n.id STARTS WITH 'test:' RETURN count(r)");
    }

    ImportResult importCsv(Importer importer, String csv, ValidatedWrite.Progress progress) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return importer.importFiles(List.of(new Importer.Input("partners.csv", bytes.length,
                () -> new ByteArrayInputStream(bytes))), progress);
    }

    @Test
    void validImportOfThousandsOfRowsIsWrittenOnceAndReimportChangesNothing() {
        String csv = partnerList(1500); // 1 source + 1500 entities + 1500 mentions + 4500 facts
        List<Integer> progress = new ArrayList<>();
        ImportResult first = importCsv(importer, csv, (done, total) -> progress.add(done));
        assertThat(first.records()).isEqualTo(1 + 1500 + 1500 + 4500);
        assertThat(first.nodesCreated()).isEqualTo(1 + 1500);
        assertThat(first.relationshipsCreated()).isEqualTo(1500 + 4500);
        assertThat(progress).last().isEqualTo(first.records());
        assertThat(testEntities()).isEqualTo(1500);
        assertThat(testFacts()).isEqualTo(4500);

        ImportResult again = importCsv(importer, csv, ValidatedWrite.Progress.NONE);
        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(testEntities()).isEqualTo(1500);
        assertThat(testFacts()).isEqualTo(4500);
        assertThat(CurationTestData.count(driver,
                "MATCH (n:Entity {id: 'test:org-7'})-[m:MENTIONED_IN]->(:Source {id: 'test:bulk.txt'}) RETURN count(m)"))
                .isEqualTo(1);
    }

    @Test
    void importWithOneBadRowWritesNothingAndReportsItsLine() {
        String csv = partnerList(300);
        List<String> lines = new ArrayList<>(List.of(csv.split("\n")));
        int bad = 250; // 1-based line number in the file
        lines.set(bad - 1, lines.get(bad - 1).replace(",Organisation,", ",Event,").replace(",company,", ",conference,")
                .replaceFirst(",,,,$", ",,,,2019-02-30"));
        assertThat(lines.get(bad - 1)).startsWith("entity,").endsWith("2019-02-30");
        assertThatThrownBy(() -> importCsv(importer, String.join("\n", lines) + "\n", ValidatedWrite.Progress.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.total()).isGreaterThanOrEqualTo(1);
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.line()).isEqualTo(bad);
                        assertThat(p.column()).isEqualTo("date");
                    });
                });
        assertThat(testEntities()).isZero();
        assertThat(CurationTestData.count(driver, "MATCH (s:Source {id: 'test:bulk.txt'}) RETURN count(s)")).isZero();
    }

    @Test
    void importInterruptedHalfWayLeavesTheStoreAsItWas() {
        Importer smallBatches = new Importer(driver, new ImportProperties(DataSize.ofMegabytes(10), 100_000, 4000, 200,
                100, Duration.ofMinutes(5)));
        long before = CurationTestData.count(driver, "MATCH (n) RETURN count(n)");
        assertThatThrownBy(() -> importCsv(smallBatches, partnerList(1000), (done, total) -> {
            if (done >= 2000) {
                throw new IllegalStateException("simulated crash after " + done + " of " + total + " records");
            }
        })).hasMessageContaining("simulated crash");
        assertThat(testEntities()).isZero();
        assertThat(CurationTestData.count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(before);
    }

    ResponseEntity<Map<String, Object>> upload(String token, String name, String content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).post().uri("/import")
                .contentType(MediaType.MULTIPART_FORM_DATA);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.body(parts).retrieve().onStatus(s -> true, (req, res) -> {
        }).toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
        });
    }

    @Test
    void uploadNeedsTheCuratorToken() {
        String csv = partnerList(3);
        ResponseEntity<Map<String, Object>> anonymous = upload(null, "p.csv", csv);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(anonymous.getBody()).containsEntry("error", "Unauthorized")
                .containsEntry("message", "Writing needs a curator token: send 'Authorization: Bearer <token>'");
        ResponseEntity<Map<String, Object>> wrong = upload("wrong", "p.csv", csv);
        assertThat(wrong.getStatusCode().value()).isEqualTo(403);
        assertThat(wrong.getBody()).containsEntry("error", "Forbidden")
                .containsEntry("message", "The curator token is not valid");
        assertThat(testEntities()).isZero();
        ResponseEntity<Map<String, Object>> ok = upload(CurationTestData.TOKEN, "p.csv", csv);
        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getBody()).containsEntry("entities", 3).containsEntry("facts", 9);
        assertThat(testEntities()).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidUploadIsRejectedWithEveryBadRow() {
        String json = """
                [
                {"record": "source", "id": "test:bulk.txt", "title": "T", "publisher": "P", "published": "2024"},
                {"record": "entity", "id": "test:acme", "type": "Organisation", "name": "Acme",
                 "source": "test:bulk.txt", "excerpt": "Acme."},
                {"record": "relation", "from_id": "test:acme", "type": "WORKS_AT", "to_id": "place:wuhan",
                 "source": "test:bulk.txt", "excerpt": "Acme works in Wuhan."},
                {"record": "entity", "id": "test:bob", "type": "Person", "name": "Bob", "email": "bob@example.org",
                 "source": "test:bulk.txt", "excerpt": "Bob."}
                ]
                """;
        ResponseEntity<Map<String, Object>> response = upload(CurationTestData.TOKEN, "partners.json", json);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        List<Map<String, Object>> problems = (List<Map<String, Object>>) response.getBody().get("problems");
        assertThat(problems).extracting(p -> p.get("line")).containsExactlyInAnyOrder(5, 7);
        assertThat(problems).extracting(p -> (String) p.get("reason"))
                .anySatisfy(r -> assertThat(r).contains("WORKS_AT does not go from a Organisation to a Place"))
                .anySatisfy(r -> assertThat(r).contains("personal contact data"));
        assertThat(testEntities()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUploadWithTwoArraysOrAKeyNamedTwiceIsRejectedAndWritesNothing() {
        String source = "{\"record\": \"source\", \"id\": \"test:bulk.txt\", \"title\": \"T\", \"publisher\": \"P\","
                + " \"published\": \"2024\"}";
        String acme = "{\"record\": \"entity\", \"id\": \"test:acme\", \"type\": \"Organisation\", \"name\": \"Acme\","
                + " \"source\": \"test:bulk.txt\", \"excerpt\": \"Acme.\"}";
        ResponseEntity<Map<String, Object>> twoArrays = upload(CurationTestData.TOKEN, "two.json",
                "[\n" + source + "\n]\n[\n" + acme + "\n]\n");
        assertThat(twoArrays.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) twoArrays.getBody().get("problems")).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("file", "two.json").containsEntry("line", 4);
            assertThat((String) p.get("reason")).contains("content after the array of records, at line 4, column 1");
        });

        ResponseEntity<Map<String, Object>> twice = upload(CurationTestData.TOKEN, "twice.json",
                "[\n" + source + ",\n" + acme.replace("\"name\": \"Acme\"", "\"name\": \"Acme\", \"name\": \"Other\"") + "\n]");
        assertThat(twice.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) twice.getBody().get("problems")).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("file", "twice.json").containsEntry("line", 3);
            assertThat((String) p.get("reason")).contains("Duplicate Object property \"name\"");
        });
        assertThat(testEntities()).isZero();
        assertThat(CurationTestData.count(driver, "MATCH (s:Source {id: 'test:bulk.txt'}) RETURN count(s)")).isZero();
    }
}
