package se.samverkan.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

class DocumentCacheTest {

    private final AtomicInteger parsed = new AtomicInteger();

    private PreparsedDocumentEntry parse(ExecutionInput input) {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    }

    private PreparsedDocumentEntry invalid(ExecutionInput input) {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build());
    }

    @Test
    void aDocumentSentAgainIsParsedAndValidatedOnce() {
        DocumentCache cache = new DocumentCache(10);
        ExecutionInput input = ExecutionInput.newExecutionInput("{ sources { id } }").build();
        cache.getDocumentAsync(input, this::parse).join();
        PreparsedDocumentEntry again = cache.getDocumentAsync(input, this::parse).join();
        assertThat(parsed).hasValue(1);
        assertThat(again.getDocument()).isNotNull();
    }

    @Test
    void invalidDocumentsAreNotKept() {
        DocumentCache cache = new DocumentCache(10);
        ExecutionInput input = ExecutionInput.newExecutionInput("{ nope }").build();
        cache.getDocumentAsync(input, this::invalid).join();
        assertThat(cache.getDocumentAsync(input, this::invalid).join().hasErrors()).isTrue();
        assertThat(parsed).hasValue(2);
    }

    @Test
    void longDocumentsAreNotKept() {
        DocumentCache cache = new DocumentCache(10);
        String query = "{ sources { id } }" + " ".repeat(20_000);
        cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), this::parse).join();
        cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), this::parse).join();
        assertThat(parsed).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void manyDistinctDocumentsKeepTheCacheWithinItsSize() {
        DocumentCache cache = new DocumentCache(2);
        for (int i = 0; i < 100; i++) {
            cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ a" + i + " }").build(), this::parse).join();
        }
        assertThat(parsed).hasValue(100);
        assertThat(cache.size()).isLessThanOrEqualTo(2);
    }
}
