package se.samverkan.initialload;

/** What an initial load wrote, and the seconds spent validating, batch importing and starting up with indexes. */
public record InitialLoadSummary(long records, long nodes, long relationships, double validateSeconds,
        double batchImportSeconds, double startupSeconds) {

    static InitialLoadSummary of(InitialLoad.Result r) {
        return new InitialLoadSummary(r.records(), r.nodes(), r.relationships(), r.validateNanos() / 1e9,
                r.importNanos() / 1e9, r.startupNanos() / 1e9);
    }
}
