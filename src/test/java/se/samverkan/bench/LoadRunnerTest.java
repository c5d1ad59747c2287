package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class LoadRunnerTest {

    @Test
    void aCellWhoseTimeIsUpStillSendsItsMinimum() throws InterruptedException {
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        LoadRunner.Cell cell = LoadRunner.run(2, 5, 50, 0, i -> sent.add(i));
        assertThat(cell.requests()).isEqualTo(5);
        assertThat(sent).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(cell.errors()).isZero();
    }

    @Test
    void aCellWithTimeLeftSendsUpToItsMaximum() throws InterruptedException {
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        LoadRunner.Cell cell = LoadRunner.run(3, 5, 50, Long.MAX_VALUE, i -> sent.add(i));
        assertThat(cell.requests()).isEqualTo(50);
        assertThat(sent).hasSize(50);
    }

    @Test
    void failedAndThrowingRequestsCountAsErrors() throws InterruptedException {
        LoadRunner.Cell cell = LoadRunner.run(1, 4, i -> {
            if (i == 3) {
                throw new IllegalStateException("boom");
            }
            return i != 1;
        });
        assertThat(cell.requests()).isEqualTo(4);
        assertThat(cell.errors()).isEqualTo(2);
        assertThat(cell.firstError()).isNotNull();
    }

    @Test
    void onlyTheQueriesAnOnlyPrefixSelectsAreMeasured() {
        assertThat(Workload.select(List.of("connections"))).containsExactly(Workload.LINKED, Workload.NO_LINK);
        assertThat(Workload.select(List.of())).isEqualTo(Workload.NAMES);
    }

    @Test
    void aWarmUpEndsOnceSeveralWindowsInARowImproveNeitherP50NorP95() throws InterruptedException {
        LoadRunner.WarmUp warm = LoadRunner.warmUp(1, Duration.ofMillis(50).toNanos(), 0,
                Duration.ofSeconds(30).toNanos(), i -> spin(Duration.ofMillis(1).toNanos()));
        assertThat(warm.steady()).isTrue();
        assertThat(warm.windows()).isBetween(LoadRunner.STEADY_WINDOWS + 1, 20);
        assertThat(warm.p50()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aWarmUpThatKeepsImprovingStopsAtItsLimitAndSaysSo() throws InterruptedException {
        // each 40 ms window's requests take 0.7 times as long as the last window's
        long start = System.nanoTime();
        long limit = Duration.ofMillis(400).toNanos();
        LoadRunner.WarmUp warm = LoadRunner.warmUp(1, Duration.ofMillis(40).toNanos(), 0, limit,
                i -> spin((long) (Duration.ofMillis(4).toNanos() * Math.pow(0.7, (System.nanoTime() - start) / 40e6))));
        assertThat(warm.steady()).isFalse();
        assertThat(warm.seconds()).isBetween(0.4, 5.0);
    }

    private static boolean spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        return true;
    }
}
