package se.samverkan.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An entity as read from the graph, whatever its type. Type-specific GraphQL fields (an agreement's
 * {@code status}, an event's {@code venue}) are served from {@code attributes} by {@link EntityWiring}.
 */
public record EntityRecord(String id, EntityType type, String name, String kind, String description,
        List<String> aliases, List<NameRecord> names, Map<String, Object> attributes) {

    /**
     * Cypher map projection every query uses to read an entity, so that {@link #from(Map)} can map it.
     * A constant fragment, never built from input.
     */
    public static final String PROJECTION = """
            {.*, labels: labels(%1$s), names: [(%1$s)-[h:HAS_NAME]->(nm:Name) |
              {name: nm.value, from: h.from, until: h.until, source: h.source, excerpt: h.excerpt}]}""";

    public static String projection(String variable) {
        return variable + PROJECTION.formatted(variable);
    }

    @SuppressWarnings("unchecked")
    public static EntityRecord from(Map<String, Object> map) {
        List<NameRecord> names = ((List<Map<String, Object>>) map.getOrDefault("names", List.of())).stream()
                .map(n -> new NameRecord((String) n.get("name"), (String) n.get("from"), (String) n.get("until"),
                        Evidence.of(n.get("source"), n.get("excerpt"), null)))
                .sorted(Comparator.comparing(n -> n.from() == null ? "" : n.from()))
                .toList();
        return new EntityRecord((String) map.get("id"),
                EntityType.fromLabels((List<?>) map.get("labels")),
                (String) map.get("name"),
                (String) map.get("kind"),
                (String) map.get("description"),
                (List<String>) map.getOrDefault("aliases", List.of()),
                names,
                map);
    }

    /** The name the entity had at {@code date}; the current name where the history says nothing. */
    public String nameAt(String date) {
        if (date != null) {
            for (NameRecord n : names) {
                if (n.covers(date)) {
                    return n.name();
                }
            }
        }
        return name;
    }

    /**
     * A reference place's names in other languages and its codes (Estland, SE312): searchable, but ranked below
     * names and aliases.
     */
    public List<String> otherNames() {
        return attributes.get("otherNames") instanceof List<?> other ? other.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** Value of a GraphQL field: a record component where there is one, else a stored attribute. */
    Object field(String field) {
        return switch (field) {
            case "id" -> id;
            case "type" -> type;
            case "name" -> name;
            case "kind" -> kind;
            case "description" -> description;
            case "aliases" -> aliases;
            case "names" -> names;
            default -> attributes.get(field);
        };
    }
}
