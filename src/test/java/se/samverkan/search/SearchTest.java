package se.samverkan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkan.GraphQlIntegrationTest;

class SearchTest extends GraphQlIntegrationTest {

    private List<String> names(String text, int first) {
        return graphQl.documentName("search").variable("text", text).variable("first", first).execute()
                .path("search[*].name").entityList(String.class).get();
    }

    @Test
    void searchIgnoresDiacriticsAndRanksTheExactNameFirst() {
        assertThat(names("borlange", 5)).first().isEqualTo("Borlänge");
        assertThat(names("BORLÄNGE KOMMUN", 5)).first().isEqualTo("Borlänge kommun");
    }

    @Test
    void searchFindsAnOrganisationByItsFormerName() {
        assertThat(names("teknikdalen", 5)).first().isEqualTo("Dalarna Science Park");
        assertThat(names("Stiftelsen Teknikdalen", 5)).first().isEqualTo("Dalarna Science Park");
    }

    @Test
    void searchWithSeveralWordsRanksTheOrganisationNamedByThemFirst() {
        assertThat(names("wuhan commerce", 5)).first().isEqualTo("Wuhan Commerce Bureau");
    }

    @Test
    void searchMatchesPrefixesAndChineseNames() {
        assertThat(names("dalarna sci", 5)).contains("Dalarna Science Park");
        assertThat(names("武汉", 5)).first().isEqualTo("Wuhan");
    }

    @Test
    void searchFiltersByType() {
        List<String> types = graphQl.documentName("search").variable("text", "dalarna")
                .variable("types", List.of("PLACE")).variable("first", 20).execute()
                .path("search[*].type").entityList(String.class).get();
        assertThat(types).isNotEmpty().containsOnly("PLACE");
    }

    @Test
    void searchHonoursFirst() {
        assertThat(names("dalarna", 2)).hasSize(2);
    }

    @Test
    void searchWithoutLettersIsABadRequest() {
        graphQl.documentName("search").variable("text", " ?! ").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().contains("text must contain at least one letter"))
                .verify();
    }

    @Test
    void luceneSyntaxInTheTextIsTreatedAsPlainWords() {
        assertThat(names("wuhan AND (metro OR \"x", 5)).contains("Wuhan Metro");
    }
}
