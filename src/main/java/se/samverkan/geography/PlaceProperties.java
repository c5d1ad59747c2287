package se.samverkan.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The node properties the loader writes on a reference place and how the GraphQL fields read them back: one
 * property per code system and per language, so each is a plain value Neo4j indexes.
 */
final class PlaceProperties {

    private PlaceProperties() {
    }

    /** Code system (as GraphQL names it) and the node property holding it, in display order. */
    static final List<PlaceCode> CODE_PROPERTIES = List.of(
            new PlaceCode("ISO3166-1", "iso3166_1"), new PlaceCode("ISO3166-2", "iso3166_2"),
            new PlaceCode("NUTS", "nuts"), new PlaceCode("SCB", "scb"));

    /** Languages of the data, in display order; the property is {@code name_<language>}. */
    static final List<String> LANGUAGES = List.of("sv", "en", "zh", "et", "fi", "de", "ko");

    static List<PlaceCode> codes(Map<String, Object> attributes) {
        List<PlaceCode> codes = new ArrayList<>();
        for (PlaceCode code : CODE_PROPERTIES) {
            if (attributes.get(code.value()) instanceof String value && !value.isEmpty()) {
                codes.add(new PlaceCode(code.system(), value));
            }
        }
        return codes;
    }

    static List<LocalizedName> localNames(Map<String, Object> attributes) {
        List<LocalizedName> names = new ArrayList<>();
        for (String language : LANGUAGES) {
            if (attributes.get("name_" + language) instanceof String name && !name.isEmpty()) {
                names.add(new LocalizedName(language, name));
            }
        }
        return names;
    }
}
