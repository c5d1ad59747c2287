package se.samverkan.geography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkan.search.TextQuery;

/**
 * A row of {@code places.csv}. {@code names} are keyed by language; {@code codes} by node property ({@code
 * iso3166_1}, {@code iso3166_2}, {@code nuts}, {@code scb}).
 */
record PlaceRow(String id, String level, String kind, String name, Map<String, String> names, List<String> aliases,
        Map<String, String> codes, Double latitude, Double longitude, String point, List<String> sources) {

    /** How the place is named in an excerpt: its name and codes. */
    String label() {
        String codeList = String.join(" ", codes.values());
        return codeList.isEmpty() ? name : name + " (" + codeList + ")";
    }

    /** The vocabulary's kind of place (curation's place kinds), which decides the label beside {@code Place}. */
    private String vocabularyKind() {
        return switch (level) {
            case "country" -> "country";
            case "city" -> "city";
            default -> "region";
        };
    }

    private String typeLabel() {
        return switch (level) {
            case "country" -> "Country";
            case "city" -> "City";
            default -> "Region";
        };
    }

    /**
     * Names in other languages and codes that are not already the name or an alias: searchable, but ranked below
     * a name or alias, so that "Tartu" (German for Tartu County) still means the city.
     */
    List<String> otherNames() {
        Set<String> taken = new LinkedHashSet<>();
        taken.add(TextQuery.fold(name));
        aliases.forEach(a -> taken.add(TextQuery.fold(a)));
        List<String> other = new ArrayList<>();
        for (String value : concat(names.values(), codes.values())) {
            if (taken.add(TextQuery.fold(value))) {
                other.add(value);
            }
        }
        return other;
    }

    private static List<String> concat(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    Map<String, Object> parameters() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", name);
        props.put("level", level);
        props.put("kind", vocabularyKind());
        for (String language : PlaceProperties.LANGUAGES) {
            props.put("name_" + language, names.get(language));
        }
        for (PlaceCode code : PlaceProperties.CODE_PROPERTIES) {
            props.put(code.value(), codes.get(code.value()));
        }
        props.put("latitude", latitude);
        props.put("longitude", longitude);
        props.put("point", point);
        props.put("otherNames", otherNames());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("labels", List.of("Place", typeLabel()));
        p.put("props", props);
        p.put("aliases", aliases);
        p.put("sources", sources);
        p.put("excerpt", excerpt());
        return p;
    }

    /** What the datasets say about the place, rendered from its row. */
    String excerpt() {
        StringBuilder s = new StringBuilder(label()).append(": ").append(kind == null || kind.isEmpty() ? level : kind);
        if (latitude != null && longitude != null) {
            s.append(", ").append(latitude).append(' ').append(longitude);
        }
        return s.toString();
    }
}
