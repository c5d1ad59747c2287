package se.samverkan.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkan.GraphQlIntegrationTest;

/** The timeline of a few entities' dated facts, on the seed data. */
class TimelineTest extends GraphQlIntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST_OF_MAPS =
            new ParameterizedTypeReference<>() {
            };

    private static final String TIMELINE = """
            query ($ids: [ID!]!, $within: Boolean, $fromYear: Int, $toYear: Int, $first: Int) {
              timeline(ids: $ids, within: $within, fromYear: $fromYear, toYear: $toYear, first: $first) {
                totalCount
                items { id kind relation from { id } to { id } name role start end precision inferred stated
                        time { date from until inferred } evidence { excerpt source { id title } } }
              }
            }""";

    private GraphQlTester.Response timeline(List<String> ids, Integer fromYear, Integer toYear) {
        return graphQl.document(TIMELINE).variable("ids", ids).variable("fromYear", fromYear)
                .variable("toYear", toYear).execute();
    }

    private List<Map<String, Object>> items(List<String> ids, Integer fromYear, Integer toYear) {
        return timeline(ids, fromYear, toYear).path("timeline.items").entity(LIST_OF_MAPS).get();
    }

    private static List<Integer> years(List<Map<String, Object>> items) {
        return items.stream().map(i -> Integer.valueOf(String.valueOf(i.get("start")).substring(0, 4))).toList();
    }

    @Test
    void dalarnasTimelineShows2000Then2013Then2016() {
        List<Map<String, Object>> items = items(List.of("place:dalarna"), null, null);
        assertThat(years(items)).isSorted().containsSubsequence(2000, 2013, 2016).doesNotContainNull();
        Map<String, Object> first = items.get(0);
        assertThat(first).containsEntry("relation", "COOPERATES_WITH").containsEntry("start", "2000")
                .containsEntry("precision", "YEAR").containsEntry("inferred", false).containsEntry("kind", "FACT");
        assertThat(first.get("end")).as("since 2000: ongoing").isNull();
        assertThat(first.get("evidence").toString()).contains("sedan 2000", "001_ea72173cc0b59150.txt");
    }

    @Test
    void withinAPlaceTheTimelineHoldsWhatTheEntitiesInItDidInOrder() {
        List<Map<String, Object>> items = graphQl.document(TIMELINE).variable("ids", List.of("place:dalarna"))
                .variable("within", true).execute().path("timeline.items").entity(LIST_OF_MAPS).get();
        assertThat(years(items.stream().filter(i -> i.get("start") != null).toList())).isSorted()
                .containsSubsequence(2000, 2013, 2016, 2017);
        assertThat(items).anySatisfy(i -> assertThat(i).containsEntry("relation", "PARTY_TO")
                .containsEntry("start", "2013-06").satisfies(m -> assertThat(m.get("from").toString())
                        .contains("org:borlange-kommun")));
        assertThat(items).anySatisfy(i -> assertThat(i).containsEntry("kind", "NAME")
                .containsEntry("name", "Stiftelsen Teknikdalen"));
        assertThat(items).anySatisfy(i -> assertThat(i).containsEntry("start", "2017-09-03")
                .containsEntry("end", "2017-09-13").containsEntry("precision", "DAY"));
        assertThat(items(List.of("place:dalarna"), null, null)).as("without within: Dalarna's own facts only")
                .noneMatch(i -> "PARTY_TO".equals(i.get("relation")));
    }

    @Test
    void precisionAndInferenceAreAsTheSourcesGiveThem() {
        List<Map<String, Object>> items = items(List.of("event:signing-teknikdalen-2013-06-13",
                "event:wuhan-delegation-dalarna-2013"), null, null);
        assertThat(items).anySatisfy(i -> assertThat(i).containsEntry("relation", "HELD_IN")
                .containsEntry("start", "2013-06").containsEntry("end", "2013-06")
                .containsEntry("precision", "MONTH").containsEntry("inferred", true));
        assertThat(items).anySatisfy(i -> assertThat(i).containsEntry("relation", "SIGNED_AT")
                .containsEntry("start", "2013-06-13").containsEntry("precision", "DAY"));
        // A fact between two of the entities asked about is one item, not two.
        assertThat(items.stream().filter(i -> "PART_OF".equals(i.get("relation")))).hasSize(1);
        assertThat(items).allSatisfy(i -> assertThat(i.get("evidence").toString()).contains("excerpt=", "title="));
    }

    @Test
    void aRenamingShowsBothNamesWithTheirDates() {
        List<Map<String, Object>> names = items(List.of("org:dalarna-science-park"), null, null).stream()
                .filter(i -> "NAME".equals(i.get("kind"))).toList();
        assertThat(names).hasSize(2);
        assertThat(names.get(0)).containsEntry("name", "Stiftelsen Teknikdalen").containsEntry("end", "2016-10-20")
                .containsEntry("precision", "DAY");
        assertThat(names.get(0).get("start")).as("used since an unknown date").isNull();
        assertThat(names.get(1)).containsEntry("name", "Dalarna Science Park").containsEntry("start", "2016-10-21");
        assertThat(names.get(1).get("end")).isNull();
    }

    @Test
    void anUndatedFactIsPlacedWhereItsSourceStatedItWithTheSourcesInferredYear() {
        List<Map<String, Object>> items = items(List.of("org:region-dalarna"), null, null);
        assertThat(items).anySatisfy(i -> assertThat(i).containsEntry("kind", "STATED")
                .containsEntry("relation", "COOPERATES_WITH").containsEntry("stated", "2013-06")
                .containsEntry("start", "2013-06").containsEntry("precision", "MONTH").containsEntry("inferred", true));
        assertThat(items).as("containment is no event").noneMatch(i -> "LOCATED_IN".equals(i.get("relation")));
    }

    @Test
    void theYearFilterKeepsWhatHoldsInTheYears() {
        List<Map<String, Object>> items = items(List.of("place:dalarna", "org:region-dalarna"), 2014, 2020);
        assertThat(years(items)).doesNotContain(2013).contains(2000, 2016);
        assertThat(items).noneMatch(i -> "STATED".equals(i.get("kind")));
        assertThat(items(List.of("place:dalarna"), 2001, 2005)).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("start", "2000"));
    }

    @Test
    void firstBoundsTheItemsAndTotalCountSaysHowManyThereAre() {
        GraphQlTester.Response response = graphQl.document(TIMELINE).variable("ids", List.of("place:dalarna"))
                .variable("first", 2).execute();
        assertThat(response.path("timeline.items").entity(LIST_OF_MAPS).get()).hasSize(2);
        assertThat(response.path("timeline.totalCount").entity(Integer.class).get()).isGreaterThan(2);
    }

    @Test
    void badQuestionsAreRefusedNamingTheProblem() {
        timeline(List.of("place:dalarna", "org:atlantis"), null, null).errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("org:atlantis"))
                .verify();
        timeline(List.of("place:dalarna"), 2020, 2010).errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("fromYear"))
                .verify();
        graphQl.document(TIMELINE).variable("ids", List.of("place:dalarna")).variable("first", 501).execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("500"))
                .verify();
    }
}
