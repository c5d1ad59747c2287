package se.samverkan.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import se.samverkan.shared.RequestBudget;

class QueryLimitsTest {

    private static final String SCHEMA = """
            directive @cost(weight: Int!) on FIELD_DEFINITION
            type Query { node: Node, search: [Node] @cost(weight: 20), budgetHeld: Boolean }
            type Node { id: ID, name: String, child: Node }
            """;

    private final DocumentCache documents = new DocumentCache(10);
    private final QueryLimits limits = new QueryLimits(3, 5, Duration.ofSeconds(10));
    private final GraphQL graphQl = graphQl(limits);

    private GraphQL graphQl(QueryLimits instrumentation) {
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                        new SchemaParser().parse(SCHEMA),
                        RuntimeWiring.newRuntimeWiring()
                                .type("Query", q -> q.dataFetcher("node", env -> Map.of("id", "1", "name", "a"))
                                        .dataFetcher("search", env -> List.of(Map.of("id", "1")))
                                        .dataFetcher("budgetHeld", env -> RequestBudget.current() != null))
                                .type("Node", n -> n.dataFetcher("child", env -> Map.of("id", "2", "name", "b")))
                                .build()))
                .instrumentation(instrumentation)
                .preparsedDocumentProvider(documents)
                .build();
    }

    private ExecutionResult run(String query, Map<String, Object> variables) {
        return graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
    }

    private List<String> errors(String query, Map<String, Object> variables) {
        return run(query, variables).getErrors().stream().map(GraphQLError::getMessage).toList();
    }

    private OperationDefinition parsed(String query) {
        return documents.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), input -> {
            throw new AssertionError("the document should have been cached");
        }).join().getDocument().getDefinitionsOfType(OperationDefinition.class).get(0);
    }

    @Test
    void tooDeepAnOperationIsRefusedWithItsDepth() {
        assertThat(errors("{ node { child { child { id } } } }", Map.of()))
                .containsExactly("maximum query depth exceeded 4 > 3");
    }

    @Test
    void tooComplexAnOperationIsRefusedWithItsComplexityWhereTypenameCostsNothing() {
        assertThat(errors("{ node { id name child { id name } } }", Map.of())).singleElement(STRING)
                .startsWith("maximum query complexity exceeded 6 > 5 (samverkan.graphql.max-complexity;");
        assertThat(errors("{ node { id name child { id __typename } } }", Map.of())).isEmpty();
    }

    @Test
    void anOperationWithinTheLimitsIsRememberedAndAnswersAgain() {
        String query = "{ node { id child { name } } }";
        assertThat(errors(query, Map.of())).isEmpty();
        assertThat(limits.remembers(parsed(query))).isTrue();
        ExecutionResult again = run(query, Map.of());
        assertThat(again.getErrors()).isEmpty();
        assertThat(again.<Map<String, Object>>getData()).isEqualTo(
                Map.of("node", Map.of("id", "1", "child", Map.of("name", "b"))));
    }

    @Test
    void anOperationWithDirectivesIsMeasuredWithItsVariablesEveryTime() {
        String query = "query($deep: Boolean!) { node { child { child @include(if: $deep) { id } } } }";
        assertThat(errors(query, Map.of("deep", false))).isEmpty();
        assertThat(limits.remembers(parsed(query))).isFalse();
        assertThat(errors(query, Map.of("deep", true))).containsExactly("maximum query depth exceeded 4 > 3");
    }

    @Test
    void aFieldCostsItsDeclaredWeightSoAnAliasFloodIsRefused() {
        GraphQL wide = graphQl(new QueryLimits(3, 100, Duration.ofSeconds(10)));
        // 4 aliases × (20 for search + 1 for id) = 84; 5 aliases are 105
        assertThat(wide.execute("{ a: search { id } b: search { id } c: search { id } d: search { id } }").getErrors())
                .isEmpty();
        assertThat(wide.execute("{ a: search { id } b: search { id } c: search { id } d: search { id } e: search { id } }")
                .getErrors()).extracting(GraphQLError::getMessage).containsExactly("maximum query complexity exceeded"
                        + " 105 > 100 (samverkan.graphql.max-complexity; a field costs 1, one that runs a query of its own"
                        + " more: 5 × search at 20); ask for fewer fields or aliases in one request");
    }

    @Test
    void theRequestBudgetIsHeldWhileTheFieldsAreFetchedAndLeftAfterwards() {
        assertThat(run("{ budgetHeld }", Map.of()).<Map<String, Object>>getData()).isEqualTo(Map.of("budgetHeld", true));
        assertThat(RequestBudget.current()).isNull();
        // an operation refused by the limits leaves no budget behind either
        errors("{ node { child { child { id } } } }", Map.of());
        assertThat(RequestBudget.current()).isNull();
    }

    @Test
    void anOperationOverTheLimitsIsNotRemembered() {
        String query = "{ node { child { child { id } } } }";
        errors(query, Map.of());
        assertThat(errors(query, Map.of())).containsExactly("maximum query depth exceeded 4 > 3");
    }
}
