package se.samverkan.connection;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * The whole connection search ({@link Reachability#search}) as a procedure of the embedded database. As
 * Cypher over Bolt, every level of the breadth-first search sends its frontier out and back as element-id
 * strings (tens of thousands per question at a million nodes), and each side and path query costs its
 * round trips and a row per neighbour in the interpreted runtime: at {@code large}, two big regions took
 * ~250 ms with no link and ~380 ms linked, most of it moving and parsing ids. Here the same algorithm walks
 * the graph through the database's Java API ({@link NodeGraph}) and answers with the one record
 * {@link ConnectionCypher#paths} answers with. An external server without the procedure gets the Cypher
 * ({@link CypherReachability#hasProcedure}); both find the same paths.
 */
public class PathsProcedure {

    public static final String NAME = "samverkan.connection.paths";

    @Context
    public Transaction tx;

    /** As {@link ConnectionCypher#paths}: paths by the element ids of their nodes and facts, each node and fact once. */
    public static class Output {

        public List<Object> pathNodes;
        public List<Object> pathRels;
        public List<Object> nodes;
        public List<Object> rels;

        Output(Reachability.Found found) {
            this.pathNodes = List.copyOf(found.pathNodes());
            this.pathRels = List.copyOf(found.pathRels());
            this.nodes = found.nodes().entrySet().stream()
                    .<Object>map(e -> Map.of("key", e.getKey(), "entity", e.getValue())).toList();
            this.rels = List.copyOf(found.rels().values());
        }
    }

    @Procedure(name = NAME, mode = Mode.READ)
    @Description("The paths of at most maxHops facts between the entity 'from' (and everything located within it) "
            + "and the entity 'to' (likewise), over facts of the given types (null: any) that may overlap "
            + "fromYear..toYear: the connection search of Samverkan's GraphQL field 'connections'.")
    public Stream<Output> paths(@Name("from") String from, @Name("to") String to, @Name("maxHops") Long maxHops,
            @Name("types") List<String> types, @Name("fromYear") Long fromYear, @Name("toYear") Long toYear) {
        if (from == null || to == null || maxHops == null || maxHops < 1 || maxHops > ConnectionQuery.MAX_HOPS) {
            throw new IllegalArgumentException("from and to must be entity ids and maxHops between 1 and "
                    + ConnectionQuery.MAX_HOPS + ", got " + from + ", " + to + ", " + maxHops);
        }
        NodeGraph graph = new NodeGraph(tx, types, fromYear, toYear);
        return Stream.of(new Output(Reachability.search(graph, from, to, maxHops.intValue())));
    }
}
