package se.samverkan.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import se.samverkan.shared.RequestBudget;

/** The timeout each Neo4j transaction is begun with, with and without a request's budget. */
class BudgetedTransactionManagerTest {

    final Driver driver = mock(Driver.class);
    final Session session = mock(Session.class);
    final AtomicLong now = new AtomicLong();
    final RequestBudget budget = new RequestBudget(Duration.ofSeconds(10), now::get);
    final BudgetedTransactionManager manager = new BudgetedTransactionManager(
            Neo4jTransactionManager.with(driver).build(), Duration.ofSeconds(5));

    BudgetedTransactionManagerTest() {
        when(driver.session(any(SessionConfig.class))).thenReturn(session);
        Transaction tx = mock(Transaction.class);
        when(tx.isOpen()).thenReturn(true);
        when(session.isOpen()).thenReturn(true);
        when(session.beginTransaction(any(TransactionConfig.class))).thenReturn(tx);
    }

    @AfterEach
    void leave() {
        budget.leave();
    }

    Duration begunWith() {
        TransactionStatus status = manager.getTransaction(readOnly());
        manager.rollback(status);
        ArgumentCaptor<TransactionConfig> config = ArgumentCaptor.forClass(TransactionConfig.class);
        verify(session).beginTransaction(config.capture());
        return config.getValue().timeout();
    }

    static DefaultTransactionDefinition readOnly() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        return definition;
    }

    @Test
    void outsideARequestATransactionGetsTheQueryTimeout() {
        assertThat(begunWith()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void withPlentyLeftATransactionGetsTheQueryTimeout() {
        budget.enter();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(begunWith()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void nearTheEndOfTheBudgetATransactionGetsWhatIsLeftRoundedUpToASecond() {
        budget.enter();
        now.addAndGet(Duration.ofMillis(7_500).toNanos());
        assertThat(begunWith()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void withTheBudgetSpentNoTransactionIsBegun() {
        budget.enter();
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThatThrownBy(() -> manager.getTransaction(readOnly())).isInstanceOf(RequestBudget.Spent.class);
        verify(driver, never()).session(any(SessionConfig.class));
    }

    @Test
    void transactionTimeoutsAreWholeSecondsRoundedUp() {
        assertThat(BudgetedTransactionManager.seconds(Duration.ofMillis(2_500))).isEqualTo(3);
        assertThat(BudgetedTransactionManager.seconds(Duration.ofSeconds(10))).isEqualTo(10);
        assertThat(BudgetedTransactionManager.seconds(Duration.ofMillis(1))).isEqualTo(1);
    }
}
