package se.samverkan.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;

/** Sends a fixed number of requests from a fixed number of threads and measures each one. */
final class LoadRunner {

    /** Latency percentiles in milliseconds, throughput in requests per second, and the failed requests. */
    record Cell(int requests, double p50, double p95, double p99, double max, double throughput, int errors,
            String firstError) {

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requests", requests);
            m.put("p50Ms", round(p50));
            m.put("p95Ms", round(p95));
            m.put("p99Ms", round(p99));
            m.put("maxMs", round(max));
            m.put("throughputPerS", round(throughput));
            m.put("errors", errors);
            if (firstError != null) {
                m.put("firstError", firstError);
            }
            return m;
        }
    }

    private LoadRunner() {
    }

    /**
     * Runs {@code requests} calls of {@code request} (given the request's index; false or an exception
     * counts as an error) from {@code concurrency} threads.
     */
    static Cell run(int concurrency, int requests, IntPredicate request) throws InterruptedException {
        return run(concurrency, requests, requests, Long.MAX_VALUE, request);
    }

    /**
     * Runs at least {@code minRequests} and at most {@code maxRequests} calls: no new call starts once
     * {@code maxNanos} have passed and the minimum was sent. A fast query gets enough requests for a
     * meaningful p99 and a slow one does not hold the benchmark for an hour.
     */
    static Cell run(int concurrency, int minRequests, int maxRequests, long maxNanos, IntPredicate request)
            throws InterruptedException {
        return sample(concurrency, minRequests, maxRequests, maxNanos, request).cell();
    }

    /** The latencies of the requests a run sent, in nanoseconds, in no particular order. */
    private record Sample(long[] nanos, double seconds, int errors, String firstError) {

        Cell cell() {
            if (nanos.length == 0) {
                return new Cell(0, 0, 0, 0, 0, 0, errors, firstError);
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Cell(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1e6, sorted.length / Math.max(1e-9, seconds),
                    errors, firstError);
        }

        Sample plus(Sample more) {
            long[] all = Arrays.copyOf(nanos, nanos.length + more.nanos.length);
            System.arraycopy(more.nanos, 0, all, nanos.length, more.nanos.length);
            return new Sample(all, seconds + more.seconds, errors + more.errors,
                    firstError != null ? firstError : more.firstError);
        }
    }

    private static Sample sample(int concurrency, int minRequests, int maxRequests, long maxNanos,
            IntPredicate request) throws InterruptedException {
        int requests = Math.max(minRequests, maxRequests);
        long[] nanos = new long[requests];
        boolean[] ran = new boolean[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        try {
            Future<?>[] workers = new Future<?>[concurrency];
            for (int w = 0; w < concurrency; w++) {
                workers[w] = pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < requests
                            && (i < minRequests || System.nanoTime() - t0 < maxNanos)) {
                        ran[i] = true;
                        long start = System.nanoTime();
                        boolean ok;
                        String why = null;
                        try {
                            ok = request.test(i);
                        }
                        catch (RuntimeException e) {
                            ok = false;
                            why = e.toString();
                        }
                        nanos[i] = System.nanoTime() - start;
                        if (!ok) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, why == null ? "request " + i + " failed" : why);
                        }
                    }
                });
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // Future.get() above makes every worker's writes visible here.
        long[] sent = java.util.stream.IntStream.range(0, requests).filter(i -> ran[i]).mapToLong(i -> nanos[i])
                .toArray();
        return new Sample(sent, seconds, errors.get(), firstError.get());
    }

    /**
     * Two sides measured one request at a time, taking turns in slices, with the application's CPU time of
     * each side's slices ({@code cpuMillis} read at every turn; -1 where it could not be read).
     */
    record Alternating(Cell a, Cell b, long aCpuMillis, long bCpuMillis, int slices) {
    }

    /** A side's turn holds at most this fraction of its maximum requests. */
    static final int TURNS = 10;

    /**
     * Measures {@code a} and {@code b} at concurrency 1 in turns of {@code sliceNanos} or a tenth of
     * {@code maxRequests}, whichever ends first (at least one request each), so that both meet the machine
     * at the same speeds: here a fixed single-threaded workload on an otherwise idle machine ran 1.5 times
     * slower for 30 s at a time, longer than a cell lasts, so a ratio of two cells run one after the other
     * could be that far off. Request {@code i} of each side is the same question. Each side sends at least
     * {@code minRequests}; turns stop once both have, and either side reached {@code maxRequests} or the two
     * together ran {@code 2 * maxNanos}.
     */
    static Alternating alternate(int minRequests, int maxRequests, long maxNanos, long sliceNanos,
            LongSupplier cpuMillis, IntPredicate a, IntPredicate b) throws InterruptedException {
        Sample sa = new Sample(new long[0], 0, 0, null);
        Sample sb = sa;
        long cpuA = 0;
        long cpuB = 0;
        int slices = 0;
        int max = Math.max(minRequests, maxRequests);
        // Without a cap a fast query sent its whole maximum in its first turn: one turn a side.
        int turn = Math.max(1, max / TURNS);
        while (sa.nanos().length < minRequests || sb.nanos().length < minRequests
                || (sa.nanos().length < max && sb.nanos().length < max
                        && (sa.seconds() + sb.seconds()) * 1e9 < 2.0 * maxNanos)) {
            int doneA = sa.nanos().length;
            int doneB = sb.nanos().length;
            long c0 = cpuMillis.getAsLong();
            if (doneA < max) {
                sa = sa.plus(sample(1, 1, Math.min(turn, max - doneA), sliceNanos, i -> a.test(doneA + i)));
            }
            long c1 = cpuMillis.getAsLong();
            if (doneB < max) {
                sb = sb.plus(sample(1, 1, Math.min(turn, max - doneB), sliceNanos, i -> b.test(doneB + i)));
            }
            long c2 = cpuMillis.getAsLong();
            cpuA = cpuA < 0 || c0 < 0 || c1 < 0 ? -1 : cpuA + c1 - c0;
            cpuB = cpuB < 0 || c1 < 0 || c2 < 0 ? -1 : cpuB + c2 - c1;
            slices++;
        }
        return new Alternating(sa.cell(), sb.cell(), cpuA, cpuB, slices);
    }

    /** What a warm-up did; {@code steady} is false when it stopped at its time limit while still improving. */
    record WarmUp(int concurrency, double seconds, int requests, int windows, double windowSeconds, boolean steady,
            double p50, double p95) {

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("concurrency", concurrency);
            m.put("seconds", round(seconds));
            m.put("windowSeconds", round(windowSeconds));
            m.put("requests", requests);
            m.put("windows", windows);
            m.put("steady", steady);
            m.put("lastWindowP50Ms", round(p50));
            m.put("lastWindowP95Ms", round(p95));
            return m;
        }
    }

    /** A window's p50 must beat the best so far by 5 %, its p95 by 10 %, to count as still improving. */
    static final double P50_GAIN = 0.95;
    static final double P95_GAIN = 0.90;
    /**
     * Windows in a row that improved neither percentile before the path counts as warm. With two, a search
     * that still gained a few per cent per window stopped after 55 s at p50 10 ms; after 90 s it took 6.6 ms.
     */
    static final int STEADY_WINDOWS = 3;
    /** A bound on a window's requests (their latencies are kept in an array): far above 5 s of a 1 ms query. */
    private static final int WINDOW_MAX_REQUESTS = 100_000;

    /**
     * A window counts as steady only if the application's JIT compiled for at most this long during it. A
     * fresh application's ordinary {@code entity} through GraphQL, after the 60 s the latency criterion
     * alone allowed, still cost 6.9 ms of the application's CPU per request; it fell to 3.4 ms over the next
     * three minutes while the JIT kept compiling, and the latency of one 5 s window to the next improved too
     * little to say so.
     */
    static final long JIT_QUIET_MILLIS = 100;

    /**
     * Sends requests from {@code concurrency} threads in windows of {@code windowNanos} until the latencies
     * stop improving and the application's JIT has gone quiet: the JIT compiles a path over minutes, not a
     * fixed number of requests. A fresh application's GraphQL search had a p95 of 263 ms in the first 200
     * requests after 8 000 warm-up requests, 16 ms after 9 000 and 9 ms after 18 000; a fixed warm-up
     * measured its tail at 36-44 ms. Stops when {@value #STEADY_WINDOWS} windows in a row improved neither
     * p50 nor p95 and each had at most {@value #JIT_QUIET_MILLIS} ms of JIT compilation in the application
     * ({@code jitMillis}: its total so far, or -1 where it cannot be read, which leaves the latencies to
     * decide), and {@code minNanos} have passed; or at {@code maxNanos}.
     */
    static WarmUp warmUp(int concurrency, long windowNanos, long minNanos, long maxNanos, LongSupplier jitMillis,
            IntPredicate request) throws InterruptedException {
        long t0 = System.nanoTime();
        double bestP50 = Double.MAX_VALUE;
        double bestP95 = Double.MAX_VALUE;
        int quiet = 0;
        int windows = 0;
        int requests = 0;
        long jit = jitMillis.getAsLong();
        while (true) {
            Cell window = run(concurrency, concurrency, WINDOW_MAX_REQUESTS, windowNanos, request);
            windows++;
            requests += window.requests();
            long jitNow = jitMillis.getAsLong();
            long compiled = jit >= 0 && jitNow >= 0 ? jitNow - jit : 0;
            jit = jitNow;
            boolean improved = window.p50() < bestP50 * P50_GAIN || window.p95() < bestP95 * P95_GAIN;
            bestP50 = Math.min(bestP50, window.p50());
            bestP95 = Math.min(bestP95, window.p95());
            quiet = improved || compiled > JIT_QUIET_MILLIS ? 0 : quiet + 1;
            long elapsed = System.nanoTime() - t0;
            if (quiet >= STEADY_WINDOWS && elapsed >= minNanos) {
                return new WarmUp(concurrency, elapsed / 1e9, requests, windows, windowNanos / 1e9, true, window.p50(), window.p95());
            }
            if (elapsed >= maxNanos) {
                return new WarmUp(concurrency, elapsed / 1e9, requests, windows, windowNanos / 1e9, false, window.p50(), window.p95());
            }
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
