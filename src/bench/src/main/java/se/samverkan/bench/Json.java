package se.samverkan.bench;

import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Pretty JSON for the manifest and the results, keys in insertion order. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }

    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    static String compact(Object value) {
        return COMPACT.writeValueAsString(value);
    }

    /** A JSON file as {@code type} (a record: its components by name). */
    static <T> T read(java.nio.file.Path file, Class<T> type) {
        return MAPPER.readValue(file.toFile(), type);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String text) {
        return MAPPER.readValue(text, Map.class);
    }
}
