package se.samverkan.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates each distinct GraphQL document once: clients (the explorer, saved queries, the
 * benchmark) send the same few documents again and again with other variables, and parsing plus
 * validation is a good part of the server's own time for a small query. Only valid documents of bounded
 * length are kept, in a Caffeine cache of bounded size, so hostile input cannot fill the heap.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private static final int MAX_DOCUMENT_LENGTH = 20_000;

    private final Cache<String, PreparsedDocumentEntry> entries;

    DocumentCache(int maxEntries) {
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry entry = entries.getIfPresent(query);
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors() && query.length() <= MAX_DOCUMENT_LENGTH) {
                entries.put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** How many documents are kept, once pending evictions are done. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
