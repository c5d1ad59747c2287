package se.samverkan.source;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import se.samverkan.entity.EntityQueries;
import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;
import se.samverkan.entity.Mention;
import se.samverkan.entity.Page;

/** The source fields' contract without a database: lookups, the page of mentions and the batched sources. */
@GraphQlTest(SourceController.class)
class SourceControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    SourceRepository sources;

    @MockitoBean
    EntityQueries entities;

    @MockitoBean
    ReferenceSources referenceSources;

    static Source source(String id) {
        return new Source(id, "Title of " + id, "Publisher", "2013-06", null, "sv", "press release", null, null, null,
                null);
    }

    static EntityRecord organisation(String id) {
        return new EntityRecord(id, EntityType.ORGANISATION, id, null, null, List.of(), List.of(), Map.of("id", id));
    }

    @Test
    void anUnknownSourceIsNotFoundNamingTheId() {
        when(sources.findById("nothing.txt")).thenReturn(Optional.empty());
        graphQl.document("{ source(id: \"nothing.txt\") { title } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND
                        && e.getMessage().equals("No source with id 'nothing.txt'"))
                .verify();
    }

    @Test
    void aSourcesMentionsArePagedAndResolveTheirSourcesInOneLookup() {
        when(sources.findById("a.txt")).thenReturn(Optional.of(source("a.txt")));
        List<Mention> mentions = List.of(new Mention(organisation("org:x"), "a.txt", "X opens."),
                new Mention(organisation("org:y"), "a.txt", "Y opens."));
        when(entities.mentionsOfSource(eq("a.txt"), anyInt(), any()))
                .thenReturn(Page.of(mentions, 5, false, m -> m.entity().id(), () -> 2));
        when(sources.findAllById(List.of("a.txt"))).thenReturn(List.of(source("a.txt")));
        graphQl.document("""
                { source(id: "a.txt") { publishedInferred mentions(first: 5) { totalCount
                    edges { cursor node { excerpt entity { id } source { title } } } } } }""").execute()
                .path("source").matchesJsonStrictly("""
                        { "publishedInferred": false, "mentions": { "totalCount": 2, "edges": [
                            { "cursor": "org:x", "node": { "excerpt": "X opens.", "entity": { "id": "org:x" },
                                                           "source": { "title": "Title of a.txt" } } },
                            { "cursor": "org:y", "node": { "excerpt": "Y opens.", "entity": { "id": "org:y" },
                                                           "source": { "title": "Title of a.txt" } } } ] } }""");
        verify(entities).mentionsOfSource("a.txt", 5, null);
        verify(sources).findAllById(List.of("a.txt"));
    }

    @Test
    void aPageOfMentionsLargerThanAHundredIsABadRequestBeforeTheDatabaseIsAsked() {
        when(sources.findById("a.txt")).thenReturn(Optional.of(source("a.txt")));
        graphQl.document("{ source(id: \"a.txt\") { mentions(first: 500) { totalCount } } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().equals("first must be between 1 and 100, got 500"))
                .verify();
        verifyNoInteractions(entities);
    }
}
