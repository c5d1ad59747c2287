package se.samverkan.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.shared.SamverkanProperties;

/** The application's transactions are the budgeted ones, with the configured query timeout. */
@SamverkanIntegrationTest
class TransactionTimeoutTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    SamverkanProperties properties;

    @Test
    void everyDatabaseTransactionCarriesTheConfiguredTimeout() {
        assertThat(transactionManager).isInstanceOf(BudgetedTransactionManager.class);
        assertThat(((BudgetedTransactionManager) transactionManager).queryTimeout()).isEqualTo(properties.queryTimeout());
    }
}
