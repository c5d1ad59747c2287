package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import graphql.Scalars;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.TestGraphQl;

/**
 * Every field of the schema's Mutation type, called with the least arguments its types allow, is refused
 * without the curator token and with a wrong one, and writes nothing. A mutation added without its
 * {@code @PreAuthorize} fails here.
 */
@SamverkanIntegrationTest
class EveryMutationNeedsTheCuratorTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    GraphQlSource graphQl;

    @Autowired
    Driver driver;

    @Test
    void everyMutationWithoutTokenIsUnauthorizedAndWritesNothing() {
        everyMutationIsRefused(null, ErrorType.UNAUTHORIZED, CuratorToken.MISSING);
    }

    @Test
    void everyMutationWithMalformedTokenIsUnauthorizedAndWritesNothing() {
        everyMutationIsRefused("Basic dXNlcjpwYXNzd29yZA==", ErrorType.UNAUTHORIZED, CuratorToken.MISSING);
    }

    @Test
    void everyMutationWithWrongTokenIsForbiddenAndWritesNothing() {
        everyMutationIsRefused("Bearer not-the-curator-token", ErrorType.FORBIDDEN, CuratorToken.WRONG);
    }

    @Test
    void theWalkCoversTheKnownMutations() {
        assertThat(mutations()).extracting(GraphQLFieldDefinition::getName).contains("upsertSource", "upsertEntity",
                "addName", "relate", "retractFact", "mergeEntities", "acceptMatch", "rejectMatch", "editMatch", "undoMerge");
    }

    @Test
    void dummyCallsAreValidGraphQl() {
        GraphQLFieldDefinition merge = mutations().stream().filter(f -> f.getName().equals("mergeEntities")).findFirst()
                .orElseThrow();
        assertThat(call(merge)).isEqualTo("mutation { mergeEntities(from: \"x\", into: \"x\") { __typename } }");
    }

    private void everyMutationIsRefused(String authorization, ErrorType expected, String message) {
        GraphQlTester client = TestGraphQl.tester(port, authorization);
        long before = stored();
        for (GraphQLFieldDefinition field : mutations()) {
            String document = call(field);
            client.document(document).execute().errors().satisfy(errors -> assertThat(errors).as(document)
                    .singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).as(document).isEqualTo(expected);
                        assertThat(error.getMessage()).as(document).isEqualTo(message);
                        assertThat(error.getParsedPath()).as(document).containsExactly(field.getName());
                    }));
            assertThat(stored()).as("nodes and relationships after " + document).isEqualTo(before);
        }
    }

    private List<GraphQLFieldDefinition> mutations() {
        GraphQLObjectType mutation = graphQl.schema().getMutationType();
        assertThat(mutation).as("Mutation type").isNotNull();
        return mutation.getFieldDefinitions();
    }

    /** The field with a dummy value for each non-null argument, selecting only {@code __typename} of an object. */
    static String call(GraphQLFieldDefinition field) {
        String arguments = field.getArguments().stream()
                .filter(a -> GraphQLTypeUtil.isNonNull(a.getType()) && !a.hasSetDefaultValue())
                .map(a -> a.getName() + ": " + dummy(a.getType()))
                .collect(Collectors.joining(", "));
        String selection = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLCompositeType ? " { __typename }" : "";
        return "mutation { " + field.getName() + (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection + " }";
    }

    /** A literal of the type: non-null fields of input objects recursively, a list of one, an enum's first value. */
    static String dummy(GraphQLInputType type) {
        GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
        if (inner instanceof GraphQLList list) {
            return "[" + dummy((GraphQLInputType) list.getWrappedType()) + "]";
        }
        if (inner instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        if (inner instanceof GraphQLInputObjectType object) {
            return object.getFieldDefinitions().stream()
                    .filter(f -> f.getType() instanceof GraphQLNonNull && !f.hasSetDefaultValue())
                    .map(f -> f.getName() + ": " + dummy(f.getType()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        GraphQLScalarType scalar = (GraphQLScalarType) inner;
        if (scalar.getName().equals(Scalars.GraphQLInt.getName())) {
            return "1";
        }
        if (scalar.getName().equals(Scalars.GraphQLFloat.getName())) {
            return "1.5";
        }
        if (scalar.getName().equals(Scalars.GraphQLBoolean.getName())) {
            return "true";
        }
        return "\"x\"";
    }

    private long stored() {
        try (var session = driver.session()) {
            return session.run("MATCH (n) RETURN count(n) + COUNT { ()-[]->() } AS c").single().get("c").asLong();
        }
    }
}
