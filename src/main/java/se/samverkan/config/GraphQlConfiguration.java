package se.samverkan.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * Limits that keep one request from exhausting the server: query depth and cost are checked before
 * execution, every Spring-managed Neo4j transaction carries the configured timeout, and all of a request's
 * transactions together at most its {@link RequestBudget}.
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

    @Bean
    PlatformTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databaseSelectionProvider,
            SamverkanProperties properties) {
        Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver)
                .withDatabaseSelectionProvider(databaseSelectionProvider)
                .build();
        return new BudgetedTransactionManager(manager, properties.queryTimeout());
    }
}
