package se.samverkan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import se.samverkan.shared.WarmUp;

class QueryWarmUpsTest {

    private final List<String> ran = new ArrayList<>();
    private final List<TransactionDefinition> transactions = new ArrayList<>();

    @Test
    void everyFeaturesWarmUpRunsInAReadTransactionOfItsOwnAndOneFailingStopsNoOther() {
        QueryWarmUps warmUps = new QueryWarmUps(List.of(warmUp("search", false), warmUp("entity", true),
                warmUp("connections", false)), new RecordingManager());

        warmUps.warmUpAll();

        assertThat(ran).containsExactly("search", "entity", "connections");
        assertThat(transactions).hasSize(3).allSatisfy(t -> {
            assertThat(t.isReadOnly()).isTrue();
            assertThat(t.getTimeout()).isEqualTo((int) CypherMigrations.STARTUP_TIMEOUT.toSeconds());
        });
    }

    private WarmUp warmUp(String name, boolean fails) {
        return new WarmUp() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void warmUp() {
                ran.add(name);
                if (fails) {
                    throw new IllegalStateException("cold planner timed out");
                }
            }
        };
    }

    private final class RecordingManager extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            transactions.add(definition);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
