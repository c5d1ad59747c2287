package se.samverkan.entity;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import se.samverkan.config.BadRequestException;

/**
 * A Relay-style page. {@code totalCount} is a supplier so that the count query only runs when a client
 * asks for the field.
 */
public record Page<T>(List<Edge<T>> edges, PageInfo pageInfo, Supplier<Integer> totalCount) {

    public static final int MAX_FIRST = 100;

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds a page from rows fetched with {@code LIMIT first + 1}: the extra row only says that there is a
     * next page.
     */
    public static <T> Page<T> of(List<T> rows, int first, boolean after, Function<T, String> cursor,
            Supplier<Integer> totalCount) {
        List<Edge<T>> edges = rows.stream().limit(first).map(r -> new Edge<>(cursor.apply(r), r)).toList();
        PageInfo info = new PageInfo(rows.size() > first, after,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
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
