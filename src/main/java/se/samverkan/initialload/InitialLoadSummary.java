package se.samverkan.initialload;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an initial load wrote, and the seconds spent validating, batch importing and starting up with indexes. */
public record InitialLoadSummary(long records, long nodes, long relationships, double validateSeconds,
        double batchImportSeconds, double startupSeconds) {

    private static final String PREFIX = "Initial load summary:";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(PREFIX) + " records=(\\d+) nodes=(\\d+) "
            + "relationships=(\\d+) validateSeconds=([0-9.]+) batchImportSeconds=([0-9.]+) startupSeconds=([0-9.]+)");

    static InitialLoadSummary of(InitialLoad.Result r) {
        return new InitialLoadSummary(r.records(), r.nodes(), r.relationships(), r.validateNanos() / 1e9,
                r.importNanos() / 1e9, r.startupNanos() / 1e9);
    }

    /**
     * One line that {@code import --initial} prints last, for a program that ran it (the benchmark runs the
     * load as a user does, in a JVM of its own) to read back with {@link #find}; in any locale.
     */
    public String line() {
        return String.format(Locale.ROOT, "%s records=%d nodes=%d relationships=%d validateSeconds=%.3f "
                + "batchImportSeconds=%.3f startupSeconds=%.3f", PREFIX, records, nodes, relationships,
                validateSeconds, batchImportSeconds, startupSeconds);
    }

    /** The summary {@link #line()} wrote into {@code output}, if it holds one. */
    public static Optional<InitialLoadSummary> find(String output) {
        Matcher m = LINE.matcher(output);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new InitialLoadSummary(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(6))));
    }
}
