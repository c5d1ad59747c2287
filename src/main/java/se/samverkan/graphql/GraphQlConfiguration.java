package se.samverkan.graphql;

import org.springframework.beans.factory.annotation.Value;
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

import se.samverkan.shared.SamverkanProperties;

/**
 * Limits that keep one request from exhausting the server: query depth and complexity are checked
 * before execution, and every Spring-managed Neo4j transaction carries the configured timeout.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    QueryLimits queryLimits(@Value("${samverkan.graphql.max-depth:12}") int maxDepth,
            @Value("${samverkan.graphql.max-complexity:2000}") int maxComplexity) {
        return new QueryLimits(maxDepth, maxComplexity);
    }

    @Bean
    GraphQlSourceBuilderCustomizer documentCache(@Value("${samverkan.graphql.document-cache-size:500}") int size) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new DocumentCache(size)));
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
        manager.setDefaultTimeout((int) Math.max(1, properties.queryTimeout().toSeconds()));
        return manager;
    }
}
