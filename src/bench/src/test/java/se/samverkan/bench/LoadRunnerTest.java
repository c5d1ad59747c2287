package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

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
                Duration.ofSeconds(30).toNanos(), () -> -1, i -> spin(Duration.ofMillis(1).toNanos()));
        assertThat(warm.steady()).isTrue();
        assertThat(warm.windows()).isGreaterThan(LoadRunner.STEADY_WINDOWS);
        assertThat(warm.p50()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aWarmUpThatKeepsImprovingStopsAtItsLimitAndSaysSo() throws InterruptedException {
        // each 40 ms window's requests take 0.7 times as long as the last window's
        long start = System.nanoTime();
        long limit = Duration.ofMillis(400).toNanos();
        LoadRunner.WarmUp warm = LoadRunner.warmUp(1, Duration.ofMillis(40).toNanos(), 0, limit, () -> -1,
                i -> spin((long) (Duration.ofMillis(4).toNanos() * Math.pow(0.7, (System.nanoTime() - start) / 40e6))));
        assertThat(warm.steady()).isFalse();
        assertThat(warm.seconds()).as("ran to its limit").isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void aWarmUpGoesOnWhileTheApplicationsJitIsCompilingAndEndsOnceItIsQuiet() throws InterruptedException {
        // steady latencies throughout; the JIT compiles for the first 0.5 s, then stops
        long start = System.nanoTime();
        LongSupplier jit = () -> Math.min(System.nanoTime() - start, Duration.ofMillis(500).toNanos()) / 1_000_000
                * (LoadRunner.JIT_QUIET_MILLIS + 1);
        LoadRunner.WarmUp warm = LoadRunner.warmUp(1, Duration.ofMillis(50).toNanos(), 0,
                Duration.ofSeconds(30).toNanos(), jit, i -> spin(Duration.ofMillis(1).toNanos()));
        assertThat(warm.steady()).isTrue();
        assertThat(warm.seconds()).isGreaterThanOrEqualTo(0.5 + LoadRunner.STEADY_WINDOWS * 0.05);
    }

    @Test
    void aWarmUpWhoseApplicationNeverStopsCompilingStopsAtItsLimit() throws InterruptedException {
        long start = System.nanoTime();
        LoadRunner.WarmUp warm = LoadRunner.warmUp(1, Duration.ofMillis(40).toNanos(), 0,
                Duration.ofMillis(400).toNanos(), () -> (System.nanoTime() - start) / 1_000_000 * 100,
                i -> spin(Duration.ofMillis(1).toNanos()));
        assertThat(warm.steady()).isFalse();
    }

    @Test
    void alternatingSidesTakeTurnsAndEachSendsItsRequestsInOrder() throws InterruptedException {
        List<String> sent = new ArrayList<>();
        // a turn of 1 ms holds one 2 ms request
        LoadRunner.Alternating turns = LoadRunner.alternate(5, 5, 0, Duration.ofMillis(1).toNanos(), () -> -1,
                i -> sent.add("a" + i) && spin(Duration.ofMillis(2).toNanos()),
                i -> sent.add("b" + i) && spin(Duration.ofMillis(2).toNanos()));
        assertThat(sent).containsExactly("a0", "b0", "a1", "b1", "a2", "b2", "a3", "b3", "a4", "b4");
        assertThat(turns.a().requests()).isEqualTo(5);
        assertThat(turns.b().requests()).isEqualTo(5);
        assertThat(turns.slices()).isEqualTo(5);
        assertThat(turns.aCpuMillis()).isEqualTo(-1);
    }

    @Test
    void alternatingSidesMeetAChangeOfTheMachineAlikeWhereOneAfterTheOtherDoNot() throws InterruptedException {
        // the machine changes after its first 10 requests: each side counts its requests before the change
        AtomicInteger count = new AtomicInteger();
        AtomicInteger aBefore = new AtomicInteger();
        AtomicInteger bBefore = new AtomicInteger();
        IntPredicate a = i -> count.getAndIncrement() >= 10 || aBefore.incrementAndGet() > 0;
        IntPredicate b = i -> count.getAndIncrement() >= 10 || bBefore.incrementAndGet() > 0;
        LoadRunner.alternate(20, 20, 0, 0, () -> -1, a, b);
        assertThat(aBefore).hasValue(5);
        assertThat(bBefore).hasValue(5);

        count.set(0);
        aBefore.set(0);
        bBefore.set(0);
        LoadRunner.run(1, 20, a);
        LoadRunner.run(1, 20, b);
        assertThat(aBefore).hasValue(10);
        assertThat(bBefore).hasValue(0);
    }

    @Test
    void alternatingSidesEachGetTheApplicationsCpuTimeOfTheirOwnTurns() throws InterruptedException {
        AtomicLong cpu = new AtomicLong();
        LoadRunner.Alternating turns = LoadRunner.alternate(3, 300, Duration.ofMillis(60).toNanos(),
                Duration.ofMillis(10).toNanos(), cpu::get,
                i -> cpu.addAndGet(3) > 0 && spin(Duration.ofMillis(1).toNanos()),
                i -> cpu.addAndGet(1) > 0 && spin(Duration.ofMillis(1).toNanos()));
        assertThat(turns.slices()).isGreaterThan(1);
        assertThat(turns.aCpuMillis()).isEqualTo(3L * turns.a().requests());
        assertThat(turns.bCpuMillis()).isEqualTo(turns.b().requests());
        assertThat(turns.a().requests() + turns.b().requests()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aSideAtItsMaximumSitsOutWhileTheOtherTakesTurnsToReachItsMinimum() throws InterruptedException {
        // the first side sends two requests a turn (a tenth of 20), the second one: after ten turns the first
        // has its maximum, the second needs five more for its minimum
        LoadRunner.Alternating turns = LoadRunner.alternate(15, 20, 0, Duration.ofMillis(30).toNanos(),
                () -> -1, i -> true, i -> spin(Duration.ofMillis(40).toNanos()));
        assertThat(turns.a().requests()).isEqualTo(20);
        assertThat(turns.b().requests()).isEqualTo(15);
        assertThat(turns.slices()).isEqualTo(15);
    }

    @Test
    void aFastSideSpreadsItsRequestsOverSeveralTurnsInsteadOfSendingThemAllInItsFirst()
            throws InterruptedException {
        List<Character> sides = Collections.synchronizedList(new ArrayList<>());
        LoadRunner.Alternating turns = LoadRunner.alternate(20, 200, Long.MAX_VALUE, Duration.ofSeconds(1).toNanos(),
                () -> -1, i -> sides.add('a'), i -> sides.add('b'));
        assertThat(turns.a().requests()).isEqualTo(200);
        assertThat(turns.b().requests()).isEqualTo(200);
        assertThat(turns.slices()).isEqualTo(LoadRunner.TURNS);
        assertThat(sides.subList(0, 40)).containsExactlyElementsOf(Stream.concat(
                Collections.nCopies(20, 'a').stream(), Collections.nCopies(20, 'b').stream()).toList());
    }

    private static boolean spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        return true;
    }
}
