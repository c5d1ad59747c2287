package se.samverkan.entity;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.relay.Connection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.relay.PageInfo;

import se.samverkan.shared.BadRequestException;

/**
 * A Relay-style page. It is a graphql-java {@link Connection}, so Spring for GraphQL passes it through
 * as it is; {@code totalCount} is a supplier so that the count query only runs when a client asks.
 */
public record Page<T>(List<Edge<T>> edges, PageInfo pageInfo, Supplier<Integer> totalCount)
        implements Connection<T> {

    public static final int MAX_FIRST = 100;

    @Override
    public List<Edge<T>> getEdges() {
        return edges;
    }

    @Override
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /**
     * Builds a page from rows fetched with {@code LIMIT first + 1}: the extra row only says that there is a
     * next page.
     */
    public static <T> Page<T> of(List<T> rows, int first, boolean after, Function<T, String> cursor,
            Supplier<Integer> totalCount) {
        List<Edge<T>> edges = rows.stream().limit(first)
                .<Edge<T>>map(r -> new DefaultEdge<>(r, new DefaultConnectionCursor(cursor.apply(r))))
                .toList();
        PageInfo info = new DefaultPageInfo(
                edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor(),
                after, rows.size() > first);
        return new Page<>(edges, info, totalCount);
    }

    /** Checks a client's page size: 1 to {@value #MAX_FIRST}. */
    public static int checkFirst(Integer first, int defaultValue) {
        int value = first == null ? defaultValue : first;
        if (value < 1 || value > MAX_FIRST) {
            throw new BadRequestException("first must be between 1 and " + MAX_FIRST + ", got " + value);
        }
        return value;
    }
}
