package se.samverkan.initialload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import se.samverkan.SamverkanApplication;
import se.samverkan.database.CypherMigrations;
import se.samverkan.database.EmbeddedNeo4j;
import se.samverkan.transfer.BulkImport;
import se.samverkan.transfer.CurationCommands;
import se.samverkan.transfer.TransferFixtures;

/**
 * The offline initial load writes the same graph as the transactional importer, rejects invalid files
 * without creating a database, and never touches a store that already holds one. Each test runs its own
 * embedded databases in temporary directories (no shared Spring context).
 */
class InitialLoadTest {

    @TempDir
    Path tmp;

    @Test
    void writesExactlyWhatTheTransactionalImporterWrites() throws Exception {
        // A cut of the benchmark lab's generated graph: every record kind, hubs, names, mentions and dates.
        Path data = Path.of(InitialLoadTest.class.getResource("/initial-load").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(data)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }

        Path loaded = tmp.resolve("loaded");
        InitialLoadSummary summary = OfflineInitialLoad.load(loaded, files);
        assertThat(summary.relationships()).isGreaterThan(500);

        Path imported = tmp.resolve("imported");
        Snapshot b;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(imported, 0, Duration.ofMinutes(5));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            new CypherMigrations(driver).migrate();
            BulkImport.Summary result = BulkImport.importFiles(driver, files, 10_000, 1_000_000);
            assertThat(result.relationshipsCreated()).isEqualTo(summary.relationships());
            assertThat(result.nodesCreated()).isEqualTo(summary.nodes());
            b = snapshot(driver, "imported");
        }
        Snapshot a;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(loaded, 0, Duration.ofMinutes(5));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            a = snapshot(driver, "loaded");
        }
        assertThat(a.csv()).isEqualTo(b.csv());
        assertThat(a.nodes()).hasSizeGreaterThan(300).isEqualTo(b.nodes());
        assertThat(a.relationships()).hasSizeGreaterThan(500).isEqualTo(b.relationships());
        assertThat(a.schema()).isEqualTo(b.schema());
    }

    @Test
    void rejectsABadFileNamingLineAndColumnAndCreatesNoDatabase() throws Exception {
        Path file = tmp.resolve("bad.csv");
        Files.writeString(file, """
                record,id,type,name,kind,source,excerpt,publisher,title
                source,s1,,,,,,Region Dalarna,A title
                entity,org:a,Organisation,A,company,s1,A is named,,
                entity,org:b,Spaceship,B,,s1,B is named,,
                """);
        Path store = tmp.resolve("store");
        Path summary = tmp.resolve("summary.json");
        Run run = cli("import", "--initial", file.toString(), "--samverkan.data-dir=" + store,
                "--summary-json=" + summary);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv:line 4, type: unknown entity type 'Spaceship'");
        assertThat(summary).as("a rejected load has no summary").doesNotExist();
        assertThat(StoreDirs.layout(store).databaseDirectory()).doesNotExist();
        assertThat(StoreDirs.layout(store).getTransactionLogsDirectory()).doesNotExist();
    }

    @Test
    void aReferenceToAnEntityNowhereInTheFilesRejectsTheLoadAndLeavesNoDatabase() throws Exception {
        // Every row is fine on its own: only the checks across rows find the problem.
        Path file = tmp.resolve("dangling.csv");
        Files.writeString(file, """
                record,id,type,name,kind,from_id,to_id,source,excerpt,title
                source,s1,,,,,,,,A title
                entity,org:a,Organisation,A,company,,,s1,A is named,
                entity,org:b,Organisation,B,company,,,s1,B is named,
                relation,,COOPERATES_WITH,,,org:a,org:b,s1,A and B,
                relation,,COOPERATES_WITH,,,org:a,org:nowhere,s1,A and nowhere,
                """);
        Path store = tmp.resolve("store");
        Run run = cli("import", "--initial", file.toString(), "--samverkan.data-dir=" + store);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("dangling.csv:line 6, to_id: unknown entity 'org:nowhere'");
        assertThat(StoreDirs.layout(store).databaseDirectory()).doesNotExist();
        assertThat(StoreDirs.of(store).scratchHome()).doesNotExist();
    }

    @Test
    void refusesAStoreThatHoldsADatabaseAndLeavesItAsItWas() throws Exception {
        Path store = tmp.resolve("store");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, 0, Duration.ofMinutes(1));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
                Session session = driver.session()) {
            session.run("CREATE (:Entity:Organisation {id: 'org:kept', name: 'Kept', aliases: []})").consume();
        }
        Path file = tmp.resolve("ok.csv");
        Files.writeString(file, """
                record,id,type,name,kind
                entity,place:x,Place,X,city
                """);
        Run run = cli("import", "--initial", file.toString(), "--samverkan.data-dir=" + store);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("A database already exists in "
                + store.toAbsolutePath().normalize().resolve("data/databases/neo4j"));
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, 0, Duration.ofMinutes(1));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
                Session session = driver.session()) {
            assertThat(session.run("MATCH (n) RETURN collect(n.id) AS ids").single().get("ids").asList(Value::asString))
                    .containsExactly("org:kept");
        }
    }

    @Test
    void deletesTheScratchOfAnInterruptedLoadAndLoadsAgainWritingItsSummaryAsJson() throws Exception {
        Path store = tmp.resolve("store");
        StoreDirs dirs = StoreDirs.of(store);
        Files.createDirectories(dirs.scratch().databaseDirectory());
        Files.writeString(dirs.scratch().databaseDirectory().resolve("neostore"), "half written");
        Path file = tmp.resolve("ok.csv");
        Files.writeString(file, """
                record,id,type,name,kind
                entity,place:x,Place,X,city
                """);
        Path summary = tmp.resolve("summary.json");
        Run run = cli("import", "--initial", file.toString(), "--samverkan.data-dir=" + store,
                "--summary-json=" + summary);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dirs.scratchHome()).doesNotExist();
        // what a program that runs the load (the benchmark lab) reads
        Map<String, Object> figures = new tools.jackson.databind.json.JsonMapper().readValue(summary.toFile(),
                new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(figures).containsEntry("records", 1).containsKeys("nodes", "relationships", "validateSeconds",
                "batchImportSeconds", "startupSeconds");
        assertThat(((Number) figures.get("nodes")).longValue()).isPositive();
        assertThat(summary.resolveSibling("summary.json.partial")).doesNotExist();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, 0, Duration.ofMinutes(1));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
                Session session = driver.session()) {
            assertThat(session.run("MATCH (n:Entity:Place:City {id: 'place:x'}) RETURN n.name AS name").single()
                    .get("name").asString()).isEqualTo("X");
        }
    }

    // ---- helpers ----

    private record Run(int exitCode, String err) {
    }

    private static Run cli(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = InitialLoadCommand.handles(args) ? InitialLoadCommand.run(args)
                    : CurationCommands.run(SamverkanApplication.class, args);
            return new Run(code, buffer.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setErr(original);
        }
    }

    /** The export file, every node (labels, properties) and relationship (ends, type, properties), and the schema. */
    private record Snapshot(String csv, List<String> nodes, List<String> relationships, List<String> schema) {
    }

    private Snapshot snapshot(Driver driver, String name) throws IOException {
        Path export = tmp.resolve("export-" + name);
        try (Session session = driver.session()) {
            String csv = TransferFixtures.exportCsv(driver, export);
            // Audit of the migrations (when they were applied) is the only thing allowed to differ.
            session.run("CALL db.awaitIndexes(300)").consume();
            List<String> nodes = sorted(session.run("""
                    MATCH (n) WHERE NOT n:SchemaMigration
                    RETURN labels(n) AS labels, properties(n) AS p""").list(r -> r.get("labels").asList(Value::asString).stream()
                    .sorted().toList() + " " + canonical(r.get("p").asMap())));
            List<String> relationships = sorted(session.run("""
                    MATCH (a)-[r]->(b)
                    RETURN properties(a) AS a, type(r) AS type, properties(r) AS p, properties(b) AS b""")
                    .list(r -> key(r.get("a").asMap()) + " -" + r.get("type").asString() + " "
                            + canonical(r.get("p").asMap()) + "-> " + key(r.get("b").asMap())));
            List<String> schema = sorted(session.run("""
                    SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, options
                    RETURN name, type, entityType, labelsOrTypes, properties, state, options.indexConfig AS config""")
                    .list(r -> canonical(r.asMap())));
            return new Snapshot(csv, nodes, relationships, schema);
        }
    }

    private static String key(Map<String, Object> node) {
        return node.containsKey("id") ? String.valueOf(node.get("id")) : node.get("entity") + "/" + node.get("value");
    }

    /** Properties in key order, lists written out, so that equal graphs give equal strings. */
    private static String canonical(Map<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>(properties);
        sorted.replaceAll((k, v) -> v instanceof List<?> l ? "list" + l : v);
        return sorted.toString();
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }
}
