package se.samverkan.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Start-up work done on a thread of its own, waited for where the application needs it. */
final class StartupWork {

    private StartupWork() {
    }

    /** The work's result; its failure is rethrown as it was thrown, not wrapped, so start-up reports the cause. */
    static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
