package se.samverkan.bench;

import java.util.List;
import java.util.Map;

/** The results as a Markdown page: machine, data, import, the latency table, hardening, targets and memory. */
final class Report {

    private Report() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        Map<String, Object> machine = (Map<String, Object>) report.get("machine");
        Map<String, Object> data = (Map<String, Object>) report.get("data");
        Map<String, Object> memory = (Map<String, Object>) report.get("memory");
        Map<String, Object> hardening = (Map<String, Object>) report.get("hardening");
        Map<String, Object> app = (Map<String, Object>) report.get("application");
        StringBuilder md = new StringBuilder();
        md.append("# Samverkan benchmark: ").append(data.get("size")).append("\n\n");
        if (report.get("only") != null) {
            md.append("Only the queries starting with ").append(report.get("only")).append(" (`--only`).\n\n");
        }
        md.append("Run ").append(report.get("date")).append(" on ").append(machine.get("cores")).append(" cores, ")
                .append(machine.get("memoryMb")).append(" MB RAM, ").append(machine.get("jvm")).append(", ")
                .append(machine.get("os"))
                .append("; load average ").append(machine.get("loadAverageAtStart")).append(" at start, ")
                .append(machine.get("loadAverageAtEnd")).append(" at end.\n\n");
        md.append("The application ran in its own JVM (`").append(app.get("command")).append("`, max heap ")
                .append(app.get("maxHeapMb")).append(" MB");
        List<String> settings = (List<String>) app.get("settings");
        if (!settings.isEmpty()) {
            md.append(", `").append(String.join(" ", settings)).append('`');
        }
        md.append("); the client (HTTP and the raw Cypher driver) ran in the benchmark's JVM (max heap ")
                .append(machine.get("maxHeapMb")).append(Boolean.TRUE.equals(data.get("reused")) ? " MB)."
                        : " MB), which also generated the data.");
        if (data.get("loadCommand") != null) {
            md.append(" The initial load ran in a JVM of its own (`").append(data.get("loadCommand")).append("`).");
        }
        md.append("\n\n");
        md.append("Data: seed ").append(data.get("seed")).append(", ").append(data.get("nodesInStore"))
                .append(" nodes and ").append(data.get("relationshipsInStore")).append(" relationships in the store (")
                .append(data.get("records")).append(" import records in ").append(data.get("files")).append(" files).\n\n");
        md.append("Import (initial load into the fresh store): ").append(data.get("nodesImported")).append(" nodes and ")
                .append(data.get("relationshipsImported")).append(" relationships in ").append(data.get("importSeconds"))
                .append(" s = **").append(data.get("nodesPerSecond")).append(" nodes/s, ")
                .append(data.get("relationshipsPerSecond")).append(" relationships/s** (reading and validating ")
                .append(data.get("validateSeconds")).append(" s, Neo4j batch import ").append(data.get("batchImportSeconds"))
                .append(" s = ").append(data.get("batchImportRelationshipsPerSecond"))
                .append(" relationships/s, start-up migrations and index population ")
                .append(data.get("migrateAndIndexSeconds")).append(" s)").append(loads(data)).append("; store on disk ")
                .append(((Number) data.get("storeBytes")).longValue() >> 20).append(" MB")
                .append(Boolean.TRUE.equals(data.get("reused"))
                        ? " (measured by the run that loaded this store; this run reused it with --keep).\n\n" : ".\n\n");
        md.append("Latency in ms (p50 / p95 / p99) and throughput (requests/s), GraphQL over HTTP against the same ")
                .append("Cypher run directly through the driver; ratio = GraphQL p50 / raw p50. App CPU = the CPU time ")
                .append("the application's JVM (Neo4j included) used during the cell, per request, in ms: on the raw ")
                .append("side that is Neo4j's work alone.");
        if (((List<Map<String, Object>>) report.get("queries")).stream().anyMatch(r -> r.containsKey("alternatingSlices"))) {
            md.append(" At concurrency 1 the two sides took turns of about 1 s or a tenth of the cell's requests, ")
                    .append("whichever ended first (at least one request), so that changes in the machine's speed met ")
                    .append("both alike; at 8 and 32 they ran one after the other.");
        }
        md.append("\n\n");
        md.append("| query | conc. | GraphQL p50 / p95 / p99 | GraphQL req/s | raw p50 / p95 / p99 | raw req/s | ratio p50 "
                + "| app CPU GraphQL / raw | ratio CPU | requests | errors |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> row : (List<Map<String, Object>>) report.get("queries")) {
            Map<String, Object> api = (Map<String, Object>) row.get("graphql");
            Map<String, Object> raw = (Map<String, Object>) row.get("raw");
            md.append("| ").append(row.get("query")).append(" | ").append(row.get("concurrency")).append(" | ")
                    .append(triple(api)).append(" | ").append(api.get("throughputPerS")).append(" | ")
                    .append(triple(raw)).append(" | ").append(raw.get("throughputPerS")).append(" | ")
                    .append(row.get("ratioP50")).append(" | ").append(api.getOrDefault("appCpuMsPerRequest", "–"))
                    .append(" / ").append(raw.getOrDefault("appCpuMsPerRequest", "–")).append(" | ")
                    .append(row.getOrDefault("ratioAppCpu", "–")).append(" | ").append(api.get("requests")).append(" / ")
                    .append(raw.get("requests")).append(" | ").append(api.get("errors")).append(" / ")
                    .append(raw.get("errors")).append(" |\n");
        }
        boolean first = true;
        for (Map<String, Object> row : (List<Map<String, Object>>) report.get("queries")) {
            Map<String, Map<String, Object>> warm = (Map<String, Map<String, Object>>) row.get("warmUp");
            if (warm != null) {
                if (first) {
                    md.append("\nWarm-up of each query before its cells, at concurrency ")
                            .append(warm.get("graphql").get("concurrency")).append(" in windows of ")
                            .append(warm.get("graphql").get("windowSeconds")).append(" s until ")
                            .append(LoadRunner.STEADY_WINDOWS).append(" windows in a row improved neither p50 (by ")
                            .append(Math.round((1 - LoadRunner.P50_GAIN) * 100)).append(" %) nor p95 (by ")
                            .append(Math.round((1 - LoadRunner.P95_GAIN) * 100)).append(" %):");
                    first = false;
                }
                md.append("\n- ").append(row.get("query")).append(": GraphQL ").append(warmUp(warm.get("graphql")))
                        .append("; raw ").append(warmUp(warm.get("raw")));
            }
        }
        md.append("\n\nHardening: ").append(hardening.get("summary")).append("\n\n");
        md.append(targets(report));
        md.append("Memory of the application's JVM: peak heap ").append(memory.get("peakHeapMb"))
                .append(" MB, heap now ").append(memory.get("heapUsedNowMb")).append(" MB, peak resident (VmHWM) ")
                .append(memory.get("peakResidentMb")).append(" MB, resident now ").append(memory.get("residentNowMb"))
                .append(" MB.\n");
        return md.toString();
    }

    /** The targets against this run's figures ({@link Targets}). */
    @SuppressWarnings("unchecked")
    static String targets(Map<String, Object> report) {
        List<Map<String, Object>> targets = (List<Map<String, Object>>) report.get("targets");
        if (targets == null || targets.isEmpty()) {
            return "";
        }
        Object size = ((Map<String, Object>) report.get("data")).get("size");
        StringBuilder md = new StringBuilder("Targets (set for `large` on a 2-core machine; latency at concurrency 1")
                .append("large".equals(size) ? "" : "; this run is `" + size + "`").append("):\n\n")
                .append("| target | this run | met |\n|---|---|---|\n");
        for (Map<String, Object> t : targets) {
            md.append("| ").append(t.get("target")).append(" | ").append(t.get("result")).append(" | ")
                    .append(Boolean.TRUE.equals(t.get("met")) ? "yes" : "**no**").append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static String warmUp(Map<String, Object> w) {
        return w.get("seconds") + " s, " + w.get("requests") + " requests"
                + (Boolean.TRUE.equals(w.get("steady")) ? "" : " (still improving at its time limit)");
    }

    private static String triple(Map<String, Object> cell) {
        return cell.get("p50Ms") + " / " + cell.get("p95Ms") + " / " + cell.get("p99Ms");
    }

    /** "; the median of N identical loads, which took … in the order they ran" when it loaded more than once. */
    @SuppressWarnings("unchecked")
    static String loads(Map<String, Object> data) {
        List<Map<String, Object>> loads = (List<Map<String, Object>>) data.get("loads");
        if (loads == null || loads.size() < 2) {
            return "";
        }
        List<String> seconds = loads.stream().map(l -> l.get("importSeconds") + " s (" + l.get("relationshipsPerSecond")
                + " rel/s)").toList();
        return "; the median of " + loads.size() + " identical loads, which took "
                + String.join(", ", seconds.subList(0, seconds.size() - 1)) + " and " + seconds.get(seconds.size() - 1)
                + " in the order they ran";
    }
}
