package se.samverkan.geography;

import java.util.Map;

/** A row of {@code containment.csv}: {@code inner} lies directly in {@code outer}, as dataset {@code source} says. */
record ContainmentRow(String inner, String outer, String source) {

    Map<String, Object> parameters(Map<String, PlaceRow> places) {
        return Map.of("inner", inner, "outer", outer, "source", source,
                "excerpt", label(places, inner) + " lies in " + label(places, outer));
    }

    private static String label(Map<String, PlaceRow> places, String id) {
        PlaceRow place = places.get(id);
        return place == null ? id : place.label();
    }
}
