package se.samverkan.database;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import se.samverkan.shared.SamverkanProperties;

/** Every Spring-managed Neo4j transaction carries the configured timeout, cut to what a request has left. */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databaseSelectionProvider,
            SamverkanProperties properties) {
        Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver)
                .withDatabaseSelectionProvider(databaseSelectionProvider)
                .build();
        return new BudgetedTransactionManager(manager, properties.queryTimeout());
    }

    /** SDN's template looks for a {@code Neo4jTransactionManager} by type; ours wraps one, so it is handed over. */
    @Bean
    Neo4jTemplate neo4jTemplate(Neo4jClient client, Neo4jMappingContext mappingContext,
            PlatformTransactionManager transactionManager) {
        return new Neo4jTemplate(client, mappingContext, transactionManager);
    }
}
