package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The packaged product jar (system property {@code samverkan.jar}, set by this project's pom) loads the
 * generator's small graph with {@code import --initial}, starts on it, and answers every benchmarked question
 * through GraphQL as the lab's own raw Cypher does ({@link RawQueries}): the test that fails when the copies
 * drift from the product's queries. Run by {@code mvn -f src/bench/pom.xml verify} after the product's
 * {@code mvn package}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedProductIT {

    /** The seed data's questions: the seed files come on top of every store. */
    private static final Map<String, Object> SEED = Map.of(
            "search", List.of("Dalarna Science Park", "wuhan", "borlange"),
            "entities", List.of("org:dellner-couplers"),
            "hubEntities", List.of("org:dalarna-science-park"),
            "connectedRegions", List.of("place:dalarna", "place:hubei"),
            "unconnectedRegions", List.of("place:dalarna", "place:botswana"),
            "listingPlaces", List.of("place:sweden"),
            "reportRegions", List.of("place:dalarna"));

    private Path dir;
    private Map<String, Object> manifest;
    private LoadProcess.Result load;
    private AppProcess app;
    private Driver driver;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void loadTheSmallGraphAndStartTheProduct() throws Exception {
        Path jar = AppProcess.jar(Path.of(System.getProperty("samverkan.jar", "../../target/samverkan-0.1.0.jar")));
        dir = Files.createTempDirectory("samverkan-bench-it-");
        Path data = dir.resolve("data");
        List<Path> files = new Generator(Size.SMALL, 42, Generator.DEFAULT_PART_RECORDS).write(data);
        manifest = Json.read(Files.readString(data.resolve("manifest.json")));
        Path store = dir.resolve("store");
        load = LoadProcess.run(jar, "2g", store, files, List.of(), dir.resolve("load.log"));
        // the product's 10 s query limit is for users; a report on a machine busy with other builds may need more
        app = AppProcess.start(jar, "1g", store, List.of("--samverkan.query-timeout=120s"), dir.resolve("app.log"));
        // the file, relative to the store, where the product keeps its Bolt password; empty for none
        String passwordFile = System.getProperty("samverkan.bolt-password-file", BoltAuth.PRODUCT_PASSWORD_FILE);
        BoltAuth auth = passwordFile.isBlank() ? BoltAuth.NONE : new BoltAuth("neo4j", null, Path.of(passwordFile));
        driver = GraphDatabase.driver(app.bolt(), auth.token(store));
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.close();
        }
        if (app != null) {
            app.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    // ---------------------------------------------------------------- the initial load and the generated graph

    @Test
    void theInitialLoadReportsWhatItLoadedInItsSummaryFile() {
        LoadProcess.Summary s = load.summary();
        assertThat(s.records()).isPositive();
        assertThat(s.nodes()).isBetween(9_000L, 11_000L);
        assertThat(s.relationships()).isBetween(40_000L, 60_000L);
        assertThat(s.validateSeconds()).isPositive();
        assertThat(s.batchImportSeconds()).isPositive();
        assertThat(s.startupSeconds()).isPositive();
    }

    @Test
    void everyGeneratedFactHasASource() {
        try (var session = driver.session()) {
            long unsourced = session.run("MATCH (a)-[r]->(b) WHERE a.id CONTAINS ':syn-' AND type(r) <> 'MENTIONED_IN' "
                    + "AND r.source IS NULL AND r.reference IS NULL RETURN count(r) AS c").single().get("c").asLong();
            assertThat(unsourced).as("facts without a source").isZero();
        }
    }

    @Test
    void theHubEntitiesTheBenchmarkAsksForCarryFarMoreRelationsThanTheOrdinaryOnes() {
        try (var session = driver.session()) {
            String degree = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN min(COUNT { (n)--() }) AS min, "
                    + "max(COUNT { (n)--() }) AS max";
            var hubs = session.run(degree, Map.of("ids", manifest.get("hubEntities"))).single();
            var ordinary = session.run(degree, Map.of("ids", manifest.get("entities"))).single();
            assertThat(hubs.get("min").asLong()).isGreaterThan(2 * ordinary.get("max").asLong());
        }
    }

    @Test
    void linkedRegionsAreConnectedAndTheIslandIsNot() {
        assertThat(workload(manifest, Workload.LINKED).runRaw(driver, 0)).isPositive();
        assertThat(workload(manifest, Workload.NO_LINK).runRaw(driver, 0)).isZero();
    }

    @Test
    void everyReportRegionHasPartnersElsewhere() {
        Workload report = workload(manifest, Workload.REPORT);
        assertThat(list(manifest, "reportRegions")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(report.runRaw(driver, i)).as("region %d", i).isPositive();
        }
    }

    // ---------------------------------------------------------------- raw queries against the product's answers

    @Test
    void everyWorkloadAnswersThroughGraphQlWithoutErrors() {
        for (Map<String, Object> m : List.of(SEED, manifest)) {
            List<Workload> workloads = Workload.of(m);
            assertThat(workloads).extracting(Workload::name).containsExactlyElementsOf(Workload.NAMES);
            for (Workload w : workloads) {
                assertThat(Bench.post(http, app.graphql(), w, 0)).as(w.name()).isTrue();
            }
        }
    }

    @Test
    void theRawSearchRankedAsTheProductRanksItGivesTheProductsHitsInOrder() {
        for (Map<String, Object> m : List.of(SEED, manifest)) {
            Workload w = workload(m, Workload.SEARCH);
            for (int i = 0; i < list(m, "search").size(); i++) {
                String text = list(m, "search").get(i);
                List<Object> api = ids(maps(data(w, i).get("search")));
                List<Object> raw = ranked(raw(w, i), text).stream().limit(20).toList();
                assertThat(api).as("search '%s'", text).isNotEmpty().isEqualTo(raw);
            }
        }
    }

    @Test
    void theRawEntityGivesTheProductsEntityAndFirstPageOfRelations() {
        for (Map<String, Object> m : List.of(SEED, manifest)) {
            for (String name : List.of(Workload.ENTITY, Workload.HUB)) {
                Workload w = workload(m, name);
                String key = name.equals(Workload.HUB) ? "hubEntities" : "entities";
                for (int i = 0; i < list(m, key).size(); i++) {
                    Map<String, Object> entity = map(data(w, i).get("entity"));
                    Map<String, Object> relations = map(entity.get("relations"));
                    List<Map<String, Object>> rows = raw(w, i);
                    assertThat(rows).as("%s %d", name, i).hasSize(1);
                    assertThat(map(rows.get(0).get("e")).get("id")).isEqualTo(entity.get("id"));
                    List<Map<String, Object>> facts = maps(rows.get(0).get("relations"));
                    List<String> api = maps(relations.get("edges")).stream().map(e -> map(e.get("node")))
                            .map(n -> n.get("type") + " " + n.get("direction") + " " + map(n.get("other")).get("id"))
                            .toList();
                    List<String> raw = facts.stream().limit(20).map(f -> f.get("type") + " "
                            + (Boolean.TRUE.equals(f.get("outgoing")) ? "OUTGOING" : "INCOMING") + " "
                            + map(f.get("other")).get("id")).toList();
                    assertThat(api).as("%s %s", name, entity.get("id")).isNotEmpty().isEqualTo(raw);
                    assertThat(map(relations.get("pageInfo")).get("hasNextPage")).isEqualTo(facts.size() > 20);
                }
            }
        }
    }

    @Test
    void theRawConnectionSearchFindsAsManyPathsAsTheProduct() {
        for (Map<String, Object> m : List.of(SEED, manifest)) {
            for (String name : List.of(Workload.LINKED, Workload.NO_LINK)) {
                Workload w = workload(m, name);
                Object totalPaths = map(data(w, 0).get("connections")).get("totalPaths");
                assertThat(totalPaths).as(name).isEqualTo(w.runRaw(driver, 0));
            }
        }
    }

    @Test
    void theRawListingGivesTheProductsPageInOrder() {
        for (Map<String, Object> m : List.of(SEED, manifest)) {
            Workload w = workload(m, Workload.AGREEMENTS);
            for (int i = 0; i < list(m, "listingPlaces").size(); i++) {
                Map<String, Object> page = map(data(w, i).get("agreements"));
                List<Object> api = maps(page.get("edges")).stream().map(e -> map(e.get("node")).get("id")).toList();
                List<Object> raw = ids(raw(w, i));
                assertThat(api).as("agreements in %s", list(m, "listingPlaces").get(i)).isNotEmpty()
                        .isEqualTo(raw.stream().limit(20).toList());
                assertThat(map(page.get("pageInfo")).get("hasNextPage")).isEqualTo(raw.size() > 20);
            }
        }
    }

    @Test
    void theRawReportGivesTheProductsRowsInOrder() {
        for (Map<String, Object> m : List.of(SEED, manifest)) {
            Workload w = workload(m, Workload.REPORT);
            // two regions of the generated graph: each export reads much of it
            for (int i = 0; i < Math.min(2, list(m, "reportRegions").size()); i++) {
                Map<String, Object> report = map(data(w, i).get("report"));
                List<Map<String, Object>> raw = raw(w, i);
                assertThat(raw).as("report %d", i).isNotEmpty();
                // the raw side reads one row past the export's limit, to know that it was reached
                assertThat(report.get("truncated")).isEqualTo(raw.size() > RawQueries.REPORT_MAX_ROWS);
                raw = raw.subList(0, Math.min(raw.size(), RawQueries.REPORT_MAX_ROWS));
                assertThat(report.get("rowCount")).isEqualTo(raw.size());
                List<String> columns = strings(report.get("columns"));
                int partner = columns.indexOf("partnerId");
                int via = columns.indexOf("via");
                List<String> api = ((List<?>) report.get("rows")).stream().map(r -> row(r, columns))
                        .map(r -> r.get(partner) + " " + r.get(via)).toList();
                assertThat(api).isEqualTo(raw.stream().map(r -> r.get("partnerId") + " " + r.get("via")).toList());
            }
        }
    }

    // ---------------------------------------------------------------- hardening

    @Test
    void badRequestsUnderLoadGetClearErrorsAndNormalOnesKeepAnswering() throws Exception {
        Hardening.Result result = Hardening.run(app.graphql(), 33, 4, app.memory());

        assertThat(result.sent()).hasSize(11).allSatisfy((kind, count) -> assertThat(count).isEqualTo(3));
        assertThat(result.serverErrors()).as(result.summary()).isZero();
        assertThat(result.unclearErrors()).as(result.summary()).isZero();
        assertThat(result.normalFailures()).as(result.summary()).isZero();
    }

    // ---------------------------------------------------------------- helpers

    /** The search's hits re-ranked as the product ranks them: an exact name first, then a prefix, then Lucene. */
    private static List<Object> ranked(List<Map<String, Object>> hits, String text) {
        String wanted = RawQueries.fold(text.trim());
        return hits.stream().map(h -> map(h.get("e"))).sorted(Comparator.comparingInt(e -> {
            List<String> names = new ArrayList<>(strings(e.getOrDefault("aliases", List.of())));
            names.add(0, (String) e.get("name"));
            List<String> folded = names.stream().map(RawQueries::fold).toList();
            return folded.contains(wanted) ? 0 : folded.stream().anyMatch(n -> n.startsWith(wanted)) ? 1 : 2;
        })).map(e -> e.get("id")).toList();
    }

    private Map<String, Object> data(Workload w, int i) {
        return map(Json.read(Bench.send(http, app.graphql(), w, i)).get("data"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> raw(Workload w, int i) {
        try (var session = driver.session()) {
            return (List<Map<String, Object>>) session.executeRead(tx -> w.raw().run(tx, i));
        }
    }

    private static Workload workload(Map<String, Object> manifest, String name) {
        return Workload.of(manifest).stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Object> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> r.containsKey("e") ? map(r.get("e")).get("id") : r.get("id")).toList();
    }

    /** A report row as a list in the order of its columns, whether the API gives it as a list or an object. */
    private static List<Object> row(Object row, List<String> columns) {
        if (row instanceof List<?> l) {
            return List.copyOf(l);
        }
        Map<String, Object> m = map(row);
        return IntStream.range(0, columns.size()).mapToObj(k -> m.get(columns.get(k))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return (List<String>) o;
    }

    private static List<String> list(Map<String, Object> m, String key) {
        return strings(m.get(key));
    }
}
