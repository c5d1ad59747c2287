package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void theMarkdownSaysHowTheLoadRanWhatEachRequestCostTheApplicationHowTheSidesTookTurnsAndHowEachQueryWasWarmed() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("query", "search");
        row.put("concurrency", 1);
        row.put("graphql", Bench.withCpu(new LoadRunner.Cell(200, 5.4, 7.2, 10.3, 12, 181, 0, null), 1000, 1610));
        row.put("raw", Bench.withCpu(new LoadRunner.Cell(200, 2, 4.6, 7.6, 9, 455, 0, null), 1610, 1960));
        row.put("ratioP50", 2.7);
        row.put("ratioAppCpu", 1.74);
        row.put("alternatingSlices", 40);
        row.put("warmUp", Map.of(
                "graphql", new LoadRunner.WarmUp(2, 95.3, 15986, 19, 5, true, 5.5, 7.5).toMap(),
                "raw", new LoadRunner.WarmUp(2, 90.1, 27302, 18, 5, false, 2, 4.7).toMap()));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Map.of("cores", 2));
        report.put("data", Map.of("size", "large", "storeBytes", 1L << 30, "loadCommand",
                "java -Xmx15g -jar samverkan.jar import --initial FILES"));
        report.put("application", Map.of("command", "java -jar", "settings", List.of()));
        report.put("queries", List.of(row));
        report.put("hardening", Map.of("summary", "passed"));
        report.put("memory", Map.of());

        String md = Report.markdown(report);

        assertThat(md).contains("which also generated the data. The initial load ran in a JVM of its own "
                + "(`java -Xmx15g -jar samverkan.jar import --initial FILES`).")
                .contains("| search | 1 | 5.4 / 7.2 / 10.3 | 181.0 | 2.0 / 4.6 / 7.6 | 455.0 | 2.7 | 3.05 / 1.75 | 1.74 | "
                        + "200 / 200 | 0 / 0 |")
                .contains("At concurrency 1 the two sides took turns of about 1 s or a tenth of the cell's requests")
                .contains("at concurrency 2 in windows of 5.0 s until " + LoadRunner.STEADY_WINDOWS
                        + " windows in a row improved neither p50 (by 5 %) nor p95 (by 10 %):")
                .contains("- search: GraphQL 95.3 s, 15986 requests; raw 90.1 s, 27302 requests (still improving at "
                        + "its time limit)");
    }

    @Test
    void severalLoadsAreReportedAsTheirMedianWithEveryLoadsTime() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("loads", List.of(Map.of("importSeconds", 141.3, "relationshipsPerSecond", 33373),
                Map.of("importSeconds", 91.7, "relationshipsPerSecond", 51408),
                Map.of("importSeconds", 103.8, "relationshipsPerSecond", 45422)));

        assertThat(Report.loads(data)).isEqualTo("; the median of 3 identical loads, which took 141.3 s (33373 rel/s), "
                + "91.7 s (51408 rel/s) and 103.8 s (45422 rel/s) in the order they ran");
        assertThat(Report.loads(Map.of("loads", List.of(Map.of("importSeconds", 91.7))))).isEmpty();
        assertThat(Report.loads(Map.of())).isEmpty(); // a store loaded before the benchmark loaded more than once
    }

    @Test
    void aCellWithoutCpuReadingsShowsADashRatherThanANumber() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("query", "search");
        row.put("concurrency", 8);
        row.put("graphql", Bench.withCpu(new LoadRunner.Cell(200, 5.4, 7.2, 10.3, 12, 181, 0, null), -1, -1));
        row.put("raw", Bench.withCpu(new LoadRunner.Cell(200, 2, 4.6, 7.6, 9, 455, 0, null), -1, -1));
        row.put("ratioP50", 2.7);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Map.of("cores", 2));
        report.put("data", Map.of("size", "large", "storeBytes", 1L << 30));
        report.put("application", Map.of("command", "java -jar", "settings", List.of()));
        report.put("queries", List.of(row));
        report.put("hardening", Map.of("summary", "passed"));
        report.put("memory", Map.of());

        assertThat(Report.markdown(report)).contains("| 2.7 | – / – | – | 200 / 200 |")
                .doesNotContain("took turns");
    }

    @Test
    void theTargetsAreATableThatMarksTheMissedOnesAndSaysWhenTheRunIsNotLarge() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("data", Map.of("size", "small"));
        report.put("targets", List.of(new Targets.Verdict("search p95 under 20 ms", "search 6.22 ms", true).toMap(),
                new Targets.Verdict("import at least 50000 relationships/s", "41991 relationships/s", false).toMap()));

        assertThat(Report.targets(report)).isEqualTo("""
                Targets (set for `large` on a 2-core machine; latency at concurrency 1; this run is `small`):

                | target | this run | met |
                |---|---|---|
                | search p95 under 20 ms | search 6.22 ms | yes |
                | import at least 50000 relationships/s | 41991 relationships/s | **no** |

                """);
        assertThat(Report.targets(Map.of("data", Map.of("size", "large")))).isEmpty();
    }
}
