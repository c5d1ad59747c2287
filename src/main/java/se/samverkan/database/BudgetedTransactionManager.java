package se.samverkan.database;

import java.time.Duration;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DelegatingTransactionDefinition;

import se.samverkan.shared.RequestBudget;

/**
 * Neo4j's transaction manager, with the timeout of a transaction begun for a GraphQL request cut to what is
 * left of the request's {@link RequestBudget}. Spring's Neo4j transactions take their timeout in whole
 * seconds, so the cut is rounded up: a request may overrun its budget by less than a second.
 */
final class BudgetedTransactionManager implements PlatformTransactionManager, ApplicationContextAware {

    private final Neo4jTransactionManager delegate;
    private final Duration queryTimeout;

    BudgetedTransactionManager(Neo4jTransactionManager delegate, Duration queryTimeout) {
        this.delegate = delegate;
        this.queryTimeout = queryTimeout;
        delegate.setDefaultTimeout(seconds(queryTimeout));
    }

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
        RequestBudget budget = RequestBudget.current();
        if (budget == null) {
            return delegate.getTransaction(definition);
        }
        TransactionDefinition given = definition == null ? TransactionDefinition.withDefaults() : definition;
        Duration asked = given.getTimeout() == TransactionDefinition.TIMEOUT_DEFAULT ? queryTimeout
                : Duration.ofSeconds(given.getTimeout());
        int timeout = seconds(budget.timeout(asked));
        return delegate.getTransaction(new DelegatingTransactionDefinition(given) {
            @Override
            public int getTimeout() {
                return timeout;
            }
        });
    }

    @Override
    public void commit(TransactionStatus status) throws TransactionException {
        delegate.commit(status);
    }

    @Override
    public void rollback(TransactionStatus status) throws TransactionException {
        delegate.rollback(status);
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        delegate.setApplicationContext(applicationContext);
    }

    /** The timeout of a transaction begun outside a request, or given no timeout of its own. */
    Duration queryTimeout() {
        return queryTimeout;
    }

    static int seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return (int) Math.max(1, (millis + 999) / 1000);
    }
}
