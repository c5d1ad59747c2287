package se.samverkan.database;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.shared.WarmUp;

/**
 * Runs every feature's {@link WarmUp} once the application is up, on a thread of its own; a warm-up that fails
 * costs only its own first request some seconds and never fails start-up or the others.
 */
// Only where requests will come: the report, import and export commands run one query and exit.
@Component
@ConditionalOnWebApplication
class QueryWarmUps implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QueryWarmUps.class);

    private final List<WarmUp> warmUps;
    private final TransactionTemplate startup;

    QueryWarmUps(List<WarmUp> warmUps, PlatformTransactionManager transactionManager) {
        this.warmUps = warmUps;
        // The queries' own @Transactional joins this one: planning cold may take longer than the request timeout,
        // and a warm-up cut off would only leave the plans cold.
        this.startup = new TransactionTemplate(transactionManager);
        this.startup.setReadOnly(true);
        this.startup.setTimeout((int) CypherMigrations.STARTUP_TIMEOUT.toSeconds());
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread thread = new Thread(this::warmUpAll, "query-warm-up");
        // the JVM may exit (a failed start, a shutdown) without waiting for plans nobody will use
        thread.setDaemon(true);
        thread.start();
    }

    void warmUpAll() {
        for (WarmUp warmUp : warmUps) {
            long start = System.nanoTime();
            try {
                startup.executeWithoutResult(status -> warmUp.warmUp());
                log.info("Query plans of {} warmed up in {} ms", warmUp.name(), (System.nanoTime() - start) / 1_000_000);
            }
            catch (RuntimeException e) {
                log.warn("Query warm-up of {} failed; its first requests will be slower: {}", warmUp.name(), e.getMessage());
            }
        }
    }
}
