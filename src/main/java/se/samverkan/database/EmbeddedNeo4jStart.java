package se.samverkan.database;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded DBMS on a thread of its own while Spring builds the rest of the context (web server,
 * GraphQL schema, …): the two took turns before, each a few seconds of a cold JVM, on two cores. A bean
 * factory post-processor because those run once the bean definitions are known and before any bean is made.
 * A DBMS that no bean took (the context failed first) is shut down with the context, so it leaves no store
 * lock behind.
 */
final class EmbeddedNeo4jStart implements BeanFactoryPostProcessor, DisposableBean {

    private final Supplier<EmbeddedNeo4j> start;
    private CompletableFuture<EmbeddedNeo4j> started;
    private boolean taken;

    EmbeddedNeo4jStart(Supplier<EmbeddedNeo4j> start) {
        this.start = start;
    }

    @Override
    public synchronized void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        begin();
    }

    private synchronized CompletableFuture<EmbeddedNeo4j> begin() {
        if (started == null) {
            started = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    started.complete(start.get());
                }
                catch (RuntimeException | Error e) {
                    started.completeExceptionally(e);
                }
            }, "embedded-neo4j-start");
            thread.setDaemon(true);
            thread.start();
        }
        return started;
    }

    /** The started DBMS, waiting for it; from then on its bean owns it. */
    synchronized EmbeddedNeo4j take() {
        EmbeddedNeo4j neo4j = StartupWork.await(begin());
        taken = true;
        return neo4j;
    }

    @Override
    public synchronized void destroy() {
        if (started != null && !taken) {
            started.thenAccept(EmbeddedNeo4j::close).exceptionally(e -> null).join();
        }
    }
}
