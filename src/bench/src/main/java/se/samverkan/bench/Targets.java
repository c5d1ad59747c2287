package se.samverkan.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets the scale issue sets for {@code large} on a 2-core machine, checked against one run's figures,
 * so that every report says which it meets instead of someone reading them off the table. Latency targets
 * are read at concurrency 1, where the issue names none.
 */
final class Targets {

    static final double MAX_RATIO = 1.3;
    static final double SEARCH_P95_MS = 20;
    static final double CONNECTIONS_P95_MS = 250;
    static final long IMPORT_RELATIONSHIPS_PER_S = 50_000;

    /** One target: what it asks, what this run measured, and whether that meets it. */
    record Verdict(String target, String result, boolean met) {

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", target);
            m.put("result", result);
            m.put("met", met);
            return m;
        }
    }

    private Targets() {
    }

    /** The targets this run has figures for, in the order; none for a query the run left out. */
    @SuppressWarnings("unchecked")
    static List<Verdict> check(Map<String, Object> report) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) report.getOrDefault("queries", List.of());
        List<Map<String, Object>> single = rows.stream()
                .filter(r -> ((Number) r.get("concurrency")).intValue() == 1).toList();
        List<Verdict> verdicts = new ArrayList<>();

        List<String> ratios = new ArrayList<>();
        boolean ratiosMet = true;
        for (Map<String, Object> row : single) {
            if (Workload.FLOOR.equals(row.get("query"))) {
                continue;
            }
            double ratio = ((Number) row.get("ratioP50")).doubleValue();
            ratiosMet &= ratio <= MAX_RATIO;
            double over = p(row, "graphql", "p50Ms") - p(row, "raw", "p50Ms");
            ratios.add(row.get("query") + " " + ratio + " (" + (over >= 0 ? "+" : "−")
                    + LoadRunner.round(Math.abs(over)) + " ms)");
        }
        if (!ratios.isEmpty()) {
            verdicts.add(new Verdict("GraphQL p50 at most " + MAX_RATIO + " × raw p50, every query",
                    String.join(", ", ratios), ratiosMet));
        }

        List<String> search = new ArrayList<>();
        boolean searchMet = p95Under(single, List.of(Workload.SEARCH), SEARCH_P95_MS, search);
        if (!search.isEmpty()) {
            verdicts.add(new Verdict("search p95 under " + (int) SEARCH_P95_MS + " ms", String.join(", ", search),
                    searchMet));
        }
        List<String> connections = new ArrayList<>();
        boolean connectionsMet = p95Under(single, List.of(Workload.LINKED, Workload.NO_LINK), CONNECTIONS_P95_MS,
                connections);
        if (!connections.isEmpty()) {
            verdicts.add(new Verdict("connections p95 under " + (int) CONNECTIONS_P95_MS + " ms",
                    String.join(", ", connections), connectionsMet));
        }

        Map<String, Object> data = (Map<String, Object>) report.getOrDefault("data", Map.of());
        if (data.get("relationshipsPerSecond") instanceof Number perSecond) {
            List<?> loads = (List<?>) data.get("loads");
            String how = loads != null && loads.size() > 1 ? " (the median of " + loads.size() + " loads)" : "";
            verdicts.add(new Verdict("import at least " + IMPORT_RELATIONSHIPS_PER_S + " relationships/s",
                    perSecond + " relationships/s" + how, perSecond.longValue() >= IMPORT_RELATIONSHIPS_PER_S));
        }

        if (report.get("hardening") instanceof Map<?, ?> h && h.get("passed") instanceof Boolean passed) {
            verdicts.add(new Verdict("hardening: a clear error for every bad request, no 5xx, normal queries "
                    + "answered, memory bounded", "%s server errors, %s bad requests without a clear error, %s normal "
                    .formatted(h.get("serverErrors"), h.get("unclearErrors"), h.get("normalFailures"))
                    + "requests failed; resident memory %s MB before, %s MB after"
                    .formatted(h.get("residentBeforeMb"), h.get("residentAfterMb")), passed));
        }
        return verdicts;
    }

    /** Appends each named query's p95 to {@code results}; whether all of them are under {@code limitMs}. */
    private static boolean p95Under(List<Map<String, Object>> rows, List<String> queries, double limitMs,
            List<String> results) {
        boolean met = true;
        for (Map<String, Object> row : rows) {
            if (queries.contains((String) row.get("query"))) {
                double p95 = p(row, "graphql", "p95Ms");
                met &= p95 < limitMs;
                results.add(row.get("query") + " " + p95 + " ms");
            }
        }
        return met;
    }

    @SuppressWarnings("unchecked")
    private static double p(Map<String, Object> row, String side, String key) {
        return ((Number) ((Map<String, Object>) row.get(side)).get(key)).doubleValue();
    }
}
