package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import se.samverkan.SamverkanIntegrationTest;

/**
 * Every benchmarked GraphQL document is a valid request that the application answers without errors,
 * and its raw side agrees with it, here on the seed data (the benchmark runs them on generated data).
 */
@SamverkanIntegrationTest
class WorkloadDocumentsTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Driver driver;

    private final Map<String, Object> manifest = Map.of(
            "search", List.of("Dalarna Science Park", "wuhan"),
            "entities", List.of("org:dellner-couplers"),
            "hubEntities", List.of("org:dalarna-science-park"),
            "connectedRegions", List.of("place:dalarna", "place:hubei"),
            "unconnectedRegions", List.of("place:dalarna", "place:botswana"),
            "listingPlaces", List.of("place:sweden"),
            "reportRegions", List.of("place:dalarna"));

    @Test
    void everyWorkloadAnswersThroughGraphQlWithoutErrors() {
        List<Workload> workloads = Workload.of(manifest);
        assertThat(workloads).extracting(Workload::name).containsExactlyElementsOf(Workload.NAMES);
        HttpClient http = HttpClient.newHttpClient();
        for (Workload w : workloads) {
            assertThat(Bench.post(http, graphql(), w, 0)).as(w.name()).isTrue();
            assertThat(w.runRaw(driver, 0)).as(w.name()).isNotNegative();
        }
    }

    @Test
    void theReportExportReturnsAsManyRowsAsItsRawQuery() throws Exception {
        Workload report = Workload.of(manifest).stream()
                .filter(w -> w.name().equals("report partners-of-region")).findFirst().orElseThrow();
        String body = Json.compact(Map.of("query", report.document(), "variables", report.variables().apply(0)));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graphql())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> data = (Map<String, Object>) Json.read(response.body()).get("data");
        Map<String, Object> run = (Map<String, Object>) data.get("report");

        int raw = report.runRaw(driver, 0);
        assertThat(raw).as("Dalarna has partners in the press texts").isPositive();
        assertThat(run.get("rowCount")).isEqualTo(raw);
        assertThat((List<?>) run.get("rows")).hasSize(raw);
    }

    private URI graphql() {
        return URI.create("http://localhost:" + port + "/graphql");
    }
}
