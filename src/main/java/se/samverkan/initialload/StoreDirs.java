package se.samverkan.initialload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;

/**
 * Where the initial load writes: the default database of the Neo4j home {@code samverkan.data-dir}, laid
 * out by Neo4j's own {@link Neo4jLayout} (store files and transaction logs are two directories), and a
 * scratch home beside it that the batch importer fills first. Only a finished import is moved into place:
 * the scratch home gets a {@code complete} marker, then the transaction logs move, then the store. A
 * process killed before the marker leaves only scratch (deleted on the next attempt); one killed between
 * the two moves leaves a marked scratch home, and the next attempt finishes the move.
 */
record StoreDirs(Path home, DatabaseLayout target, Path scratchHome, DatabaseLayout scratch) {

    private static final String SCRATCH = "initial-load.tmp";
    private static final String COMPLETE = "complete";

    static StoreDirs of(Path dataDir) {
        Path home = dataDir.toAbsolutePath().normalize();
        Path scratchHome = home.resolve(SCRATCH);
        return new StoreDirs(home, layout(home), scratchHome, layout(scratchHome));
    }

    /** The layout the embedded DBMS ({@code config.EmbeddedNeo4j}, home = data dir) opens as its default database. */
    static DatabaseLayout layout(Path home) {
        Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home);
        return Neo4jLayout.of(config).databaseLayout(config.get(GraphDatabaseSettings.initial_default_database));
    }

    /** Store files or transaction logs of the default database exist (a database was created or loaded). */
    boolean databaseExists() throws IOException {
        return notEmpty(target.databaseDirectory()) || notEmpty(target.getTransactionLogsDirectory());
    }

    /** The directory a refusal names. */
    Path databaseDirectory() {
        return target.databaseDirectory();
    }

    /** Finishes a load that was complete but interrupted while moving, or deletes an unfinished one. */
    void recover() throws IOException {
        if (!Files.exists(scratchHome)) {
            return;
        }
        if (Files.exists(scratchHome.resolve(COMPLETE))) {
            moveIntoPlace();
        }
        else {
            deleteScratch();
        }
    }

    void prepareScratch() throws IOException {
        deleteScratch();
        Files.createDirectories(scratchHome);
    }

    /** Marks the scratch import as complete, then moves it into place (logs first: the store is the commit point). */
    void commit() throws IOException {
        Files.createFile(scratchHome.resolve(COMPLETE));
        moveIntoPlace();
    }

    private void moveIntoPlace() throws IOException {
        move(scratch.getTransactionLogsDirectory(), target.getTransactionLogsDirectory());
        move(scratch.databaseDirectory(), target.databaseDirectory());
        deleteScratch();
    }

    private static void move(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return; // moved before an interruption
        }
        Files.createDirectories(to.getParent());
        if (Files.exists(to) && !notEmpty(to)) {
            Files.delete(to);
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    void deleteScratch() throws IOException {
        if (!Files.exists(scratchHome)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(scratchHome)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean notEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
