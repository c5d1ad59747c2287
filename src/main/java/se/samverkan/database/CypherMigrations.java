package se.samverkan.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import se.samverkan.database.CypherStatementSplitter.Statement;

/**
 * Applies the Cypher scripts {@code classpath*:cypher/*.cypher} (packaged from the top-level
 * {@code cypher/} directory) at start-up, in file-name order, before the application serves requests.
 * <ul>
 * <li>Applied files are recorded as {@code (:SchemaMigration {file, checksum, appliedAt})}; a file
 * whose checksum is unchanged is skipped, a changed file is re-applied (scripts must be idempotent).</li>
 * <li>A file containing schema commands (CREATE/DROP CONSTRAINT/INDEX) runs each statement in its own
 * transaction; any other file runs all statements plus its SchemaMigration record in ONE write
 * transaction.</li>
 * <li>Failure aborts start-up with an exception naming file, statement number and line.</li>
 * </ul>
 * Indexes created by a schema file are awaited ({@code db.awaitIndexes}) before the next data file runs;
 * afterwards all indexes are awaited once more. Every transaction here has its own generous timeout
 * ({@link #STARTUP}), not the request timeout. The features' queries are warmed up after start, in the
 * background, each by its own {@link se.samverkan.shared.WarmUp} ({@code QueryWarmUps}).
 */
@Component
public class CypherMigrations implements InitializingBean, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CypherMigrations.class);

    static final String LOCATION = "classpath*:cypher/*.cypher";

    private static final Pattern SCHEMA_COMMAND = Pattern.compile(
            "(?is)^\\s*(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?"
                    + "((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE)\\s+)?(CONSTRAINT|INDEX)\\b");

    private static final Pattern ERROR_POSITION = Pattern.compile("\\(line (\\d+), column \\d+");

    /**
     * Every start-up transaction (the check of what is applied, the migrations, the warm-up) may outlast the
     * query timeout that guards requests (a cold planner, a large seed file, a loaded machine): a slow start
     * is slow, not failed. Neo4j 5.26 honours a per-transaction timeout above the server default. Other
     * rooms' start-up work (the reference geography, the query warm-up) uses the same limit.
     */
    public static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(10);

    public static final TransactionConfig STARTUP = TransactionConfig.builder().withTimeout(STARTUP_TIMEOUT).build();

    /** Indexes a schema file just created must be online before data files use them; a million nodes take minutes. */
    private static final Duration MIGRATION_INDEX_WAIT = Duration.ofMinutes(30);

    /** How long new indexes may take before the data files are planned while they populate. */
    private static final Duration INDEXES_SOON = Duration.ofSeconds(1);

    private final Driver driver;
    private final CompletableFuture<Void> startup = new CompletableFuture<>();
    private volatile boolean running;

    public CypherMigrations(Driver driver) {
        this.driver = driver;
    }

    /**
     * Begins on a thread of its own, while Spring makes the rest of the context (GraphQL schema, web server):
     * on a fresh store the seed and that work each take seconds of a cold JVM, and there are two cores.
     * {@link #start()} waits for it before the web server opens.
     */
    @Override
    public void afterPropertiesSet() {
        Thread thread = new Thread(() -> {
            try {
                migrate();
                if (!awaitIndexesWithin(Duration.ofSeconds(60))) {
                    // a store fresh from a large load: lookups scan until the indexes are online, but they answer
                    log.warn("Some indexes are not online yet; queries that need them are slow until they are");
                }
                startup.complete(null);
            }
            catch (RuntimeException | Error e) {
                startup.completeExceptionally(e);
            }
        }, "cypher-migrations");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the migrations: nothing that starts after this (the web server, commands) sees a store half-made. */
    @Override
    public void start() {
        StartupWork.await(startup);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before every other lifecycle, the web server's among them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    /** Applies pending scripts; returns the file names that were (re-)applied. */
    public List<String> migrate() {
        List<Resource> scripts = findScripts();
        Map<String, String> checksums = appliedChecksums();
        List<Pending> pending = new ArrayList<>();
        for (Resource script : scripts) {
            String file = script.getFilename();
            String content = read(script);
            String checksum = sha256(content);
            if (checksum.equals(checksums.get(file))) {
                log.debug("Cypher migration {} unchanged, skipped", file);
                continue;
            }
            List<Statement> statements = CypherStatementSplitter.splitWithPositions(content);
            pending.add(new Pending(file, checksum, statements,
                    statements.stream().anyMatch(s -> isSchemaCommand(s.text()))));
        }
        List<String> applied = new ArrayList<>();
        boolean schemaChanged = false;
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            long t0 = System.nanoTime();
            if (p.schema()) {
                applySchemaFile(p.file(), p.checksum(), p.statements());
                schemaChanged = true;
            }
            else {
                if (schemaChanged) {
                    // A new index populates in the background; until it is online every lookup it serves
                    // scans the label, and the scans compete with the population. Over a freshly loaded
                    // million-node store: seed files ~23 s during population; ~16 s wait, then ~5 s.
                    awaitIndexesWhilePlanning(dataStatementsFrom(pending, i));
                    log.info("New indexes online after {} ms", (System.nanoTime() - t0) / 1_000_000);
                    schemaChanged = false;
                    t0 = System.nanoTime();
                }
                applyDataFile(p.file(), p.checksum(), p.statements());
            }
            log.info("Applied Cypher migration {} ({} statements, {} ms){}", p.file(), p.statements().size(),
                    (System.nanoTime() - t0) / 1_000_000, checksums.containsKey(p.file()) ? " [changed, re-applied]" : "");
            applied.add(p.file());
        }
        if (applied.isEmpty()) {
            log.info("Cypher migrations up to date ({} files)", scripts.size());
        }
        return applied;
    }

    /** A script to apply: changed or new since it was last recorded. */
    private record Pending(String file, String checksum, List<Statement> statements, boolean schema) {
    }

    /** The statements of the data files from {@code from} up to the next schema file. */
    private static List<Statement> dataStatementsFrom(List<Pending> pending, int from) {
        List<Statement> statements = new ArrayList<>();
        for (int i = from; i < pending.size() && !pending.get(i).schema(); i++) {
            statements.addAll(pending.get(i).statements());
        }
        return statements;
    }

    /**
     * Waits for new indexes; if they take long (a loaded store), has the data files' statements planned
     * meanwhile, with {@code EXPLAIN}, on the core the population leaves idle, so that Cypher's planner is
     * compiled and loaded when they run: in a fresh JVM the seed files took 6.5 s to plan and run, planned once
     * before 0.9 s. They still run only once the indexes are online; after loads of a million entities they
     * took 3–6 s, which they could not over label scans.
     */
    private void awaitIndexesWhilePlanning(List<Statement> statements) {
        if (statements.isEmpty() || awaitIndexesWithin(INDEXES_SOON)) {
            return;
        }
        AtomicBoolean online = new AtomicBoolean();
        AtomicInteger planned = new AtomicInteger();
        Thread planner = new Thread(() -> planned.set(planAhead(statements, online::get)), "cypher-migrations-planner");
        planner.setDaemon(true);
        planner.start();
        try {
            awaitIndexes(MIGRATION_INDEX_WAIT);
        }
        finally {
            online.set(true);
            try {
                planner.join();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        log.info("Planned {} of {} data statements while the indexes populated", planned.get(), statements.size());
    }

    /**
     * Plans each statement with {@code EXPLAIN}, which runs nothing, until {@code stop} says so; returns how
     * many were planned. A statement that cannot be planned is passed over: it fails properly when it runs.
     */
    int planAhead(List<Statement> statements, BooleanSupplier stop) {
        int planned = 0;
        try (Session session = driver.session()) {
            for (Statement statement : statements) {
                if (stop.getAsBoolean()) {
                    break;
                }
                try {
                    // The text is a statement of cypher/, not input; the prefix only asks for its plan.
                    session.run("EXPLAIN " + statement.text(), STARTUP).consume();
                    planned++;
                }
                catch (Neo4jException e) {
                    log.debug("Could not plan ahead statement {} (line {}): {}", statement.number(), statement.line(),
                            e.getMessage());
                }
            }
        }
        return planned;
    }

    /** Whether every index is online within {@code wait}; a store with little data is there at once. */
    private boolean awaitIndexesWithin(Duration wait) {
        try {
            awaitIndexes(wait);
            return true;
        }
        catch (Neo4jException e) {
            // db.awaitIndexes fails when the time is up; any other failure shows again in the long wait
            return false;
        }
    }

    static boolean isSchemaCommand(String statement) {
        return SCHEMA_COMMAND.matcher(stripLeadingComments(statement)).find();
    }

    private static String stripLeadingComments(String s) {
        String t = s.strip();
        while (t.startsWith("//") || t.startsWith("/*")) {
            int end = t.startsWith("//") ? t.indexOf('\n') : t.indexOf("*/");
            if (end < 0) {
                return "";
            }
            t = t.substring(end + (t.startsWith("//") ? 1 : 2)).strip();
        }
        return t;
    }

    private void applySchemaFile(String file, String checksum, List<Statement> statements) {
        try (Session session = driver.session()) {
            for (Statement statement : statements) {
                try {
                    session.executeWriteWithoutResult(tx -> tx.run(statement.text()).consume(), STARTUP);
                }
                catch (RuntimeException e) {
                    throw failure(file, statement, e);
                }
            }
            try (Transaction tx = session.beginTransaction(STARTUP)) {
                record(tx, file, checksum);
                tx.commit();
            }
        }
    }

    private void applyDataFile(String file, String checksum, List<Statement> statements) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction(STARTUP)) {
            for (Statement statement : statements) {
                try {
                    tx.run(statement.text()).consume();
                }
                catch (RuntimeException e) {
                    throw failure(file, statement, e);
                }
            }
            record(tx, file, checksum);
            tx.commit();
        }
    }

    private static void record(QueryRunner tx, String file, String checksum) {
        tx.run("MERGE (m:SchemaMigration {file: $file}) SET m.checksum = $checksum, m.appliedAt = datetime()",
                Map.of("file", file, "checksum", checksum)).consume();
    }

    private static MigrationException failure(String file, Statement statement, RuntimeException cause) {
        String text = statement.text();
        String excerpt = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        String message = String.valueOf(cause.getMessage());
        // Neo4j reports positions relative to the statement; translate to a line of the file.
        Matcher position = ERROR_POSITION.matcher(message);
        String where = position.find()
                ? "file line " + (statement.line() + Integer.parseInt(position.group(1)) - 1)
                : "statement starts at line " + statement.line();
        return new MigrationException("Cypher migration cypher/" + file + " failed at statement "
                + statement.number() + " (" + where + "): " + message
                + "\n--- statement ---\n" + excerpt, cause);
    }

    private Map<String, String> appliedChecksums() {
        Map<String, String> result = new HashMap<>();
        try (Session session = driver.session()) {
            session.executeRead(tx -> tx.run("MATCH (m:SchemaMigration) RETURN m.file AS file, m.checksum AS checksum")
                    .list(), STARTUP).forEach(r -> result.put(r.get("file").asString(), r.get("checksum").asString(null)));
        }
        return result;
    }

    private void awaitIndexes(Duration wait) {
        try (Session session = driver.session()) {
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", wait.toSeconds()),
                    TransactionConfig.builder().withTimeout(wait.plusMinutes(1)).build()).consume();
        }
    }

    private static List<Resource> findScripts() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<Resource> list = new ArrayList<>(List.of(found));
            list.removeIf(r -> r.getFilename() == null);
            list.sort(Comparator.comparing(Resource::getFilename));
            return list;
        }
        catch (IOException e) {
            throw new MigrationException("Cannot list Cypher migrations at " + LOCATION, e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new MigrationException("Cannot read Cypher migration " + resource, e);
        }
    }

    private static String sha256(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Start-up failure while applying a Cypher migration. */
    public static class MigrationException extends RuntimeException {
        public MigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
