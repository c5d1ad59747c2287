package se.samverkan.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.entity.EntityRecord;
import se.samverkan.resolution.EntityResolver;

/**
 * Turns what a client gave (query-string text, command-line text or JSON values) into the typed values
 * a report's query expects. Every problem is a {@link BadRequestException} naming the parameter and the
 * expected type; an entity given by name is resolved to its id.
 */
@Component
class ParameterBinder {

    private final EntityResolver resolver;

    ParameterBinder(EntityResolver resolver) {
        this.resolver = resolver;
    }

    List<ParameterValue> bind(ReportDefinition report, Map<String, ?> given) {
        Map<String, Object> typed = check(report, given);
        List<ParameterValue> values = new ArrayList<>();
        for (ReportParameter p : report.parameters()) {
            Object value = typed.get(p.name());
            if (value != null && p.type().entity() != null) {
                EntityRecord entity;
                try {
                    entity = resolver.resolve((String) value, p.name(), List.of(p.type().entity()));
                }
                catch (NotFoundException | BadRequestException e) {
                    throw new BadRequestException("Parameter '" + p.name() + "' of report '" + report.name()
                            + "' expects " + p.type().expected() + ": " + e.getMessage());
                }
                values.add(new ParameterValue(p.name(), p.type().name(), entity.id(), entity.name()));
            }
            else {
                values.add(new ParameterValue(p.name(), p.type().name(), value, value == null ? "" : value.toString()));
            }
        }
        return values;
    }

    /**
     * Checks names, presence and types without touching the database; entity values stay as given.
     * Returns every declared parameter (null where absent and optional).
     */
    static Map<String, Object> check(ReportDefinition report, Map<String, ?> given) {
        Map<String, ?> input = given == null ? Map.of() : given;
        for (String name : input.keySet()) {
            if (report.parameter(name).isEmpty()) {
                throw new BadRequestException("Report '" + report.name() + "' has no parameter '" + name + "'; "
                        + (report.parameters().isEmpty() ? "it takes none" : "its parameters are " + describe(report)));
            }
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (ReportParameter p : report.parameters()) {
            Object raw = input.get(p.name());
            if (raw == null || (raw instanceof String s && s.isBlank())) {
                raw = p.defaultValue();
            }
            if (raw == null) {
                if (p.required()) {
                    throw new BadRequestException("Parameter '" + p.name() + "' of report '" + report.name()
                            + "' is missing: expected " + p.type().expected());
                }
                typed.put(p.name(), null);
                continue;
            }
            try {
                typed.put(p.name(), coerce(p, raw));
            }
            catch (IllegalArgumentException e) {
                throw new BadRequestException("Parameter '" + p.name() + "' of report '" + report.name()
                        + "' expects " + p.type().expected() + ", got '" + raw + "'");
            }
        }
        return typed;
    }

    /** The value as the type wants it; IllegalArgumentException when it does not fit. */
    static Object coerce(ReportParameter p, Object raw) {
        return switch (p.type().name()) {
            case "Int" -> {
                // JSON literals come as BigInteger, JSON variables as Integer, Long or BigInteger
                if ((raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof BigInteger)
                        && new BigInteger(raw.toString()).bitLength() < 32) {
                    yield ((Number) raw).intValue();
                }
                if (raw instanceof String s && s.strip().matches("[+-]?\\d{1,9}")) {
                    yield Integer.parseInt(s.strip());
                }
                throw new IllegalArgumentException();
            }
            case "Boolean" -> {
                if (raw instanceof Boolean b) {
                    yield b;
                }
                if (raw instanceof String s && (s.strip().equalsIgnoreCase("true") || s.strip().equalsIgnoreCase("false"))) {
                    yield Boolean.parseBoolean(s.strip());
                }
                throw new IllegalArgumentException();
            }
            default -> {
                if (raw instanceof String s) {
                    yield s.strip();
                }
                throw new IllegalArgumentException();
            }
        };
    }

    static String describe(ReportDefinition report) {
        return report.parameters().stream()
                .map(p -> p.name() + " (" + p.type().name() + (p.required() ? ", required" : "") + ")")
                .collect(Collectors.joining(", "));
    }
}
