package se.samverkan.report;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A report refused for lack of a turn is classified BUSY, apart from a timeout (the question is too big) and
 * an internal error: the same request will work once other reports have finished. Runs before the general
 * resolver in config, which handles the rest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportErrors extends DataFetcherExceptionResolverAdapter {

    static final ErrorClassification BUSY = ErrorClassification.errorClassification("BUSY");

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof ReportsBusyException) {
            return GraphqlErrorBuilder.newError(env).errorType(BUSY).message(ex.getMessage()).build();
        }
        return null;
    }
}
