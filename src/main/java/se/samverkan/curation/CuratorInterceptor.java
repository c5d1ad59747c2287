package se.samverkan.curation;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Puts what the request's credentials allow into the GraphQL context, where every mutation checks it.
 * Reading stays public, so nothing is refused here.
 */
@Component
class CuratorInterceptor implements WebGraphQlInterceptor {

    static final String CONTEXT_KEY = "samverkan.curatorAccess";

    private final CuratorToken token;

    CuratorInterceptor(CuratorToken token) {
        this.token = token;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        CuratorAccess access = token.check(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, access)).build());
        return chain.next(request);
    }
}
