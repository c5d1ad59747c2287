package se.samverkan.graphql;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A {@code POST /graphql} whose body is no GraphQL request answers 400 with a GraphQL error that says what is
 * wrong with it, in words a client's author can act on (Spring answers an empty 400). Jackson's own messages
 * name Java classes, so each kind of mistake gets its own sentence.
 */
final class MalformedRequests {

    static final String EXAMPLE = "{\"query\": \"{ version }\", \"variables\": {}}";

    private MalformedRequests() {
    }

    static ServerResponse badRequest(ServerRequest request, Exception ex) {
        Map<String, Object> error = Map.of("message", message(ex),
                "extensions", Map.of("classification", ErrorType.BAD_REQUEST.name()));
        boolean graphQlResponse = request.headers().accept().stream()
                .anyMatch(MediaType.APPLICATION_GRAPHQL_RESPONSE::equalsTypeAndSubtype);
        return ServerResponse.status(HttpStatus.BAD_REQUEST)
                .contentType(graphQlResponse ? MediaType.APPLICATION_GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(error)));
    }

    static String message(Exception ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && String.valueOf(json.getOriginalMessage()).startsWith("Trailing token")) {
                return "The request body has content after its JSON object" + at(json.getLocation())
                        + "; send exactly one JSON object.";
            }
            if (t instanceof MismatchedInputException mismatch) {
                return mismatched(mismatch);
            }
            if (t instanceof JacksonException json) {
                return notJson(json);
            }
        }
        String reason = ex instanceof ServerWebInputException input && input.getReason() != null ? input.getReason()
                : String.valueOf(ex.getMessage());
        if (reason.contains("'query'")) {
            return "The request has no \"query\": it must be a string holding the GraphQL document, as in " + EXAMPLE
                    + ".";
        }
        return "The request body is not a GraphQL request (" + reason + "); send a JSON object such as " + EXAMPLE
                + ".";
    }

    private static String mismatched(MismatchedInputException ex) {
        List<JacksonException.Reference> path = ex.getPath();
        String was = describe(ex.getCurrentToken());
        if (path.isEmpty()) {
            if (ex.getCurrentToken() == null) {
                return "The request body is empty; send a JSON object such as " + EXAMPLE + ".";
            }
            if (ex.getCurrentToken() == JsonToken.START_ARRAY) {
                return "The request body is a JSON array: batched requests are not supported, send one JSON object"
                        + " per request, such as " + EXAMPLE + ".";
            }
            return "The request body must be a JSON object such as " + EXAMPLE + ", not " + was + ".";
        }
        String field = path.get(0).getPropertyName();
        String expected = switch (field == null ? "" : field) {
            case "variables", "extensions" -> "a JSON object (or null)";
            case "query", "operationName" -> "a string";
            default -> "something else";
        };
        return "\"%s\" in the request must be %s, not %s%s.".formatted(field, expected, was, at(ex.getLocation()));
    }

    private static String notJson(JacksonException ex) {
        String original = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage();
        // Jackson's parser messages describe the offending character and what was expected, not Java types.
        return "The request body is not valid JSON" + at(ex.getLocation()) + ": " + original;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "a JSON array";
            case START_OBJECT -> "a JSON object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
    }
}
