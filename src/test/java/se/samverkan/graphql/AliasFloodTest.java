package se.samverkan.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkan.GraphQlIntegrationTest;

/**
 * Many aliases of a field that runs a query of its own are refused before any of them runs: each costs its
 * {@code @cost} weight against samverkan.graphql.max-complexity (2000), not one unit.
 */
class AliasFloodTest extends GraphQlIntegrationTest {

    static String aliases(int count, String field) {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < count; i++) {
            query.append('a').append(i).append(": ").append(field).append(' ');
        }
        return query.append('}').toString();
    }

    @Test
    void aThousandSearchesAreRefusedNamingTheirCost() {
        // 1000 × (20 + 1 for id): within the old limit of one unit a field, 2000 exactly
        graphQl.document(aliases(1000, "search(text: \"dalarna\") { id }")).execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("maximum query complexity exceeded 21000 > 2000")
                            .contains("1000 × search at 20").contains("ask for fewer fields or aliases");
                    assertThat(e.getErrorType().toString()).isEqualTo("ExecutionAborted");
                }));
    }

    @Test
    void threeHundredConnectionsAreRefusedNamingTheirCost() {
        graphQl.document(aliases(300, "connections(from: \"place:dalarna\", to: \"place:hubei\") { totalPaths }"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e ->
                        assertThat(e.getMessage()).startsWith("maximum query complexity exceeded 30300 > 2000")
                                .contains("300 × connections at 100")));
    }

    @Test
    void aFewSearchesAtOnceStillAnswer() {
        graphQl.document(aliases(20, "search(text: \"dalarna\", first: 5) { id name }")).execute()
                .path("a19[0].id").hasValue();
    }
}
