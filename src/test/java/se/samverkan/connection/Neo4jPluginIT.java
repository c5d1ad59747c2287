package se.samverkan.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import se.samverkan.database.CypherMigrations;
import se.samverkan.database.EmbeddedNeo4j;

/**
 * The packaged plugin ({@code target/neo4j-plugins/*-neo4j-plugin.jar}) that gives a Neo4j server the
 * connection search as a procedure: it may use nothing a server lacks, and a server that finds it in its
 * plugins directory answers {@code connections} with it exactly as the Cypher does. Runs after
 * {@code package} (Failsafe), on a database of its own.
 */
class Neo4jPluginIT {

    /** What a Neo4j server gives a plugin besides the JDK: its procedure API and the graph API. */
    private static final List<String> SERVER_PACKAGES = List.of("java.", "org.neo4j.graphdb.", "org.neo4j.procedure.");

    private static Path pluginJar() throws IOException {
        Path dir = Path.of("target", "neo4j-plugins");
        try (Stream<Path> jars = Files.list(dir)) {
            List<Path> found = jars.filter(p -> p.getFileName().toString().endsWith("-neo4j-plugin.jar")).toList();
            assertThat(found).as("one plugin jar in %s (built by mvn package)", dir).hasSize(1);
            return found.get(0);
        }
    }

    @Test
    void thePluginNeedsNothingButTheJdkAndNeo4jsProcedureApi() throws IOException {
        Path jar = pluginJar();
        Set<String> own;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            own = zip.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toSet());
        }
        assertThat(own).contains(PathsProcedure.class.getName(), Reachability.class.getName());
        StringWriter out = new StringWriter();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", jar.toString());
        assertThat(exit).as("jdeps: %s", out).isZero();
        // per class, indented: "   a.B    -> c.D    not found" (or the module where c.D was found)
        Set<String> needed = new TreeSet<>();
        out.toString().lines().filter(l -> l.startsWith(" ") && l.contains("->"))
                .forEach(l -> needed.add(l.split("->")[1].trim().split("\\s+")[0]));
        assertThat(needed).as("classes the plugin refers to").isNotEmpty();
        Set<String> missing = needed.stream()
                .filter(c -> !own.contains(c) && SERVER_PACKAGES.stream().noneMatch(c::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("classes neither in the plugin nor in a Neo4j server").isEmpty();
    }

    @Test
    void aServerWithThePluginAnswersConnectionsThroughItAsTheCypherDoes() throws IOException {
        Path plugins = pluginJar().getParent().toAbsolutePath();
        Path store = Path.of("target", "test-neo4j", "plugin-" + System.nanoTime());
        // Nothing registers the procedure here (the application does so only for its embedded database):
        // Neo4j finds it in the plugins directory, as a server does.
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, 0, Duration.ofMinutes(1), EmbeddedNeo4j.SMALL_PAGE_CACHE,
                Map.of(GraphDatabaseSettings.plugin_dir, plugins));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
                Session session = driver.session()) {
            new CypherMigrations(driver).migrate();
            assertThat(session.executeRead(CypherReachability::hasProcedure)).isTrue();
            Map<String, Object> params = PathsProcedureTest.params(null, null, null);
            Reachability.Found viaCypher = session.executeRead(
                    tx -> CypherReachability.find(tx, "place:dalarna", "place:hubei", 4, params, false));
            Reachability.Found viaPlugin = session.executeRead(
                    tx -> CypherReachability.find(tx, "place:dalarna", "place:hubei", 4, params, true));
            assertThat(viaCypher.size()).as("paths from Dalarna to Hubei").isPositive();
            assertThat(PathsProcedureTest.Answer.of(viaPlugin)).isEqualTo(PathsProcedureTest.Answer.of(viaCypher));
        }
    }
}
