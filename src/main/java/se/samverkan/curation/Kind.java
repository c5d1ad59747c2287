package se.samverkan.curation;

import java.util.Locale;

/** The kinds of record an import file holds; the {@code record} column names one per row. */
enum Kind {
    SOURCE, ENTITY, NAME, MENTION, RELATION;

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Kind parse(String value) {
        for (Kind kind : values()) {
            if (kind.value().equals(value)) {
                return kind;
            }
        }
        return null;
    }
}
