package se.samverkan.listing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;
import se.samverkan.entity.Page;

/** The listings' contract without a database: which type each field lists, its arguments and the page it answers. */
@GraphQlTest(ListingController.class)
class ListingControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    ListingQueries listings;

    static EntityRecord entity(String id, EntityType type, String name) {
        return new EntityRecord(id, type, name, null, null, List.of(), List.of(), Map.of("id", id, "name", name));
    }

    @ParameterizedTest
    @CsvSource({"organisations, ORGANISATION", "people, PERSON", "places, PLACE", "projects, PROJECT",
            "programmes, PROGRAMME", "agreements, AGREEMENT", "events, EVENT"})
    void eachListingListsItsOwnTypeTwentyAtATimeByDefault(String field, EntityType type) {
        when(listings.list(eq(type), any(), anyInt(), any()))
                .thenReturn(Page.of(List.of(entity("x:a", type, "A")), 20, false, EntityRecord::name, () -> 1));
        graphQl.document("{ " + field + " { edges { node { id } } } }").execute()
                .path(field + ".edges[0].node.id").entity(String.class).isEqualTo("x:a");
        verify(listings).list(type, null, 20, null);
    }

    @Test
    void theFilterAndTheCursorReachTheQueryAsGiven() {
        when(listings.list(any(), any(), anyInt(), any()))
                .thenReturn(Page.of(List.of(), 5, true, EntityRecord::name, () -> 0));
        graphQl.document("""
                { events(filter: { text: "visit", kind: "study trip", locatedIn: "Dalarna", fromYear: 2013, toYear: 2015 },
                         first: 5, after: "cursor") { totalCount } }""").execute()
                .path("events.totalCount").entity(Integer.class).isEqualTo(0);
        verify(listings).list(EntityType.EVENT, new EntityFilter("visit", "study trip", "Dalarna", 2013, 2015), 5,
                "cursor");
    }

    @Test
    void aPageHasTheRelayShapeWithTheNextPageFromTheExtraRow() {
        List<EntityRecord> rows = List.of(entity("org:a", EntityType.ORGANISATION, "A"),
                entity("org:b", EntityType.ORGANISATION, "B"), entity("org:c", EntityType.ORGANISATION, "C"));
        when(listings.list(eq(EntityType.ORGANISATION), isNull(), eq(2), isNull()))
                .thenReturn(Page.of(rows, 2, false, EntityRecord::name, () -> 3));
        graphQl.document("""
                { organisations(first: 2) { totalCount edges { cursor node { id name } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""").execute()
                .path("organisations").matchesJsonStrictly("""
                        { "totalCount": 3,
                          "edges": [ { "cursor": "A", "node": { "id": "org:a", "name": "A" } },
                                     { "cursor": "B", "node": { "id": "org:b", "name": "B" } } ],
                          "pageInfo": { "hasNextPage": true, "hasPreviousPage": false,
                                        "startCursor": "A", "endCursor": "B" } }""");
    }

    @ParameterizedTest
    @CsvSource({"0", "101", "-1"})
    void aPageSizeOutsideOneToAHundredIsABadRequestBeforeTheDatabaseIsAsked(int first) {
        graphQl.document("{ places(first: " + first + ") { totalCount } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().equals("first must be between 1 and 100, got " + first))
                .verify();
        verifyNoInteractions(listings);
    }
}
