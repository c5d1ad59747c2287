package se.samverkan.report;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Lets a bounded number of report queries run at once; the others wait their turn, first come first served.
 * A report reads a large part of the graph on every core it gets: 32 exports started together on two cores
 * each ran about 16 times slower, and 20 of them hit the query timeout, so that work was lost. Taking turns,
 * each export runs at full speed and the waiting ones finish later instead of failing.
 */
@Component
class ReportGate {

    private final int slots;
    private final Duration queueTimeout;
    private final Semaphore free;

    ReportGate(ReportProperties properties) {
        this.slots = properties.maxConcurrent() > 0 ? properties.maxConcurrent()
                : Math.max(1, Runtime.getRuntime().availableProcessors());
        this.queueTimeout = properties.queueTimeout();
        this.free = new Semaphore(slots, true);
    }

    /** Runs {@code report} once a slot is free, or fails with {@link ReportsBusyException} after the queue timeout. */
    <T> T run(Supplier<T> report) {
        boolean entered;
        try {
            entered = free.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            throw new ReportsBusyException(slots, queueTimeout);
        }
        try {
            return report.get();
        } finally {
            free.release();
        }
    }

    int slots() {
        return slots;
    }

    /** How many reports are waiting for a slot now (an estimate, as the semaphore gives it). */
    int waiting() {
        return free.getQueueLength();
    }
}
