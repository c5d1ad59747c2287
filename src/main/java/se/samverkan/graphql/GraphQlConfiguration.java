package se.samverkan.graphql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


import se.samverkan.shared.SamverkanProperties;
import se.samverkan.shared.RequestBudget;

/**
 * Limits that keep one request from exhausting the server: query depth and cost are checked before
 * execution, and the operation holds a {@link RequestBudget} that all of its transactions share
 * (se.samverkan.database cuts each transaction's timeout to it).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    QueryLimits queryLimits(GraphQlProperties graphQl, SamverkanProperties properties) {
        return new QueryLimits(graphQl.maxDepth(), graphQl.maxComplexity(),
                graphQl.requestTimeoutOr(properties.queryTimeout()));
    }

    @Bean
    GraphQlSourceBuilderCustomizer documentCache(GraphQlProperties graphQl) {
        return builder -> builder.configureGraphQl(graphQlBuilder -> graphQlBuilder.preparsedDocumentProvider(
                new DocumentCache(graphQl.documentCacheSize())));
    }

    /** Only where there is a web server: the report, import and export commands run without one. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
        return new SynchronousGraphQlHttpHandler(webGraphQlHandler);
    }
}
