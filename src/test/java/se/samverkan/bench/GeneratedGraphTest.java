package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import se.samverkan.config.CypherMigrations;
import se.samverkan.config.EmbeddedNeo4j;
import se.samverkan.curation.BulkImport;

/**
 * The generator's small graph imports through the bulk importer into a database of its own (not the
 * shared test context's, whose seed facts other tests count) and answers the benchmark's questions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedGraphTest {

    private Path dir;

    private EmbeddedNeo4j neo4j;
    private Driver driver;
    private Map<String, Object> manifest;
    private List<Workload> workloads;
    private long relationships;

    @BeforeAll
    void importSmallGraph(@TempDir Path tmp) throws Exception {
        dir = tmp;
        Path data = dir.resolve("data");
        List<Path> files = new Generator(Size.SMALL, 42, Generator.DEFAULT_PART_RECORDS).write(data);
        manifest = Json.read(Files.readString(data.resolve("manifest.json")));
        workloads = Workload.of(manifest);
        neo4j = EmbeddedNeo4j.start(dir.resolve("store"), 0, Duration.ofSeconds(120));
        neo4j.registerProcedures(se.samverkan.connection.PathsProcedure.class);
        driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
        new CypherMigrations(driver).afterPropertiesSet();
        for (Path file : files) {
            relationships += BulkImport.importFiles(driver, List.of(file), 10_000, 1_000_000).relationshipsCreated();
        }
        try (var session = driver.session()) {
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void smallIsAboutTenThousandNodesWithAFewRelationshipsEach() {
        try (var session = driver.session()) {
            long nodes = session.run("MATCH (n:Entity|Source) WHERE n.id STARTS WITH 'syn-' OR n.id CONTAINS ':syn-' "
                    + "RETURN count(n) AS c").single().get("c").asLong();
            assertThat(nodes).isBetween(9_000L, 11_000L);
            long unsourced = session.run("MATCH (a)-[r]->(b) WHERE a.id CONTAINS ':syn-' AND type(r) <> 'MENTIONED_IN' "
                    + "AND r.source IS NULL AND r.reference IS NULL RETURN count(r) AS c").single().get("c").asLong();
            assertThat(unsourced).as("facts without a source").isZero();
        }
        assertThat(relationships).isBetween(40_000L, 60_000L);
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
    void searchFindsTheHubsByName() {
        Workload search = workload("search");
        assertThat(search.runRaw(driver, 0)).isPositive();
        try (var session = driver.session()) {
            String hubName = ((List<String>) manifest.get("search")).get(0);
            List<String> ids = session.executeRead(tx -> search.raw().run(tx, 0)).stream()
                    .map(r -> (String) ((Map<?, ?>) ((Map<?, ?>) r).get("e")).get("id")).toList();
            assertThat(ids).contains(((List<String>) manifest.get("hubEntities")).get(0));
            assertThat(hubName).isNotBlank();
        }
    }

    @Test
    void aHubHasAFullFirstPageOfRelations() {
        Workload entity = workload(Workload.HUB);
        try (var session = driver.session()) {
            var row = (Map<?, ?>) session.executeRead(tx -> entity.raw().run(tx, 0)).get(0);
            assertThat((List<?>) row.get("relations")).hasSize(21);
        }
    }

    @Test
    void linkedRegionsAreConnectedAndTheIslandIsNot() {
        assertThat(workload("connections (linked regions)").runRaw(driver, 0)).isPositive();
        assertThat(workload("connections (no link)").runRaw(driver, 0)).isZero();
    }

    @Test
    void everyHopCountPlansAndRunsAndTheProcedureFindsWhatTheCypherFinds() {
        List<String> pair = (List<String>) manifest.get("connectedRegions");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("types", null);
        params.put("fromYear", null);
        params.put("toYear", null);
        try (var session = driver.session()) {
            for (int hops = 1; hops <= 6; hops++) {
                int h = hops;
                var viaCypher = session.executeRead(tx -> se.samverkan.connection.CypherReachability
                        .find(tx, pair.get(0), pair.get(1), h, params, false));
                var viaProcedure = session.executeRead(tx -> se.samverkan.connection.CypherReachability
                        .find(tx, pair.get(0), pair.get(1), h, params, true));
                assertThat(viaCypher.size()).as("paths of at most %d hops", h).isBetween(hops <= 2 ? 0 : 1, 1000);
                if (viaCypher.size() < se.samverkan.connection.ConnectionCypher.PATH_BOUND) {
                    assertThat(new java.util.HashSet<>(viaProcedure.pathRels())).as("%d hops", h)
                            .isEqualTo(new java.util.HashSet<>(viaCypher.pathRels()));
                    assertThat(viaProcedure.rels()).as("%d hops", h).isEqualTo(viaCypher.rels());
                    assertThat(viaProcedure.nodes().keySet()).as("%d hops", h).isEqualTo(viaCypher.nodes().keySet());
                }
                else {
                    // Beyond the bound each keeps the first paths it meets, in its own order of traversal.
                    assertThat(viaProcedure.size()).as("%d hops", h).isEqualTo(viaCypher.size());
                    viaProcedure.rels().forEach((key, fact) -> {
                        if (viaCypher.rels().containsKey(key)) {
                            assertThat(fact).as("fact %s", key).isEqualTo(viaCypher.rels().get(key));
                        }
                    });
                }
            }
        }
    }

    @Test
    void agreementsAreListedByCountry() {
        assertThat(workload("agreements in place").runRaw(driver, 0)).isPositive();
    }

    @Test
    void everyReportRegionHasPartnersElsewhere() {
        Workload report = workload("report partners-of-region");
        int regions = ((List<String>) manifest.get("reportRegions")).size();
        assertThat(regions).isEqualTo(5);
        for (int i = 0; i < regions; i++) {
            assertThat(report.runRaw(driver, i)).as("region %d", i).isPositive();
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws Exception {
        Path a = dir.resolve("again");
        Path b = dir.resolve("other");
        new Generator(Size.SMALL, 42, 5_000).write(a);
        new Generator(Size.SMALL, 7, 5_000).write(b);
        Path first = dir.resolve("first");
        new Generator(Size.SMALL, 42, 5_000).write(first);
        assertThat(names(a)).isEqualTo(names(first)).hasSizeGreaterThan(5);
        for (String name : names(a)) {
            assertThat(Files.mismatch(a.resolve(name), first.resolve(name))).as(name).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(a.resolve("04-facts-000.csv"), b.resolve("04-facts-000.csv"))).isNotEqualTo(-1L);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Workload workload(String name) {
        return workloads.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }
}
