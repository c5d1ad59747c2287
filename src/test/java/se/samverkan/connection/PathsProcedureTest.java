package se.samverkan.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.SamverkanIntegrationTest;

/**
 * The connection search as a procedure must find exactly what its Cypher finds, under every filter, and
 * describe the nodes and facts on the paths exactly as the Cypher does: the embedded database answers with
 * the procedure, an external server with the Cypher.
 */
@SamverkanIntegrationTest
class PathsProcedureTest {

    @Autowired
    Driver driver;

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
    void theEmbeddedDatabaseHasTheProcedure() {
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
                    { "org:dalarna-science-park", "place:wuhan" }, { "place:hubei", "place:dalarna" } }) {
                for (Map<String, Object> p : filters) {
                    // each hop count is its own query text, planned cold the first time: two of them will do
                    for (int hops : new int[] { 2, 4 }) {
                        Reachability.Found viaCypher = session.executeRead(
                                tx -> CypherReachability.find(tx, pair[0], pair[1], hops, p, false));
                        Reachability.Found viaProcedure = session.executeRead(
                                tx -> CypherReachability.find(tx, pair[0], pair[1], hops, p, true));
                        assertThat(Answer.of(viaProcedure)).as("%s, %d hops, %s", Arrays.toString(pair), hops, p)
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
