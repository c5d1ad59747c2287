package se.samverkan.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.curation.Format;
import se.samverkan.curation.CurationTestData;
import se.samverkan.curation.ImportProperties;
import se.samverkan.curation.ImportResult;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.database.CypherStatementSplitter;
import se.samverkan.database.EmbeddedNeo4j;

/**
 * Exports the seeded test store, imports the export into a second, empty embedded database started
 * here, and exports that again: the files must be identical. Also stops that database in the middle of
 * an import and checks that after a restart nothing of the import is there.
 */
@SamverkanIntegrationTest
class ExportRoundTripTest {

    static Path home;
    static EmbeddedNeo4j empty;
    static Driver emptyDriver;

    @Autowired
    Driver driver;

    @BeforeAll
    static void startEmptyDatabase(@TempDir Path dir) throws IOException {
        home = dir.resolve("neo4j");
        start();
        try (Session session = emptyDriver.session()) {
            for (String file : List.of("cypher/001_constraints.cypher", "cypher/002_indexes.cypher")) {
                String script = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
                for (String statement : CypherStatementSplitter.split(script)) {
                    session.run(statement).consume();
                }
            }
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }

    static void start() {
        empty = EmbeddedNeo4j.start(home, 0, Duration.ofMinutes(5));
        emptyDriver = GraphDatabase.driver(empty.boltUri(), empty.authToken());
    }

    static void stop() {
        emptyDriver.close();
        empty.close();
    }

    @AfterAll
    static void stopEmptyDatabase() {
        stop();
    }

    static Importer importer(Driver driver, int batchSize) {
        return new Importer(driver, new ImportProperties(DataSize.ofMegabytes(50), 1_000_000, 4000, batchSize, 100,
                Duration.ofMinutes(5)));
    }

    static ImportResult importFile(Importer importer, Path file, ValidatedWrite.Progress progress) throws IOException {
        return importer.importFiles(List.of(new Importer.Input(file.getFileName().toString(), Files.size(file),
                () -> Files.newInputStream(file))), progress);
    }

    @Test
    void exportImportExportGivesIdenticalFiles(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path third = dir.resolve("third");
        int records = new Exporter(driver).export(first);
        assertThat(records).isGreaterThan(300); // 5 sources, 85 entities, mentions, names, facts of the seed
        String csv = Files.readString(first.resolve(Exporter.CSV_FILE));
        assertThat(csv).startsWith(String.join(",", Format.COLUMNS) + "\n")
                .contains("entity,org:dalarna-science-park,Organisation,Dalarna Science Park")
                .contains("name,org:dalarna-science-park,,Stiftelsen Teknikdalen");

        ImportResult imported = importFile(importer(emptyDriver, 50), first.resolve(Exporter.CSV_FILE),
                ValidatedWrite.Progress.NONE);
        assertThat(imported.records()).isEqualTo(records);
        new Exporter(emptyDriver).export(second);
        assertThat(second.resolve(Exporter.CSV_FILE)).hasSameBinaryContentAs(first.resolve(Exporter.CSV_FILE));
        assertThat(second.resolve(Exporter.JSON_FILE)).hasSameBinaryContentAs(first.resolve(Exporter.JSON_FILE));

        // the JSON export imports as well, and importing it again changes nothing
        ImportResult again = importFile(importer(emptyDriver, 5000), first.resolve(Exporter.JSON_FILE),
                ValidatedWrite.Progress.NONE);
        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        new Exporter(emptyDriver).export(third);
        assertThat(third.resolve(Exporter.CSV_FILE)).hasSameBinaryContentAs(first.resolve(Exporter.CSV_FILE));
    }

    @Test
    void aDatasetsSourceAndFactsWithTheirRowsVersionsAndKeysRoundTrip(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dataset.csv");
        Files.writeString(file, """
                record,id,type,name,kind,from_id,to_id,role,from,until,source,excerpt,title,publisher,url,version,retrieved,licence,budget,row,from_key,to_key,stated_in,no_longer_stated
                source,test:dataset,,,dataset,,,,,,,,Partners,Register,https://example.org/p,2026-06-09,2026-12-07,CC0-1.0,,,,,,
                entity,test:org,Organisation,Test Org,company,,,,,,test:dataset,"Test Org, PP in P",,,,,,,,,,,,
                entity,test:project,Project,Test Project,Interreg project,,,,2025-01-01,2027-12-31,test:dataset,"Test Org, PP in P",,,,,,,,,,,,
                relation,,PARTNER_IN,,,test:org,test:project,project partner,2025-01-01,2027-12-31,test:dataset,"Test Org, PP in P",,,,,,,199284.5,"row 3, row 9",organisation|test org,project|p,2026-06-09,2026-12-01
                """);
        try {
            importFile(importer(emptyDriver, 50), file, ValidatedWrite.Progress.NONE);
            Path first = dir.resolve("first");
            new Exporter(emptyDriver).export(first);
            assertThat(Files.readString(first.resolve(Exporter.CSV_FILE)))
                    .contains("source,test:dataset,,,dataset,")
                    .contains(",2026-06-09,2026-12-07,CC0-1.0,")
                    .contains(",199284.5,\"row 3, row 9\",organisation|test org,project|p,2026-06-09,2026-12-01");

            ImportResult again = importFile(importer(emptyDriver, 50), first.resolve(Exporter.JSON_FILE),
                    ValidatedWrite.Progress.NONE);
            assertThat(again.nodesCreated()).isZero();
            assertThat(again.relationshipsCreated()).isZero();
            Path second = dir.resolve("second");
            new Exporter(emptyDriver).export(second);
            assertThat(second.resolve(Exporter.CSV_FILE)).hasSameBinaryContentAs(first.resolve(Exporter.CSV_FILE));
        }
        finally {
            CurationTestData.deleteAll(emptyDriver);
        }
    }

    @Test
    void databaseStoppedDuringImportHasNothingOfItAfterRestart(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("record,id,type,name,kind,source,excerpt,title,publisher,published\n")
                .append("source,test:crash.txt,,,,,,Crash test,Test,2024\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("entity,test:crash-").append(i).append(",Organisation,Crash ").append(i)
                    .append(",company,test:crash.txt,Crash.,,,\n");
        }
        Path file = dir.resolve("crash.csv");
        Files.writeString(file, csv);
        long before = count("MATCH (n) RETURN count(n)");
        boolean[] stopped = {false};
        assertThatThrownBy(() -> importFile(importer(emptyDriver, 100), file, (done, total) -> {
            if (done >= 1000 && !stopped[0]) {
                // The database goes away in the middle of the import, with the import's transaction open.
                stopped[0] = true;
                empty.close();
            }
        })).isInstanceOf(RuntimeException.class);
        assertThat(stopped[0]).isTrue();
        emptyDriver.close();
        start();
        assertThat(count("MATCH (n:Entity) WHERE n.id STARTS WITH 'test:crash' RETURN count(n)")).isZero();
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);
    }

    static long count(String cypher) {
        try (Session session = emptyDriver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }
}
