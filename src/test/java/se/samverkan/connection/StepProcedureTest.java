package se.samverkan.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.SamverkanIntegrationTest;

/**
 * The connection search's step as a procedure must find exactly what its Cypher finds, under every filter:
 * the embedded database answers with the procedure, an external server with the Cypher.
 */
@SamverkanIntegrationTest
class StepProcedureTest {

    @Autowired
    Driver driver;

    private record Step(Set<String> carriers, Set<String> others) {
    }

    private static Map<String, Object> params(List<String> frontier, List<String> types, Integer fromYear,
            Integer toYear, List<String> goal) {
        Map<String, Object> p = new HashMap<>();
        p.put("frontier", frontier);
        p.put("types", types);
        p.put("fromYear", fromYear);
        p.put("toYear", toYear);
        p.put("goal", goal);
        return p;
    }

    private Step cypher(Session session, Map<String, Object> p) {
        Set<String> carriers = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (Record row : session.executeRead(tx -> tx.run(Reachability.STEP, p).list())) {
            (row.get("carrier").asBoolean() ? carriers : others).add(row.get("id").asString());
        }
        return new Step(carriers, others);
    }

    private Step procedure(Session session, Map<String, Object> p) {
        Record row = session.executeRead(tx -> tx.run(Reachability.STEP_PROCEDURE, p).single());
        List<String> carriers = row.get("carriers").asList(Value::asString);
        List<String> others = row.get("others").asList(Value::asString);
        assertThat(carriers).doesNotHaveDuplicates();
        assertThat(others).doesNotHaveDuplicates();
        return new Step(new HashSet<>(carriers), new HashSet<>(others));
    }

    @Test
    void theEmbeddedDatabaseHasTheProcedure() {
        try (Session session = driver.session()) {
            assertThat(session.executeRead(Reachability::hasStepProcedure)).isTrue();
        }
    }

    @Test
    void theProcedureStepsExactlyWhereTheCypherStepsUnderEveryFilter() {
        try (Session session = driver.session()) {
            List<String> all = session.executeRead(tx -> tx.run("MATCH (e:Entity) RETURN elementId(e) AS id ORDER BY e.id")
                    .list(r -> r.get("id").asString()));
            assertThat(all).hasSizeGreaterThan(50);
            List<List<String>> frontiers = new ArrayList<>();
            frontiers.add(all);
            frontiers.add(all.subList(0, all.size() / 3));
            frontiers.add(List.of("4:no-such-database:1", all.get(0)));
            List<String> goal = all.subList(all.size() / 2, all.size());
            Integer[][] years = { { null, null }, { 2013, 2013 }, { 2015, null }, { null, 2010 } };
            int compared = 0;
            for (List<String> frontier : frontiers) {
                for (List<String> types : Arrays.asList(null, List.of("COOPERATES_WITH", "PARTY_TO", "PARTNER_IN"),
                        List.of("LOCATED_IN"))) {
                    for (Integer[] y : years) {
                        for (List<String> g : Arrays.asList(null, goal)) {
                            Map<String, Object> p = params(frontier, types, y[0], y[1], g);
                            Step expected = cypher(session, p);
                            assertThat(procedure(session, p)).as("step with %s", p.keySet().stream()
                                    .filter(k -> !k.equals("frontier")).map(k -> k + "=" + p.get(k)).toList())
                                    .isEqualTo(expected);
                            compared += expected.carriers().size() + expected.others().size();
                        }
                    }
                }
            }
            assertThat(compared).as("the comparison saw entities to step to").isGreaterThan(200);
        }
    }

    @Test
    void pathsAreTheSameWhicheverWayTheSearchSteps() {
        Map<String, Object> none = params(null, null, null, null, null);
        Map<String, Object> years = params(null, null, 2012, 2014, null);
        try (Session session = driver.session()) {
            for (String[] pair : new String[][] { { "place:dalarna", "place:hubei" }, { "place:dalarna", "place:tartu" },
                    { "org:dalarna-science-park", "place:wuhan" } }) {
                for (Map<String, Object> p : List.of(none, years)) {
                    // each hop count is its own query text, planned cold the first time: two of them will do
                    for (int hops : new int[] { 2, 4 }) {
                        int maxHops = hops;
                        Reachability.Found viaCypher = session.executeRead(
                                tx -> Reachability.paths(tx, pair[0], pair[1], maxHops, p, false));
                        Reachability.Found viaProcedure = session.executeRead(
                                tx -> Reachability.paths(tx, pair[0], pair[1], maxHops, p, true));
                        assertThat(new HashSet<>(viaProcedure.pathRels())).as("%s, %d hops", Arrays.toString(pair), hops)
                                .isEqualTo(new HashSet<>(viaCypher.pathRels()));
                    }
                }
            }
        }
    }

    @Test
    void aYearIsTheNumberADateStartsWith() {
        assertThat(StepProcedure.year("2013-05-01")).isEqualTo(2013L);
        assertThat(StepProcedure.year("2013")).isEqualTo(2013L);
        assertThat(StepProcedure.year("sometime")).isNull();
        assertThat(StepProcedure.year(null)).isNull();
        assertThat(StepProcedure.year(2013L)).as("not a date string").isNull();
    }
}
