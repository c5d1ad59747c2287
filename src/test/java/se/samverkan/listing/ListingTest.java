package se.samverkan.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkan.GraphQlIntegrationTest;

class ListingTest extends GraphQlIntegrationTest {

    private GraphQlTester.Request<?> listing(String operation) {
        return graphQl.documentName("listing").operationName(operation);
    }

    @Test
    void organisationsArePagedByNameWithKeysetCursors() {
        int total = listing("organisationsCounted").variable("first", 1).execute()
                .path("organisations.totalCount").entity(Integer.class).get();
        List<String> names = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            GraphQlTester.Response page = listing("organisations").variable("first", 7)
                    .variable("after", after).execute();
            names.addAll(page.path("organisations.edges[*].node.name").entityList(String.class).get());
            hasNext = page.path("organisations.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("organisations.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(names).hasSize(total).doesNotHaveDuplicates().isSorted();
        assertThat(total).isEqualTo(28);
    }

    @Test
    void organisationsFilterByPlaceTransitivelyAndByKind() {
        List<String> inDalarna = listing("organisationsCounted")
                .variable("filter", Map.of("locatedIn", "Dalarna")).variable("first", 100).execute()
                .path("organisations.edges[*].node.id").entityList(String.class).get();
        assertThat(inDalarna).containsExactlyInAnyOrder("org:borlange-kommun", "org:borlange-naringslivskontor",
                "org:dalarna-science-park", "org:dellner-couplers", "org:extuna", "org:mikaela-willers-ab",
                "org:region-dalarna");

        List<String> scienceParks = listing("organisationsCounted")
                .variable("filter", Map.of("kind", "Science Park")).variable("first", 100).execute()
                .path("organisations.edges[*].node.id").entityList(String.class).get();
        assertThat(scienceParks).contains("org:dalarna-science-park", "org:vasteras-science-park",
                "org:kalmar-science-park").doesNotContain("org:extuna");
    }

    @Test
    void organisationsFilterByText() {
        listing("organisationsCounted").variable("filter", Map.of("text", "teknikdalen"))
                .variable("first", 10).execute()
                .path("organisations.edges[*].node.id").entityList(String.class)
                .containsExactly("org:dalarna-science-park");
    }

    @Test
    void agreementsFilterByPlaceAndYear() {
        GraphQlTester.Response response = listing("agreements")
                .variable("filter", Map.of("locatedIn", "Hubei", "fromYear", 2013, "toYear", 2013)).execute();
        assertThat(response.path("agreements.edges[*].node.id").entityList(String.class).get())
                .containsExactlyInAnyOrder("agreement:borlange-wuhan-friendship-city",
                        "agreement:borlange-naringslivskontor-wuhan-commerce-bureau",
                        "agreement:dellner-wuhan-support-centre", "agreement:teknikdalen-east-lake-incubators");
        listing("agreements").variable("filter", Map.of("fromYear", 2014)).execute()
                .path("agreements.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void eventsPlacesAndPeopleFilterByPlace() {
        assertThat(listing("events").variable("filter", Map.of("locatedIn", "Estonia")).execute()
                .path("events.edges[*].node.id").entityList(String.class).get())
                .containsExactly("event:sme2go-final-conference");
        assertThat(listing("places").variable("filter", Map.of("locatedIn", "Hubei")).execute()
                .path("places.edges[*].node.id").entityList(String.class).get())
                .containsExactly("place:wuhan");
        assertThat(listing("people").variable("filter", Map.of("locatedIn", "Västerås")).execute()
                .path("people.edges[*].node.id").entityList(String.class).get())
                .containsExactlyInAnyOrder("person:petra-arlsjo", "person:jenny-pikkarainen");
    }

    @Test
    void aFilterPlaceThatIsNoPlaceIsNotFound() {
        listing("events").variable("filter", Map.of("locatedIn", "Atlantis")).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("Atlantis"))
                .verify();
    }

    @Test
    void aFilterPlaceGivenAsTheIdOfAnotherTypeIsABadRequestNotAGuess() {
        listing("events").variable("filter", Map.of("locatedIn", "org:dalarna-science-park")).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().contains("is Organisation Dalarna Science Park, not a Place"))
                .verify();
        listing("events").variable("filter", Map.of("locatedIn", "place:dalarna-typo")).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND
                        && e.getMessage().contains("No entity with id 'place:dalarna-typo'"))
                .verify();
    }
}
