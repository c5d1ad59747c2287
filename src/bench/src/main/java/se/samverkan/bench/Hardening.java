package se.samverkan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of bad requests mixed with normal ones, against a GraphQL endpoint on loopback:
 * deeply nested and very wide queries, malformed documents and bodies, huge variables. Every bad request
 * must get a clear error (HTTP 4xx, or a GraphQL error with a message), no response may be a 5xx, normal
 * requests must keep answering, and the memory of the process serving them must stay bounded. It sends a
 * fixed number of requests and stops by itself.
 */
final class Hardening {

    /** What happened: per kind of request, how many went as expected; the ones that did not, by example. */
    record Result(int requests, int serverErrors, int normalFailures, int unclearErrors, Map<String, Integer> sent,
            List<String> examples, long residentBeforeMb, long residentAfterMb, long heapAfterGcMb, double seconds) {

        boolean passed() {
            return serverErrors == 0 && normalFailures == 0 && unclearErrors == 0;
        }

        String summary() {
            return ("%d requests (%s) in %.1f s: %d server errors, %d normal requests failed, %d bad requests without"
                    + " a clear error; resident memory %d MB before, %d MB after, heap after GC %d MB: %s").formatted(
                            requests, sent, seconds, serverErrors, normalFailures, unclearErrors, residentBeforeMb,
                            residentAfterMb, heapAfterGcMb, passed() ? "passed" : "FAILED " + examples);
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requests", requests);
            m.put("sent", sent);
            m.put("serverErrors", serverErrors);
            m.put("normalFailures", normalFailures);
            m.put("unclearErrors", unclearErrors);
            m.put("examples", examples);
            m.put("residentBeforeMb", residentBeforeMb);
            m.put("residentAfterMb", residentAfterMb);
            m.put("heapAfterGcMb", heapAfterGcMb);
            m.put("passed", passed());
            m.put("summary", summary());
            return m;
        }
    }

    private record Probe(String kind, boolean bad, String body) {
    }

    private static final List<String> KINDS = List.of("normal-search", "normal-entity", "deep", "wide",
            "malformed-document", "malformed-json", "huge-variable", "many-variables", "wrong-type", "unknown-field",
            "normal-connections");

    private Hardening() {
    }

    /** Sends the mix to {@code graphql}; {@code server} is the memory of the process that serves it. */
    static Result run(URI graphql, int requests, int concurrency, ProcessMemory server) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long residentBefore = server.residentMb();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger normalFailures = new AtomicInteger();
        AtomicInteger unclear = new AtomicInteger();
        Map<String, Integer> sent = new ConcurrentHashMap<>();
        List<String> examples = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        LoadRunner.run(concurrency, requests, i -> {
            Probe probe = probe(KINDS.get(i % KINDS.size()));
            sent.merge(probe.kind(), 1, Integer::sum);
            HttpRequest request = HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(probe.body())).build();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            catch (IOException e) {
                serverErrors.incrementAndGet();
                note(examples, probe.kind() + ": " + e);
                return false;
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            int status = response.statusCode();
            String body = response.body();
            if (status >= 500) {
                serverErrors.incrementAndGet();
                note(examples, probe.kind() + ": HTTP " + status + " " + cut(body));
                return false;
            }
            if (!probe.bad()) {
                if (status != 200 || body.contains("\"errors\"") || !body.contains("\"data\"")) {
                    normalFailures.incrementAndGet();
                    note(examples, probe.kind() + ": HTTP " + status + " " + cut(body));
                    return false;
                }
                return true;
            }
            boolean clear = (status >= 400 && status < 500)
                    || (body.contains("\"errors\"") && body.matches("(?s).*\"message\"\\s*:\\s*\"[^\"]{8,}.*"));
            if (!clear) {
                unclear.incrementAndGet();
                note(examples, probe.kind() + ": HTTP " + status + " " + cut(body));
            }
            return clear;
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        long heapAfterGc = server.heapAfterGcMb();
        return new Result(requests, serverErrors.get(), normalFailures.get(), unclear.get(), new java.util.TreeMap<>(sent),
                List.copyOf(examples), residentBefore, server.residentMb(), heapAfterGc,
                LoadRunner.round(seconds));
    }

    private static void note(List<String> examples, String example) {
        if (examples.size() < 10) {
            examples.add(example);
        }
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static Probe probe(String kind) {
        return switch (kind) {
            case "normal-search" -> new Probe(kind, false, request(
                    "query($t: String!) { search(text: $t, first: 5) { id name } }", Map.of("t", "dalarna")));
            case "normal-entity" -> new Probe(kind, false, request(
                    "{ entity(id: \"place:dalarna\") { id name relations(first: 5) { edges { node { type } } } } }",
                    Map.of()));
            case "normal-connections" -> new Probe(kind, false, request(
                    "{ connections(from: \"place:dalarna\", to: \"place:dalarna\", maxHops: 2) { totalPaths } }",
                    Map.of()));
            case "deep" -> {
                // 60 levels of entity -> relations -> other: far beyond samverkan.graphql.max-depth.
                StringBuilder q = new StringBuilder("{ entity(id: \"place:dalarna\") { id ");
                for (int d = 0; d < 20; d++) {
                    q.append("relations(first: 100) { edges { node { other { id ");
                }
                q.append("} } } }".repeat(20)).append("} }");
                yield new Probe(kind, true, request(q.toString(), Map.of()));
            }
            case "wide" -> {
                StringBuilder q = new StringBuilder("{ ");
                for (int a = 0; a < 5000; a++) {
                    q.append("a").append(a).append(": search(text: \"dalarna\", first: 100) { id name aliases } ");
                }
                yield new Probe(kind, true, request(q.append('}').toString(), Map.of()));
            }
            case "malformed-document" -> new Probe(kind, true, request("{ search(text: \"x\" { id ", Map.of()));
            case "malformed-json" -> new Probe(kind, true, "{\"query\": \"{ search(text: \\\"x\\\") { id } }\", ");
            case "huge-variable" -> new Probe(kind, true, request(
                    "query($t: String!) { search(text: $t, first: 5) { id } }", Map.of("t", "dalarna ".repeat(250_000))));
            case "many-variables" -> {
                Map<String, Object> variables = new LinkedHashMap<>();
                for (int v = 0; v < 100_000; v++) {
                    variables.put("v" + v, "x".repeat(10));
                }
                yield new Probe(kind, true, request("query($v0: Int!) { search(text: \"x\") { id } }", variables));
            }
            case "wrong-type" -> new Probe(kind, true, request(
                    "query($n: Int!) { search(text: \"x\", first: $n) { id } }", Map.of("n", "many")));
            case "unknown-field" -> new Probe(kind, true, request("{ everything { secrets } }", Map.of()));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String request(String query, Map<String, Object> variables) {
        return Json.compact(Map.of("query", query, "variables", variables));
    }
}
