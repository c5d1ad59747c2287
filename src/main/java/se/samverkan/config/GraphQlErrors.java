package se.samverkan.config;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors with a classification and a message that names the problem.
 * Database errors are logged here and reported without Cypher text or stack trace, which would leak
 * internals and mean nothing to a researcher.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof NotFoundException) {
            return error(env, ErrorType.NOT_FOUND, ex.getMessage());
        }
        if (ex instanceof BadRequestException) {
            return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
        }
        if (isTimeout(ex)) {
            log.warn("Query timed out in {}", env.getExecutionStepInfo().getPath(), ex);
            return error(env, ErrorType.INTERNAL_ERROR,
                    "The database query took too long and was stopped; narrow the question (fewer hops, a smaller page).");
        }
        log.error("Unexpected error in {}", env.getExecutionStepInfo().getPath(), ex);
        return error(env, ErrorType.INTERNAL_ERROR, "Internal error; it has been logged.");
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
