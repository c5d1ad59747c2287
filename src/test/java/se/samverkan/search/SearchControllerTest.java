package se.samverkan.search;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;

/** The search field's contract without a database: its arguments and the entities it answers with. */
@GraphQlTest(SearchController.class)
class SearchControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    SearchQueries queries;

    @Test
    void searchAsksForTwentyOfAnyTypeByDefaultAndAnswersWithTheConcreteTypes() {
        EntityRecord park = new EntityRecord("org:park", EntityType.ORGANISATION, "Science Park", "science park", null,
                List.of(), List.of(), Map.of("id", "org:park", "name", "Science Park", "kind", "science park"));
        when(queries.search(any(), any(), anyInt())).thenReturn(List.of(park));
        graphQl.document("{ search(text: \"park\") { __typename id name kind } }").execute()
                .path("search[0]").matchesJsonStrictly("""
                        { "__typename": "Organisation", "id": "org:park", "name": "Science Park",
                          "kind": "science park" }""");
        verify(queries).search("park", null, 20);
    }

    @Test
    void searchPassesTypesAndFirstOn() {
        when(queries.search(any(), any(), anyInt())).thenReturn(List.of());
        graphQl.document("{ search(text: \"x\", types: [PLACE, EVENT], first: 3) { id } }").execute()
                .path("search").entityList(Object.class).hasSize(0);
        verify(queries).search("x", List.of(EntityType.PLACE, EntityType.EVENT), 3);
    }

    @Test
    void searchWithTooLargeAPageIsABadRequestBeforeTheIndexIsAsked() {
        graphQl.document("{ search(text: \"dalarna\", first: 101) { id } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().equals("first must be between 1 and 100, got 101"))
                .verify();
        verifyNoInteractions(queries);
    }
}
