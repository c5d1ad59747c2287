package se.samverkan.curation;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Invalid input becomes BAD_REQUEST with every problem; runs before the general resolver, which handles the rest. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CurationErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof ValidationException invalid) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
                    .message(invalid.getMessage())
                    .extensions(java.util.Map.of("problems", invalid.problems().stream().map(Problem::toMap).toList()))
                    .build();
        }
        return null;
    }
}
