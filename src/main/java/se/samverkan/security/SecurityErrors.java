package se.samverkan.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused mutation becomes UNAUTHORIZED (no token) or FORBIDDEN (a wrong one, or writing disabled), with
 * a message saying what to do; Spring's own resolver says only "Unauthorized" / "Forbidden".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityErrors extends DataFetcherExceptionResolverAdapter {

    SecurityErrors() {
        // The security context of the request, also where a data fetcher ran on another thread.
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!(ex instanceof AccessDeniedException || ex instanceof AuthenticationException)) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null || new AuthenticationTrustResolverImpl().isAnonymous(authentication);
        return anonymous
                ? GraphqlErrorBuilder.newError(env).errorType(ErrorType.UNAUTHORIZED).message(CuratorToken.MISSING).build()
                : GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(Refusals.reason()).build();
    }
}
