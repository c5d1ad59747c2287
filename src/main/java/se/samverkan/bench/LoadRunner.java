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
        long[] sorted = java.util.stream.IntStream.range(0, requests).filter(i -> ran[i]).mapToLong(i -> nanos[i])
                .toArray();
        Arrays.sort(sorted);
        return new Cell(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6, sorted.length / seconds, errors.get(), firstError.get());
    }

    /**
     * Sends requests from {@code concurrency} threads until {@code maxRequests} were sent or {@code maxNanos}
     * passed, so that the JIT has compiled the request's path before it is measured: the GraphQL path
     * (Tomcat, Spring, graphql-java, the driver) is far longer than the raw one and takes longer to warm.
     */
    static void warmUp(int concurrency, int maxRequests, long maxNanos, IntPredicate request)
            throws InterruptedException {
        long deadline = System.nanoTime() + maxNanos;
        int batch = Math.max(concurrency, 10);
        for (int sent = 0; sent < maxRequests && System.nanoTime() < deadline; sent += batch) {
            run(concurrency, batch, request);
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
