package se.samverkan.config;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import se.samverkan.config.CypherStatementSplitter.Statement;

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
 * afterwards all indexes are awaited once more and the planner is warmed up.
 */
@Component
public class CypherMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CypherMigrations.class);

    static final String LOCATION = "classpath*:cypher/*.cypher";

    private static final Pattern SCHEMA_COMMAND = Pattern.compile(
            "(?is)^\\s*(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?"
                    + "((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE)\\s+)?(CONSTRAINT|INDEX)\\b");

    private static final Pattern ERROR_POSITION = Pattern.compile("\\(line (\\d+), column \\d+");

    /**
     * Migrations may outlast the query timeout that guards requests (a large seed file, a loaded machine),
     * and must not be cut off half-applied at start-up; Neo4j 5.26 honours a per-transaction timeout above
     * the server default.
     */
    private static final TransactionConfig MIGRATION = TransactionConfig.builder()
            .withTimeout(Duration.ofMinutes(10)).build();

    /** Indexes a schema file just created must be online before data files use them; a million nodes take minutes. */
    private static final Duration MIGRATION_INDEX_WAIT = Duration.ofMinutes(30);

    private final Driver driver;

    public CypherMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        migrate();
        awaitIndexes(Duration.ofSeconds(60));
        warmUp();
    }

    /** Applies pending scripts; returns the file names that were (re-)applied. */
    public List<String> migrate() {
        List<Resource> scripts = findScripts();
        List<String> applied = new ArrayList<>();
        Map<String, String> checksums = appliedChecksums();
        boolean schemaChanged = false;
        for (Resource script : scripts) {
            String file = script.getFilename();
            String content = read(script);
            String checksum = sha256(content);
            if (checksum.equals(checksums.get(file))) {
                log.debug("Cypher migration {} unchanged, skipped", file);
                continue;
            }
            List<Statement> statements = CypherStatementSplitter.splitWithPositions(content);
            long t0 = System.nanoTime();
            if (statements.stream().anyMatch(s -> isSchemaCommand(s.text()))) {
                applySchemaFile(file, checksum, statements);
                schemaChanged = true;
            }
            else {
                if (schemaChanged) {
                    // A new index populates in the background; until it is online every lookup it serves
                    // scans the label, and the scans compete with the population. Over a freshly loaded
                    // million-node store: seed files ~23 s during population; ~16 s wait, then ~5 s.
                    awaitIndexes(MIGRATION_INDEX_WAIT);
                    log.info("New indexes online after {} ms", (System.nanoTime() - t0) / 1_000_000);
                    schemaChanged = false;
                    t0 = System.nanoTime();
                }
                applyDataFile(file, checksum, statements);
            }
            log.info("Applied Cypher migration {} ({} statements, {} ms){}", file, statements.size(),
                    (System.nanoTime() - t0) / 1_000_000, checksums.containsKey(file) ? " [changed, re-applied]" : "");
            applied.add(file);
        }
        if (applied.isEmpty()) {
            log.info("Cypher migrations up to date ({} files)", scripts.size());
        }
        return applied;
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
                    session.executeWriteWithoutResult(tx -> tx.run(statement.text()).consume(), MIGRATION);
                }
                catch (RuntimeException e) {
                    throw failure(file, statement, e);
                }
            }
            try (Transaction tx = session.beginTransaction(MIGRATION)) {
                record(tx, file, checksum);
                tx.commit();
            }
        }
    }

    private void applyDataFile(String file, String checksum, List<Statement> statements) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction(MIGRATION)) {
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
                    .list()).forEach(r -> result.put(r.get("file").asString(), r.get("checksum").asString(null)));
        }
        return result;
    }

    private void awaitIndexes(Duration wait) {
        try (Session session = driver.session()) {
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", wait.toSeconds()),
                    TransactionConfig.builder().withTimeout(wait.plusMinutes(1)).build()).consume();
        }
    }

    /** The first query after start is slow (cold planner/caches); do it now rather than on the first request. */
    private void warmUp() {
        long t0 = System.nanoTime();
        try (Session session = driver.session()) {
            session.executeRead(tx -> tx.run("MATCH (n:Entity) WHERE n.id = $id RETURN n.id AS id LIMIT 1",
                    Map.of("id", "__warmup__")).list());
            session.executeRead(tx -> tx.run("MATCH (n) RETURN count(n) AS nodes").single());
        }
        log.info("Neo4j warm-up done in {} ms", (System.nanoTime() - t0) / 1_000_000);
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
