package se.samverkan.curation;

import static se.samverkan.entity.EntityType.AGREEMENT;
import static se.samverkan.entity.EntityType.EVENT;
import static se.samverkan.entity.EntityType.ORGANISATION;
import static se.samverkan.entity.EntityType.PERSON;
import static se.samverkan.entity.EntityType.PLACE;
import static se.samverkan.entity.EntityType.PROGRAMME;
import static se.samverkan.entity.EntityType.PROJECT;
import static se.samverkan.entity.EntityType.TOPIC;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkan.entity.EntityType;

/**
 * What may be written: the relationship types with the entity types each may join (the seed data's
 * usage, generalised where the meaning clearly allows it), the kinds of place and their extra labels,
 * and the type-specific entity attributes. These tables are also the whitelist that makes dynamic
 * labels and relationship types safe to use in Cypher.
 */
public final class Vocabulary {

    record Allowed(Set<EntityType> from, Set<EntityType> to) {
    }

    private static final Set<EntityType> ANY = EnumSet.allOf(EntityType.class);

    public static final Map<String, Allowed> RELATIONS = new LinkedHashMap<>();

    static {
        allow("LOCATED_IN", ANY, EnumSet.of(PLACE));
        allow("PART_OF", EnumSet.of(ORGANISATION, EVENT, PROJECT, PROGRAMME), EnumSet.of(ORGANISATION, EVENT, PROJECT, PROGRAMME));
        allow("WORKS_AT", EnumSet.of(PERSON), EnumSet.of(ORGANISATION));
        allow("PARTY_TO", EnumSet.of(ORGANISATION, PLACE), EnumSet.of(AGREEMENT));
        allow("INVOLVED_IN", EnumSet.of(ORGANISATION, PERSON, PLACE), EnumSet.of(AGREEMENT, PROJECT, EVENT));
        allow("SIGNED_AT", EnumSet.of(AGREEMENT), EnumSet.of(EVENT));
        allow("PARTICIPATED_IN", EnumSet.of(ORGANISATION, PERSON, PLACE), EnumSet.of(EVENT, PROJECT));
        allow("PARTNER_IN", EnumSet.of(ORGANISATION, PLACE), EnumSet.of(PROJECT, PROGRAMME));
        allow("ORGANISED", EnumSet.of(ORGANISATION, PERSON), EnumSet.of(EVENT));
        allow("RUNS", EnumSet.of(ORGANISATION), EnumSet.of(PROJECT, PROGRAMME));
        allow("FUNDED", EnumSet.of(ORGANISATION, PROGRAMME), EnumSet.of(PROJECT, EVENT));
        allow("HELD_IN", EnumSet.of(EVENT), EnumSet.of(PLACE));
        allow("ESTABLISHED", EnumSet.of(ORGANISATION, PLACE), EnumSet.of(ORGANISATION, PROJECT));
        allow("CONTACT_FOR", EnumSet.of(PERSON), EnumSet.of(EVENT, PROJECT, ORGANISATION, AGREEMENT));
        allow("COOPERATES_WITH", EnumSet.of(ORGANISATION, PLACE, PROJECT), EnumSet.of(ORGANISATION, PLACE, PROJECT));
        allow("ACTIVE_IN", EnumSet.of(ORGANISATION, PERSON, PROJECT), EnumSet.of(PLACE));
        allow("OPPORTUNITY_IN", EnumSet.of(ORGANISATION, PROJECT), EnumSet.of(PLACE));
        allow("INTERESTED_IN", EnumSet.of(ORGANISATION, PERSON, PLACE), EnumSet.of(TOPIC));
        allow("ABOUT", EnumSet.of(EVENT, PROJECT, PROGRAMME, AGREEMENT), EnumSet.of(TOPIC));
    }

    /** Kind of place → the extra label it carries (README "The model"). */
    static final Map<String, String> PLACE_KINDS = Map.of("country", "Country", "region", "Region", "area", "Region",
            "macro-region", "Region", "city", "City", "district", "City");

    /** Entity attributes beyond id/name/kind/description/aliases, per type (stored property names). */
    public static final Map<EntityType, Set<String>> ATTRIBUTES = Map.of(
            AGREEMENT, Set.of("status", "signed", "renewed", "validFrom", "validUntil", "inferred"),
            EVENT, Set.of("date", "from", "until", "venue", "inferred"),
            PROJECT, Set.of("from", "until", "inferred"));

    private Vocabulary() {
    }

    private static void allow(String type, Set<EntityType> from, Set<EntityType> to) {
        RELATIONS.put(type, new Allowed(from, to));
    }

    static EntityType entityType(String value) {
        if (value == null) {
            return null;
        }
        for (EntityType type : EntityType.values()) {
            if (type.label().equalsIgnoreCase(value) || type.name().equalsIgnoreCase(value)) {
                return type;
            }
        }
        return null;
    }

    static String entityTypes() {
        return java.util.Arrays.stream(EntityType.values()).map(EntityType::label).collect(Collectors.joining(", "));
    }

    /** The labels an entity gets besides {@code :Entity}; only ever values from the tables above. */
    public static List<String> labels(EntityType type, String kind) {
        if (type == PLACE && kind != null && PLACE_KINDS.containsKey(kind.toLowerCase(Locale.ROOT))) {
            return List.of(type.label(), PLACE_KINDS.get(kind.toLowerCase(Locale.ROOT)));
        }
        return List.of(type.label());
    }

    static String name(Set<EntityType> types) {
        return types.size() == EntityType.values().length ? "any entity"
                : types.stream().map(EntityType::label).collect(Collectors.joining("/"));
    }
}
