package se.samverkan.curation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import/export format: one record per row (CSV) or per object (JSON), the column {@code record}
 * saying what it is. See README "Curation and bulk import" for the table a curator reads.
 */
public final class Format {

    public static final String RECORD = "record";

    /** Every column, in the order the export writes them. */
    public static final List<String> COLUMNS = List.of(RECORD, "id", "type", "name", "kind", "description", "aliases",
            "status", "signed", "renewed", "valid_from", "valid_until", "venue",
            "from_id", "to_id", "role", "title", "date", "from", "until", "inferred", "reference",
            "publisher", "url", "published", "language", "version", "retrieved", "licence", "source", "excerpt",
            "budget", "row", "from_key", "to_key", "stated_in", "no_longer_stated");

    public static final Set<String> BOOLEANS = Set.of("inferred", "reference");
    public static final Set<String> LISTS = Set.of("aliases");
    static final Set<String> DATES = Set.of("signed", "renewed", "valid_from", "valid_until", "date", "from", "until",
            "published", "retrieved");

    /** Columns that would hold personal contact data, which Samverkan does not store (README "Personal data"). */
    public static final Set<String> PERSONAL = Set.of("phone", "telephone", "tel", "mobile", "cell", "fax", "email", "e-mail",
            "mail", "telefon", "mobil", "epost", "e-post", "address", "adress", "personnummer", "ssn", "birthdate");

    static final Map<Kind, Set<String>> ALLOWED = new EnumMap<>(Map.of(
            Kind.SOURCE, Set.of(RECORD, "id", "title", "publisher", "url", "published", "inferred", "language", "kind",
                    "version", "retrieved", "licence"),
            Kind.ENTITY, Set.of(RECORD, "id", "type", "name", "kind", "description", "aliases", "status", "signed",
                    "renewed", "valid_from", "valid_until", "venue", "date", "from", "until", "inferred",
                    "source", "excerpt"),
            Kind.NAME, Set.of(RECORD, "id", "name", "from", "until", "source", "excerpt"),
            Kind.MENTION, Set.of(RECORD, "id", "source", "excerpt"),
            Kind.RELATION, Set.of(RECORD, "from_id", "type", "to_id", "role", "title", "status", "date", "from",
                    "until", "inferred", "reference", "source", "excerpt", "budget", "row", "from_key", "to_key",
                    "stated_in", "no_longer_stated")));

    static final Map<Kind, List<String>> REQUIRED = new EnumMap<>(Map.of(
            Kind.SOURCE, List.of("id", "title"),
            Kind.ENTITY, List.of("id", "type", "name"),
            Kind.NAME, List.of("id", "name", "source", "excerpt"),
            Kind.MENTION, List.of("id", "source", "excerpt"),
            Kind.RELATION, List.of("from_id", "type", "to_id")));

    /** Column → stored property where the names differ (the format uses snake_case columns). */
    static final Map<String, String> PROPERTY = Map.of("valid_from", "validFrom", "valid_until", "validUntil",
            "from_key", "fromKey", "to_key", "toKey", "stated_in", "statedIn", "no_longer_stated", "noLongerStated");

    private Format() {
    }

    static String property(String column) {
        return PROPERTY.getOrDefault(column, column);
    }

    public static String column(String property) {
        for (Map.Entry<String, String> e : PROPERTY.entrySet()) {
            if (e.getValue().equals(property)) {
                return e.getKey();
            }
        }
        return property;
    }
}
