package se.samverkan.shared;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read transaction for work that runs outside a {@code @Transactional} method: a {@code totalCount}
 * resolved after its page's transaction ended, or start-up work. Read-only so a cluster can route it to a
 * follower; it carries the manager's default timeout like every other transaction.
 */
@Component
public class ReadOnlyTransactions {

    private final TransactionTemplate template;

    ReadOnlyTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
        this.template.setReadOnly(true);
    }

    public <T> T execute(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
