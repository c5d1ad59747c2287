package se.samverkan.shared;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.springframework.dao.QueryTimeoutException;

/**
 * The database time one GraphQL request may use in all ({@code samverkan.graphql.request-timeout}). Every
 * transaction begun while the request runs gets at most what is left of it (and at most the query timeout);
 * once it is used up, the request's remaining fields fail with a TIMEOUT error instead of each taking its own
 * query timeout: without it, many aliases of a slow field hold a server thread for timeout × aliases.
 *
 * <p>The budget belongs to the thread that runs the request's data fetchers, which here run synchronously on
 * it. Work outside a request (start-up, commands, REST exports) has none and keeps the query timeout.
 */
public final class RequestBudget {

    private static final ThreadLocal<RequestBudget> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final LongSupplier nanoTime;
    private final long start;

    public RequestBudget(Duration limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    public Duration limit() {
        return limit;
    }

    public Duration remaining() {
        return limit.minusNanos(nanoTime.getAsLong() - start);
    }

    public boolean spent() {
        Duration left = remaining();
        return left.isNegative() || left.isZero();
    }

    /** The timeout of a transaction begun now: the smaller of the query timeout and what is left. */
    public Duration timeout(Duration queryTimeout) {
        if (spent()) {
            throw new Spent(limit);
        }
        Duration left = remaining();
        return left.compareTo(queryTimeout) < 0 ? left : queryTimeout;
    }

    /** Makes this the budget of the current thread's work, until {@link #leave()}. */
    public void enter() {
        CURRENT.set(this);
    }

    public void leave() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    /** The budget of the request the current thread works for; null outside a request. */
    public static RequestBudget current() {
        return CURRENT.get();
    }

    /**
     * The timeout for a database transaction begun now: {@code queryTimeout}, or less when the current request
     * has less left. For code that gives the driver its timeout itself rather than through Spring.
     *
     * @throws Spent when the current request's budget is used up
     */
    public static Duration timeoutNow(Duration queryTimeout) {
        RequestBudget budget = CURRENT.get();
        return budget == null ? queryTimeout : budget.timeout(queryTimeout);
    }

    /** The request's database time is used up: no further transaction is begun for it. */
    public static final class Spent extends QueryTimeoutException {

        private final Duration limit;

        public Spent(Duration limit) {
            super("The request used up its " + limit + " (samverkan.graphql.request-timeout)");
            this.limit = limit;
        }

        public Duration limit() {
            return limit;
        }
    }
}
