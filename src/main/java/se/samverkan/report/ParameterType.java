package se.samverkan.report;

import java.util.Arrays;
import java.util.stream.Collectors;

import se.samverkan.entity.EntityType;

/**
 * The type of a report parameter as written in a report header: {@code String}, {@code Int},
 * {@code Boolean}, or an entity type ({@code Place}, {@code Programme}, ...), which takes an id or a
 * name and reaches the query as the entity's id.
 */
record ParameterType(String name, EntityType entity) {

    static final ParameterType STRING = new ParameterType("String", null);
    static final ParameterType INT = new ParameterType("Int", null);
    static final ParameterType BOOLEAN = new ParameterType("Boolean", null);

    static ParameterType parse(String text) {
        for (ParameterType scalar : new ParameterType[] {STRING, INT, BOOLEAN}) {
            if (scalar.name.equals(text)) {
                return scalar;
            }
        }
        for (EntityType type : EntityType.values()) {
            if (type.label().equals(text)) {
                return new ParameterType(type.label(), type);
            }
        }
        throw new IllegalArgumentException("unknown parameter type '" + text + "'; use String, Int, Boolean or one of "
                + Arrays.stream(EntityType.values()).map(EntityType::label).collect(Collectors.joining(", ")));
    }

    /** What a client must supply, for error messages. */
    String expected() {
        if (entity != null) {
            return "a " + entity.label().toLowerCase() + " id or name";
        }
        return switch (name) {
            case "Int" -> "an integer (Int)";
            case "Boolean" -> "true or false (Boolean)";
            default -> "a text (String)";
        };
    }
}
