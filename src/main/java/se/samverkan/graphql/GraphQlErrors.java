package se.samverkan.graphql;

import java.time.Duration;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.SamverkanProperties;

import se.samverkan.shared.RequestBudget;

/**
 * Turns exceptions into GraphQL errors with a classification and a message that names the problem.
 * Database errors are logged here and reported without Cypher text or stack trace, which would leak
 * internals and mean nothing to a researcher.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    /**
     * A question too big for the query timeout is neither the client's mistake nor a fault of the server, and
     * asking it again as it is will time out again: its own classification lets a client tell it apart.
     */
    static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

    /** Null in a controller slice test, which has no application properties. */
    private final Duration queryTimeout;

    GraphQlErrors(ObjectProvider<SamverkanProperties> properties) {
        SamverkanProperties p = properties.getIfAvailable();
        this.queryTimeout = p == null ? null : p.queryTimeout();
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof NotFoundException) {
            return error(env, ErrorType.NOT_FOUND, ex.getMessage());
        }
        if (ex instanceof BadRequestException) {
            return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
        }
        RequestBudget budget = RequestBudget.current();
        if (spentBudget(ex) != null || (isTimeout(ex) && budget != null && budget.spent())) {
            Duration limit = spentBudget(ex) != null ? spentBudget(ex).limit() : budget.limit();
            log.warn("Request's database time used up at {}", env.getExecutionStepInfo().getPath());
            return GraphqlErrorBuilder.newError(env).errorType(TIMEOUT)
                    .message(budgetMessage(env.getField().getName(), limit)).build();
        }
        if (isTimeout(ex)) {
            log.warn("Query timed out in {}", env.getExecutionStepInfo().getPath(), ex);
            return GraphqlErrorBuilder.newError(env).errorType(TIMEOUT)
                    .message(timeoutMessage(env.getField().getName(), queryTimeout)).build();
        }
        log.error("Unexpected error in {}", env.getExecutionStepInfo().getPath(), ex);
        return error(env, ErrorType.INTERNAL_ERROR, "Internal error; it has been logged.");
    }

    /** Names the limit and what to narrow, for the field whose query was stopped. */
    static String timeoutMessage(String field, Duration limit) {
        String advice = switch (field) {
            case "connections" -> "ask for fewer hops (maxHops), fewer relationTypes or a narrower fromYear..toYear";
            case "report" -> "narrow the report's parameters";
            case "search" -> "search for a more specific text, or within types";
            default -> "ask for a smaller page (first) or a narrower filter";
        };
        String took = limit == null ? "the time limit" : "the " + seconds(limit) + " limit";
        return "The database query for %s took longer than %s (samverkan.query-timeout) and was stopped; %s."
                .formatted(field, took, advice);
    }

    /** Names the request's limit: this field was not asked (or was cut short) because earlier ones used it up. */
    static String budgetMessage(String field, Duration limit) {
        return ("The request used up its %s (samverkan.graphql.request-timeout) before %s was"
                + " answered; ask for fewer fields or aliases in one request, or spread them over several requests.")
                .formatted(seconds(limit), field);
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    private static RequestBudget.Spent spentBudget(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestBudget.Spent spent) {
                return spent;
            }
        }
        return null;
    }

    static boolean isTimeout(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof QueryTimeoutException) {
                return true;
            }
            String code = t instanceof ClientException c ? c.code()
                    : t instanceof TransientException tr ? tr.code() : null;
            if (code != null && (code.contains("TransactionTimedOut") || code.contains("Terminated"))) {
                return true;
            }
            if (t instanceof TransientDataAccessException && t.getMessage() != null
                    && t.getMessage().contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
