package se.samverkan.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkan.GraphQlIntegrationTest;

/** The three questions the sources must answer, and how bad questions are refused. */
class ConnectionsTest extends GraphQlIntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST_OF_MAPS =
            new ParameterizedTypeReference<>() {
            };

    private GraphQlTester.Response connections(String from, String to) {
        return graphQl.documentName("connections").variable("from", from).variable("to", to).variable("first", 100)
                .execute();
    }

    private static List<String> connectorIds(GraphQlTester.Response response) {
        return response.path("connections.connectors[*].entity.id").entityList(String.class).get();
    }

    @Test
    void dalarnaToHubeiIsCarriedByTheWuhanAgreementsAndTheirParties() {
        GraphQlTester.Response response = connections("Dalarna", "Hubei");
        assertThat(connectorIds(response)).contains(
                "org:borlange-kommun", "org:borlange-naringslivskontor", "org:dellner-couplers",
                "org:dalarna-science-park", "org:region-dalarna", "org:extuna",
                "org:wuhan-commerce-bureau", "org:east-lake-high-development-zone", "org:wuhan-metro",
                "org:wuhan-representation-office",
                "agreement:borlange-wuhan-friendship-city",
                "agreement:borlange-naringslivskontor-wuhan-commerce-bureau",
                "agreement:dellner-wuhan-support-centre", "agreement:teknikdalen-east-lake-incubators",
                "event:wuhan-delegation-dalarna-2013", "person:sture-ericsson")
                // the questions' own ends and places are not carriers; nothing from the SME2GO story is either
                .doesNotContain("place:dalarna", "place:hubei", "place:wuhan", "project:sme2go");
    }

    @Test
    void dalarnaToHubeiPathsCarryTheirSourceAndExcerpt() {
        List<Map<String, Object>> steps = connections("Dalarna", "Hubei")
                .path("connections.paths[*].steps[*]").entity(LIST_OF_MAPS).get();
        assertThat(steps).isNotEmpty().allSatisfy(step -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> evidence = (Map<String, Object>) step.get("evidence");
            assertThat(evidence.get("excerpt")).asString().isNotBlank();
            assertThat(evidence.get("source")).isNotNull();
        });
        assertThat(steps).anySatisfy(step -> {
            assertThat(step.get("relation")).isEqualTo("COOPERATES_WITH");
            assertThat(step.get("fromName")).isEqualTo("Dalarna");
            assertThat(step.get("toName")).isEqualTo("Hubei");
            assertThat(step.toString()).contains("Samarbetet har pågått mellan Dalarna och Hubei i Kina sedan 2000.",
                    "001_ea72173cc0b59150.txt");
        });
    }

    @Test
    void aStepAbout2013ShowsTheNameTheScienceParkHadThen() {
        List<Map<String, Object>> steps = connections("Dalarna", "Hubei")
                .path("connections.paths[*].steps[*]").entity(LIST_OF_MAPS).get();
        assertThat(steps).anySatisfy(step -> {
            assertThat(step.get("relation")).isEqualTo("PARTY_TO");
            assertThat(step.get("fromName")).isEqualTo("Stiftelsen Teknikdalen");
            assertThat(step.get("toName")).isEqualTo("Teknikdalen – East Lake incubator cooperation agreement");
        });
    }

    @Test
    void pathsAreRankedShortestFirst() {
        List<Integer> lengths = connections("Dalarna", "Hubei").path("connections.paths[*].length")
                .entityList(Integer.class).get();
        assertThat(lengths).isSorted().first().isEqualTo(1);
    }

    @Test
    void dalarnaToZiboGoesThroughTheStudyTripAndTheCityAdministration() {
        GraphQlTester.Response response = connections("place:dalarna", "Zibo");
        assertThat(connectorIds(response)).containsExactlyInAnyOrder("event:zibo-trip-2017",
                "org:zibo-city-administration", "org:dalarna-science-park", "org:mikaela-willers-ab",
                "person:mikaela-willers");
        assertThat(response.path("connections.paths[*].steps[*].evidence.source.id").entityList(String.class).get())
                .containsOnly("000_0bb593dcf42b62fd.txt");
    }

    @Test
    void swedenToEstoniaGoesThroughSme2goAndItsFinalConferenceInTartu() {
        GraphQlTester.Response response = connections("Sweden", "Estonia");
        assertThat(connectorIds(response)).contains("project:sme2go", "event:sme2go-final-conference",
                "org:vasteras-science-park", "org:swedish-incubators-science-parks", "org:sigholm",
                "person:jenny-pikkarainen", "person:petra-arlsjo");
        assertThat(connectorIds(response).get(0)).isEqualTo("project:sme2go");
        assertThat(response.path("connections.paths[*].steps[*].evidence.source.id").entityList(String.class).get())
                .containsOnly("003_49b3ce2a5e173a7d.txt");
    }

    @Test
    void containmentAloneIsNoConnection() {
        // Västmanland and Kalmar län both lie in Sweden, and nothing else links them.
        connections("Västmanland", "Kalmar län").path("connections.totalPaths").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void relationTypeFilterKeepsOnlyPathsOfThoseTypes() {
        List<String> relations = graphQl.documentName("connections").variable("from", "Dalarna")
                .variable("to", "Hubei").variable("first", 100).variable("relationTypes", List.of("PARTY_TO"))
                .execute().path("connections.paths[*].steps[*].relation").entityList(String.class).get();
        assertThat(relations).isNotEmpty().containsOnly("PARTY_TO");
    }

    @Test
    void yearFilterDropsFactsKnownToLieOutsideTheYears() {
        GraphQlTester.Response response = graphQl.documentName("connections").variable("from", "Dalarna")
                .variable("to", "Hubei").variable("first", 100).variable("fromYear", 2001).variable("toYear", 2005)
                .execute();
        // Dated 2013 facts are gone; the cooperation "since 2000" is ongoing and Region Dalarna's is undated.
        assertThat(connectorIds(response)).containsExactly("org:region-dalarna");
        assertThat(response.path("connections.totalPaths").entity(Integer.class).get()).isEqualTo(2);
    }

    @Test
    void anAmbiguousNameIsABadRequestListingTheCandidates() {
        connections("Wuhan Commerce", "Dalarna").errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("ambiguous")
                        && e.getMessage().contains("org:wuhan-commerce-bureau")
                        && e.getMessage().contains("agreement:dellner-wuhan-support-centre"))
                .verify();
    }

    @Test
    void anUnknownEndIsNotFound() {
        connections("Dalarna", "Atlantis").errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("Atlantis"))
                .verify();
    }

    @Test
    void tooManyHopsIsABadRequest() {
        graphQl.documentName("connections").variable("from", "Dalarna").variable("to", "Hubei")
                .variable("maxHops", 7).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().equals("maxHops must be between 1 and 6, got 7"))
                .verify();
    }

    @Test
    void tooManyPathsIsABadRequest() {
        graphQl.documentName("connections").variable("from", "Dalarna").variable("to", "Hubei")
                .variable("first", 101).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("first"))
                .verify();
    }

    @Test
    void malformedRelationTypesAndYearRangesAreBadRequests() {
        graphQl.documentName("connections").variable("from", "Dalarna").variable("to", "Hubei")
                .variable("relationTypes", List.of("party_to) DETACH DELETE n //")).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("relationTypes"))
                .verify();
        graphQl.documentName("connections").variable("from", "Dalarna").variable("to", "Hubei")
                .variable("fromYear", 2020).variable("toYear", 2010).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("fromYear"))
                .verify();
    }
}
