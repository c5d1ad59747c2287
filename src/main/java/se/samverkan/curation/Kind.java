package se.samverkan.curation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of record an import file holds; the {@code record} column names one per row. */
public enum Kind {
    SOURCE, ENTITY, NAME, MENTION, RELATION;

    private static final Map<String, Kind> BY_VALUE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Kind::value, Function.identity()));

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Kind parse(String value) {
        return value == null ? null : BY_VALUE.get(value);
    }
}
