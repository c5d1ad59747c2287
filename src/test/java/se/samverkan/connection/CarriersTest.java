package se.samverkan.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkan.GraphQlIntegrationTest;

/** "Who connects Dalarna to Hubei?" answered actors first, on the seed data. */
class CarriersTest extends GraphQlIntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST_OF_MAPS =
            new ParameterizedTypeReference<>() {
            };

    private static final String CARRIERS = """
            query ($types: [EntityType!], $sides: [Side!]) {
              connections(from: "Dalarna", to: "Hubei") {
                carrierCount(types: $types, sides: $sides)
                carriers(types: $types, sides: $sides) {
                  entity { id type } side score firstYear lastYear sources paths
                  through { entity { id type } direct relation outgoing role firstYear lastYear weight
                            time { date from until } evidence { excerpt source { id } } }
                }
                ties { entity { id type } score paths firstYear lastYear carriers { id } }
              }
            }""";

    private static final List<String> FIVE = List.of("org:region-dalarna", "org:borlange-kommun",
            "org:dalarna-science-park", "org:dellner-couplers", "org:extuna");

    private GraphQlTester.Response carriers(List<String> types, List<String> sides) {
        return graphQl.document(CARRIERS).variable("types", types).variable("sides", sides).execute();
    }

    private static List<Map<String, Object>> list(GraphQlTester.Response response, String path) {
        return response.path(path).entity(LIST_OF_MAPS).get();
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> withEntity) {
        return (String) ((Map<String, Object>) withEntity.get("entity")).get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<String> through(Map<String, Object> carrier) {
        return ((List<Map<String, Object>>) carrier.get("through")).stream().map(CarriersTest::id).toList();
    }

    @Test
    void dalarnasOwnActorsComeFirstEachWithWhatItCarriesTheLinkThrough() {
        List<Map<String, Object>> dalarna = list(carriers(null, List.of("FROM")), "connections.carriers");
        assertThat(dalarna.stream().limit(6).map(CarriersTest::id)).containsAll(FIVE);
        Map<String, List<String>> through = new java.util.HashMap<>();
        dalarna.forEach(c -> through.put(id(c), through(c)));
        assertThat(through.get("org:region-dalarna")).containsExactly("place:hubei");
        assertThat(through.get("org:borlange-kommun")).containsExactly("agreement:borlange-wuhan-friendship-city");
        assertThat(through.get("org:dellner-couplers")).containsExactly("agreement:dellner-wuhan-support-centre");
        assertThat(through.get("org:extuna")).containsExactly("place:wuhan", "event:wuhan-delegation-dalarna-2013");
        assertThat(through.get("org:dalarna-science-park")).containsExactly("org:wuhan-representation-office",
                "agreement:teknikdalen-east-lake-incubators");
    }

    @Test
    void aDirectTieShowsTheCarriersOwnFactAndItsEvidence() {
        Map<String, Object> region = list(carriers(null, null), "connections.carriers").stream()
                .filter(c -> id(c).equals("org:region-dalarna")).findFirst().orElseThrow();
        assertThat(region.get("side")).isEqualTo("FROM");
        assertThat(region.get("through").toString()).contains("direct=true", "relation=COOPERATES_WITH",
                "outgoing=true", "Region Dalarna samarbetar med regionen Hubei kring länens utveckling",
                "001_ea72173cc0b59150.txt");
    }

    @Test
    void theFiveLastingActorsRankAboveEveryoneWhoseOnlyTieIsAnEvent() {
        List<Map<String, Object>> all = list(carriers(null, null), "connections.carriers");
        List<String> ids = all.stream().map(CarriersTest::id).toList();
        assertThat(ids.subList(0, 9)).containsAll(FIVE);
        List<String> eventOnly = all.stream()
                .filter(c -> through(c).stream().allMatch(t -> t.startsWith("event:")))
                .map(CarriersTest::id).toList();
        assertThat(eventOnly).contains("org:wuhan-foreign-affairs", "person:sture-ericsson");
        for (String actor : FIVE) {
            assertThat(ids.indexOf(actor)).as(actor).isLessThan(eventOnly.stream().mapToInt(ids::indexOf).min()
                    .orElseThrow());
        }
    }

    @Test
    void agreementsComeBeforeTheEventsThatMostPathsPassThrough() {
        List<Map<String, Object>> ties = list(carriers(null, null), "connections.ties");
        List<String> ids = ties.stream().map(CarriersTest::id).toList();
        assertThat(ids).containsExactly("agreement:borlange-naringslivskontor-wuhan-commerce-bureau",
                "agreement:borlange-wuhan-friendship-city", "agreement:dellner-wuhan-support-centre",
                "agreement:teknikdalen-east-lake-incubators", "event:signing-teknikdalen-2013-06-13",
                "event:wuhan-delegation-dalarna-2013");
        assertThat((Integer) ties.get(5).get("paths")).isGreaterThan((Integer) ties.get(0).get("paths"));
        assertThat(ties.get(2).get("carriers").toString()).contains("org:dellner-couplers",
                "org:wuhan-commerce-bureau", "org:wuhan-metro");
    }

    @Test
    void theOrderIsByScoreThenIdAndTheSameEveryTime() {
        List<Map<String, Object>> first = list(carriers(null, null), "connections.carriers");
        List<Map<String, Object>> second = list(carriers(null, null), "connections.carriers");
        assertThat(second).isEqualTo(first);
        for (int i = 1; i < first.size(); i++) {
            double before = ((Number) first.get(i - 1).get("score")).doubleValue();
            double after = ((Number) first.get(i).get("score")).doubleValue();
            assertThat(after).isLessThanOrEqualTo(before);
            if (after == before) {
                assertThat(id(first.get(i))).isGreaterThan(id(first.get(i - 1)));
            }
        }
        // Borlänge kommun, Borlänge näringslivskontor and Dellner weigh the same: one agreement each, 2013.
        List<String> ids = first.stream().map(CarriersTest::id).toList();
        assertThat(ids.indexOf("org:borlange-kommun")).isLessThan(ids.indexOf("org:borlange-naringslivskontor"));
        assertThat(ids.indexOf("org:borlange-naringslivskontor")).isLessThan(ids.indexOf("org:dellner-couplers"));
    }

    @Test
    void theTypeFilterKeepsOnlyPeople() {
        GraphQlTester.Response response = carriers(List.of("PERSON"), null);
        assertThat(list(response, "connections.carriers").stream().map(CarriersTest::id))
                .containsExactly("person:ann-louise-larsson", "person:sture-ericsson");
        response.path("connections.carrierCount").entity(Integer.class).isEqualTo(2);
        assertThat(list(response, "connections.carriers")).allSatisfy(c -> assertThat(c.get("side")).isEqualTo("BETWEEN"));
    }

    @Test
    void carriersAreOrganisationsAndPeopleOnly() {
        assertThat(list(carriers(null, null), "connections.carriers").toString())
                .doesNotContain("type=AGREEMENT}, side", "type=EVENT}, side", "type=PLACE}, side");
        assertThat(list(carriers(List.of("AGREEMENT"), null), "connections.carriers")).isEmpty();
    }
}
