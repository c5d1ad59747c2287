package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class ReportGateTest {

    static ReportGate gate(int slots, Duration queueTimeout) {
        return new ReportGate(new ReportProperties(100, slots, queueTimeout));
    }

    /** Holds one slot of {@code gate} until {@code release} counts down; returns once the slot is held. */
    static CompletableFuture<String> hold(ReportGate gate, CountDownLatch release) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<String> done = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        return done;
    }

    @Test
    void aReportWaitsForTheRunningOneAndThenRuns() throws Exception {
        ReportGate gate = gate(1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = hold(gate, release);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.run(() -> "second"));

        // until the second is seen queued at the gate, whenever the machine gets to it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (gate.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(gate.waiting()).as("the second report waits for the slot").isEqualTo(1);
        assertThat(second).as("waits while the only slot is taken").isNotDone();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void aReportWithoutATurnWithinTheQueueTimeoutIsRefusedAsBusyAndNeverRuns() throws Exception {
        ReportGate gate = gate(1, Duration.ofMillis(100));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = hold(gate, release);
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> gate.run(() -> ran.getAndSet(true)))
                .isInstanceOf(ReportsBusyException.class)
                .hasMessageContaining("1 run at once (samverkan.reports.max-concurrent)")
                .hasMessageContaining("waited 100 ms (samverkan.reports.queue-timeout)")
                .hasMessageContaining("try again");
        assertThat(ran).isFalse();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aFailedReportFreesItsSlot() {
        ReportGate gate = gate(1, Duration.ofMillis(100));
        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("query failed");
        })).hasMessage("query failed");
        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void asManyReportsRunAtOnceAsThereAreSlots() throws Exception {
        ReportGate gate = gate(2, Duration.ofMillis(100));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = hold(gate, release);
        assertThat(gate.run(() -> "alongside")).isEqualTo("alongside");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
    }

    @Test
    void slotsDefaultToOnePerProcessor() {
        assertThat(gate(0, Duration.ofSeconds(1)).slots()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(gate(3, Duration.ofSeconds(1)).slots()).isEqualTo(3);
    }

    @Test
    void settingsOutOfRangeAreRefusedByName() {
        assertThatThrownBy(() -> new ReportProperties(100, -1, Duration.ofSeconds(1)))
                .hasMessageContaining("samverkan.reports.max-concurrent");
        assertThatThrownBy(() -> new ReportProperties(100, 0, Duration.ofSeconds(-1)))
                .hasMessageContaining("samverkan.reports.queue-timeout");
        assertThatThrownBy(() -> new ReportProperties(0, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("samverkan.reports.max-rows");
    }
}
