package se.samverkan.connection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * {@link Reachability#STEP} as a procedure of the embedded database. The breadth-first search expands tens
 * of thousands of nodes per question at a million nodes, and as Cypher each neighbour costs a row through
 * the interpreted runtime and over Bolt (~7 µs): "no link" between two big regions took ~420 ms. Walking
 * the same relationships in the database's own Java API and answering with two lists in one record does the
 * same work without that per-row cost. Same parameters and meaning as {@link Reachability#STEP}; an external
 * server without this procedure gets the Cypher ({@link Reachability#hasStepProcedure}).
 */
public class StepProcedure {

    public static final String NAME = "samverkan.connection.step";

    private static final Set<String> NOT_A_CONNECTION = Set.of("LOCATED_IN", "MENTIONED_IN", "HAS_NAME", "ABOUT",
            "INTERESTED_IN");
    private static final Label ENTITY = Label.label("Entity");
    private static final Set<String> CARRIERS = Set.of("Organisation", "Person", "Project", "Programme", "Agreement",
            "Event");

    @Context
    public Transaction tx;

    /** The distinct entities one allowed fact away from the frontier: carriers, and the others apart. */
    public static class Output {

        public List<String> carriers;
        public List<String> others;

        Output(List<String> carriers, List<String> others) {
            this.carriers = carriers;
            this.others = others;
        }
    }

    @Procedure(name = NAME, mode = Mode.READ)
    @Description("One breadth-first step of the connection search: the entities one fact away from the frontier "
            + "(element ids), over facts of the given types (null: any) that may overlap fromYear..toYear, "
            + "only those in goal when it is not null.")
    public Stream<Output> step(@Name("frontier") List<String> frontier, @Name("types") List<String> types,
            @Name("fromYear") Long fromYear, @Name("toYear") Long toYear, @Name("goal") List<String> goal) {
        // Naming the types lets the store skip the groups of other types on dense nodes (a hub's mentions), and
        // nodes compare by identity: an element id string is only made for what is returned.
        List<RelationshipType> allowed = new ArrayList<>();
        for (RelationshipType type : tx.getAllRelationshipTypes()) {
            if (!NOT_A_CONNECTION.contains(type.name()) && (types == null || types.contains(type.name()))) {
                allowed.add(type);
            }
        }
        List<String> carriers = new ArrayList<>();
        List<String> others = new ArrayList<>();
        if (allowed.isEmpty()) { // no types would mean every type to getRelationships
            return Stream.of(new Output(carriers, others));
        }
        RelationshipType[] allowedTypes = allowed.toArray(RelationshipType[]::new);
        Set<Node> goalNodes = goal == null ? null : nodes(goal);
        Set<Node> seen = new HashSet<>();
        for (Node x : nodes(frontier)) {
            for (Relationship r : x.getRelationships(Direction.BOTH, allowedTypes)) {
                if (!yearsOverlap(r, fromYear, toYear)) {
                    continue;
                }
                Node c = r.getOtherNode(x);
                if (goalNodes != null && !goalNodes.contains(c) || !seen.add(c) || !c.hasLabel(ENTITY)) {
                    continue;
                }
                (isCarrier(c) ? carriers : others).add(c.getElementId());
            }
        }
        return Stream.of(new Output(carriers, others));
    }

    /** The nodes of these element ids; as MATCH (x) WHERE elementId(x) = id, an unknown id is no node. */
    private Set<Node> nodes(List<String> ids) {
        Set<Node> nodes = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            try {
                nodes.add(tx.getNodeByElementId(id));
            }
            catch (NotFoundException | IllegalArgumentException e) {
                // no such node
            }
        }
        return nodes;
    }

    private static boolean isCarrier(Node c) {
        for (Label label : c.getLabels()) {
            if (CARRIERS.contains(label.name())) {
                return true;
            }
        }
        return false;
    }

    /** {@link se.samverkan.entity.FactFilters#yearsOverlap} in Java; properties are read only when asked. */
    static boolean yearsOverlap(Relationship r, Long fromYear, Long toYear) {
        if (fromYear != null) {
            Object until = r.getProperty("until", null);
            Object end = until != null ? until : r.hasProperty("from") ? null : r.getProperty("date", null);
            Long year = year(end);
            if (year != null && year < fromYear) {
                return false;
            }
        }
        if (toYear != null) {
            Object from = r.getProperty("from", null);
            Long year = year(from != null ? from : r.getProperty("date", null));
            return year == null || year <= toYear;
        }
        return true;
    }

    /** toInteger(left(value, 4)): the year a date string starts with, null when it does not. */
    static Long year(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return Long.parseLong(s.substring(0, Math.min(4, s.length())).trim());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
