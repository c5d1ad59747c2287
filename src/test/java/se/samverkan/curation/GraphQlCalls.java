package se.samverkan.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;

import java.util.List;

import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.ListAssert;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkan.TestGraphQl;

/**
 * The curation tests' vocabulary over Spring's HttpGraphQlTester ({@link TestGraphQl}): a call with or
 * without the curator token, its errors, and AssertJ assertions on a path of its data.
 */
final class GraphQlCalls {

    private final GraphQlTester tester;

    /** Calls that carry {@code token} as a bearer token, or no Authorization header when it is null. */
    GraphQlCalls(int port, String token) {
        this.tester = TestGraphQl.tester(port, token == null ? null : "Bearer " + token);
    }

    /** A document of src/test/resources/graphql-test/, by file name without extension. */
    Request documentName(String name) {
        return new Request(tester.documentName(name));
    }

    Request document(String text) {
        return new Request(tester.document(text));
    }

    record Request(GraphQlTester.Request<?> request) {

        Request variable(String key, Object value) {
            request.variable(key, value);
            return this;
        }

        Response execute() {
            return new Response(request.execute());
        }
    }

    record Response(GraphQlTester.Response response) {

        List<ResponseError> errors() {
            return response.returnResponse().getErrors();
        }

        /** A path of the data; fails when the response has errors. */
        Path path(String path) {
            return new Path(response.path(path), path);
        }
    }

    record Path(GraphQlTester.Path value, String path) {

        <T> AbstractObjectAssert<?, T> entity(Class<T> type) {
            return assertThatObject(value.entity(type).get()).as(path);
        }

        <T> ListAssert<T> entityList(Class<T> type) {
            return assertThat(value.entityList(type).get()).as(path);
        }

        void hasValue() {
            value.hasValue();
        }
    }
}
