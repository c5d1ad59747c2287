package se.samverkan.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates each distinct GraphQL document once: clients (the explorer, saved queries, the
 * benchmark) send the same few documents again and again with other variables, and parsing plus
 * validation is a good part of the server's own time for a small query. Only valid documents of bounded
 * length are kept, in a bounded least-recently-used map, so hostile input cannot fill the heap.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private static final int MAX_DOCUMENT_LENGTH = 20_000;

    private final Map<String, PreparsedDocumentEntry> entries;

    DocumentCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached;
        synchronized (entries) {
            cached = entries.get(query);
        }
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors() && query.length() <= MAX_DOCUMENT_LENGTH) {
            synchronized (entries) {
                entries.put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
