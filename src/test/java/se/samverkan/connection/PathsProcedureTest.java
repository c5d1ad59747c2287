package se.samverkan.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import se.samverkan.database.EmbeddedNeo4j;

/**
 * The connection search as a procedure must find exactly what its Cypher finds, under every filter, and
 * describe the nodes and facts on the paths exactly as the Cypher does: the embedded database answers with
 * the procedure, an external server with the Cypher. On a graph of its own, a few dozen nodes with paths of
 * every length up to four, so that the Cypher side stays quick on a busy machine (on the seed data it once
 * ran into the transaction timeout).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathsProcedureTest {

    /**
     * Two countries, each with a region and a city; organisations in them linked directly, through a project,
     * an agreement, an event and an organisation of no place, with dates and a former name on the paths.
     */
    private static final String GRAPH = """
            CREATE (se:Entity:Place:Country {id: 'place:se', name: 'Sweden'}),
                   (dal:Entity:Place:Region {id: 'place:dalarna', name: 'Dalarna'})-[:LOCATED_IN]->(se),
                   (bor:Entity:Place:City {id: 'place:borlange', name: 'Borlänge'})-[:LOCATED_IN]->(dal),
                   (cn:Entity:Place:Country {id: 'place:cn', name: 'China'}),
                   (hub:Entity:Place:Region {id: 'place:hubei', name: 'Hubei'})-[:LOCATED_IN]->(cn),
                   (wuh:Entity:Place:City {id: 'place:wuhan', name: 'Wuhan'})-[:LOCATED_IN]->(hub),
                   (a:Entity:Organisation {id: 'org:a', name: 'A', kind: 'company'})-[:LOCATED_IN]->(bor),
                   (b:Entity:Organisation {id: 'org:b', name: 'B', kind: 'municipality'})-[:LOCATED_IN]->(dal),
                   (c:Entity:Organisation {id: 'org:c', name: 'C', kind: 'company'})-[:LOCATED_IN]->(wuh),
                   (d:Entity:Organisation {id: 'org:d', name: 'D', kind: 'university'})-[:LOCATED_IN]->(hub),
                   (e:Entity:Organisation {id: 'org:e', name: 'E', kind: 'association'}),
                   (p:Entity:Project {id: 'project:p', name: 'P'}),
                   (ag:Entity:Agreement {id: 'agreement:g', name: 'G', signed: '2010-05'}),
                   (ev:Entity:Event {id: 'event:v', name: 'V', date: '2013-09-01'})-[:HELD_IN]->(wuh),
                   (per:Entity:Person {id: 'person:x', name: 'X'}),
                   (a)-[:HAS_NAME {from: '2001', until: '2009', source: 's1'}]->(:Name {value: 'A Gamla'}),
                   (a)-[:PARTNER_IN {from: '2012', until: '2014', source: 's1', excerpt: 'A in P'}]->(p),
                   (c)-[:PARTNER_IN {from: '2013', source: 's2', excerpt: 'C in P'}]->(p),
                   (b)-[:PARTY_TO {date: '2010-05-01', source: 's1'}]->(ag),
                   (d)-[:PARTY_TO {date: '2011', source: 's2'}]->(ag),
                   (a)-[:COOPERATES_WITH {from: '2015', source: 's3'}]->(d),
                   (b)-[:COOPERATES_WITH {source: 's3'}]->(e),
                   (e)-[:COOPERATES_WITH {date: '2009', source: 's2'}]->(c),
                   (a)-[:PARTICIPATED_IN {source: 's2'}]->(ev),
                   (c)-[:ORGANISED {source: 's2'}]->(ev),
                   (per)-[:WORKS_AT {role: 'vd', source: 's1'}]->(b),
                   (per)-[:CONTACT_FOR {source: 's1'}]->(p)""";

    private EmbeddedNeo4j neo4j;
    private Driver driver;

    @BeforeAll
    void startADatabaseOfItsOwn(@TempDir Path dir) {
        neo4j = EmbeddedNeo4j.start(dir.resolve("store"), 0, Duration.ofMinutes(2));
        neo4j.registerProcedures(PathsProcedure.class);
        driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
        try (Session session = driver.session()) {
            session.run(GRAPH).consume();
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

    static Map<String, Object> params(List<String> types, Integer fromYear, Integer toYear) {
        Map<String, Object> p = new HashMap<>();
        p.put("types", types);
        p.put("fromYear", fromYear);
        p.put("toYear", toYear);
        return p;
    }

    /** What a path answer says, in an order-free form (a node's former names come in no particular order). */
    record Answer(Set<List<String>> pathNodes, Set<List<String>> pathRels, Map<String, Map<String, Object>> nodes,
            Map<String, Map<String, Object>> rels) {

        static Answer of(Reachability.Found found) {
            Map<String, Map<String, Object>> nodes = new HashMap<>();
            found.nodes().forEach((key, entity) -> {
                Map<String, Object> e = new HashMap<>(entity);
                e.put("names", new HashSet<>((List<?>) entity.get("names")));
                nodes.put(key, e);
            });
            return new Answer(new HashSet<>(found.pathNodes()), new HashSet<>(found.pathRels()), nodes, found.rels());
        }
    }

    @Test
    void aDatabaseWithTheProcedureRegisteredHasItAsThisBuildCallsIt() {
        try (Session session = driver.session()) {
            assertThat(session.executeRead(CypherReachability::hasProcedure)).isTrue();
        }
    }

    @Test
    void aProcedureOfTheNameWithOtherArgumentsOrResultsIsNotUsed() {
        try (Session session = driver.session()) {
            boolean fewerArguments = session.executeRead(tx -> CypherReachability.hasSignature(tx, PathsProcedure.NAME,
                    List.of("from", "to", "maxHops"), CypherReachability.RESULTS));
            boolean otherResults = session.executeRead(tx -> CypherReachability.hasSignature(tx, PathsProcedure.NAME,
                    CypherReachability.ARGUMENTS, List.of("paths")));
            boolean noSuchProcedure = session.executeRead(tx -> CypherReachability.hasSignature(tx, "samverkan.nothing",
                    CypherReachability.ARGUMENTS, CypherReachability.RESULTS));
            assertThat(fewerArguments).isFalse();
            assertThat(otherResults).isFalse();
            assertThat(noSuchProcedure).isFalse();
        }
    }

    @Test
    void theProcedureFindsWhatTheCypherFindsUnderEveryFilter() {
        List<Map<String, Object>> filters = List.of(params(null, null, null), params(null, 2012, 2014),
                params(null, null, 2010),
                params(List.of("COOPERATES_WITH", "PARTY_TO", "PARTNER_IN"), null, null),
                params(List.of("LOCATED_IN"), null, null));
        int paths = 0;
        try (Session session = driver.session()) {
            for (String[] pair : new String[][] { { "place:dalarna", "place:hubei" },
                    { "org:a", "place:wuhan" }, { "place:hubei", "place:dalarna" } }) {
                for (Map<String, Object> p : filters) {
                    // an odd and an even length, and the longest the API asks for
                    for (int h : new int[] { 2, 3, 4 }) {
                        Reachability.Found viaCypher = session.executeRead(
                                tx -> CypherReachability.find(tx, pair[0], pair[1], h, p, false));
                        Reachability.Found viaProcedure = session.executeRead(
                                tx -> CypherReachability.find(tx, pair[0], pair[1], h, p, true));
                        assertThat(Answer.of(viaProcedure)).as("%s, %d hops, %s", Arrays.toString(pair), h, p)
                                .isEqualTo(Answer.of(viaCypher));
                        assertThat(viaProcedure.pathRels()).as("no path twice").doesNotHaveDuplicates();
                        paths += viaCypher.size();
                    }
                }
            }
        }
        assertThat(paths).as("the comparison saw paths").isGreaterThan(20);
    }

    @Test
    void anUnknownEntityHasNoPathsAndABadHopCountIsRefused() {
        Map<String, Object> none = params(null, null, null);
        try (Session session = driver.session()) {
            assertThat(session.executeRead(tx -> CypherReachability.find(tx, "place:nowhere", "place:hubei", 4, none, true))
                    .size()).isZero();
            assertThatThrownBy(() -> session.executeRead(
                    tx -> CypherReachability.find(tx, "place:dalarna", "place:hubei", 7, none, true)))
                    .hasMessageContaining("maxHops between 1 and 6");
        }
    }

    @Test
    void aYearIsTheNumberADateStartsWith() {
        assertThat(NodeGraph.year("2013-05-01")).isEqualTo(2013L);
        assertThat(NodeGraph.year("2013")).isEqualTo(2013L);
        assertThat(NodeGraph.year("sometime")).isNull();
        assertThat(NodeGraph.year(null)).isNull();
        assertThat(NodeGraph.year(2013L)).as("not a date string").isNull();
    }
}
