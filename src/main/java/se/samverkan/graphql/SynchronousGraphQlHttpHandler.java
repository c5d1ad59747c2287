package se.samverkan.graphql;

import java.util.concurrent.CompletableFuture;

import jakarta.servlet.ServletException;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * Answers {@code POST /graphql} on the request's own thread when the result is already there. Spring's
 * handler always answers through a servlet async dispatch, which hands the request to another container
 * thread and runs it through the filter chain a second time; every data fetcher here is synchronous, so
 * the result is complete when the handler returns and that detour only adds latency (measured: several
 * milliseconds per request on the 2-core benchmark machine). A result that is not complete yet still
 * goes the async way.
 */
final class SynchronousGraphQlHttpHandler extends GraphQlHttpHandler {

    SynchronousGraphQlHttpHandler(WebGraphQlHandler handler) {
        super(handler);
    }

    /** A body that is no GraphQL request is answered with a GraphQL error naming the problem, still 400. */
    @Override
    public ServerResponse handleRequest(ServerRequest request) throws ServletException {
        try {
            return super.handleRequest(request);
        }
        catch (ServerWebInputException | HttpMessageNotReadableException ex) {
            return MalformedRequests.badRequest(request, ex);
        }
    }

    @Override
    protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
        CompletableFuture<WebGraphQlResponse> result = responseMono.toFuture();
        ServerResponse response = super.prepareResponse(request, Mono.fromFuture(result));
        if (result.isDone() && !result.isCompletedExceptionally() && response instanceof AsyncServerResponse async) {
            return async.block();
        }
        return response;
    }
}
