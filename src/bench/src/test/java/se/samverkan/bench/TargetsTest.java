package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetsTest {

    private static Map<String, Object> row(String query, int concurrency, double apiP50, double apiP95, double rawP50) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("query", query);
        row.put("concurrency", concurrency);
        row.put("graphql", new LoadRunner.Cell(200, apiP50, apiP95, apiP95, apiP95, 10, 0, null).toMap());
        row.put("raw", new LoadRunner.Cell(200, rawP50, rawP50, rawP50, rawP50, 10, 0, null).toMap());
        row.put("ratioP50", LoadRunner.round(apiP50 / rawP50));
        return row;
    }

    private static Map<String, Object> hardening(boolean passed) {
        return Map.of("passed", passed, "serverErrors", passed ? 0 : 2, "unclearErrors", 0, "normalFailures", 0,
                "residentBeforeMb", 900, "residentAfterMb", 950, "summary", "…");
    }

    @Test
    void judgesEachTargetOnTheFiguresOfConcurrencyOneAndTheMedianLoad() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("data", Map.of("size", "large", "relationshipsPerSecond", 41991L,
                "loads", List.of(Map.of(), Map.of(), Map.of())));
        report.put("queries", List.of(
                row(Workload.FLOOR, 1, 0.48, 0.8, 0.74), // the floor is no query of the issue's
                row(Workload.SEARCH, 1, 4.7, 6.22, 2.04),
                row(Workload.SEARCH, 8, 25.89, 57.54, 11.66), // other concurrencies are not judged
                row(Workload.LINKED, 1, 193.31, 263.09, 164.84),
                row(Workload.NO_LINK, 1, 101.7, 148.67, 130.98),
                row(Workload.REPORT, 1, 1359.85, 1957.63, 1315.38)));
        report.put("hardening", hardening(true));

        List<Targets.Verdict> verdicts = Targets.check(report);

        assertThat(verdicts).extracting(Targets.Verdict::met).containsExactly(false, true, false, false, true);
        assertThat(verdicts.get(0).result()).isEqualTo("search 2.3 (+2.66 ms), connections (linked regions) 1.17 "
                + "(+28.47 ms), connections (no link) 0.78 (−29.28 ms), report partners-of-region 1.03 (+44.47 ms)");
        assertThat(verdicts.get(1).result()).isEqualTo("search 6.22 ms");
        assertThat(verdicts.get(2).result())
                .isEqualTo("connections (linked regions) 263.09 ms, connections (no link) 148.67 ms");
        assertThat(verdicts.get(3).result()).isEqualTo("41991 relationships/s (the median of 3 loads)");
        assertThat(verdicts.get(4).result()).startsWith("0 server errors");
    }

    @Test
    void aTargetIsMetAtItsLimitForTheRatioAndOnlyUnderItForLatency() {
        Map<String, Object> report = Map.of("data", Map.of("size", "large", "relationshipsPerSecond", 50000L),
                "queries", List.of(row(Workload.ENTITY, 1, 1.3, 4, 1.0), row(Workload.SEARCH, 1, 2, 20, 2)),
                "hardening", hardening(false));

        assertThat(Targets.check(report)).extracting(Targets.Verdict::met).containsExactly(true, false, true, false);
    }

    @Test
    void aRunOfSomeQueriesOnlyJudgesOnlyThose() {
        Map<String, Object> report = Map.of("data", Map.of("size", "small"),
                "queries", List.of(row(Workload.SEARCH, 1, 3, 5, 2)));

        assertThat(Targets.check(report)).extracting(Targets.Verdict::target)
                .containsExactly("GraphQL p50 at most 1.3 × raw p50, every query", "search p95 under 20 ms");
    }
}
