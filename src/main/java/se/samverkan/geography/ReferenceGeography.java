package se.samverkan.geography;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What other rooms need to know of the reference geography: which sources are datasets and which place properties
 * the loader writes from the shipped files (an export leaves them out: every store loads them itself).
 */
public final class ReferenceGeography {

    private ReferenceGeography() {
    }

    /** The {@code kind} of a reference dataset's {@code Source}. */
    public static final String DATASET_KIND = "dataset";

    /** Properties of a place that come from the shipped files only. */
    public static final Set<String> PLACE_PROPERTIES;

    static {
        Set<String> properties = new LinkedHashSet<>(Set.of("level", "latitude", "longitude", "point", "otherNames"));
        PlaceProperties.CODE_PROPERTIES.forEach(c -> properties.add(c.value()));
        PlaceProperties.LANGUAGES.forEach(l -> properties.add("name_" + l));
        PLACE_PROPERTIES = Set.copyOf(properties);
    }
}
