package se.samverkan.resolution;

import java.util.List;

import se.samverkan.entity.EntityType;

/**
 * An entity as a dataset names it, before anyone knows whether it is already stored. {@code key} is the dataset's
 * stable identity for it (the same row names the same key in every version of the file), {@code ownId} the id it
 * gets when it is new, {@code placeId} where the dataset locates it (null if nowhere) and {@code codes} any
 * identifiers it carries (NUTS, SCB, ISO).
 */
public record Incoming(String key, String ownId, EntityType type, String name, List<String> codes, String placeId,
        String sourceId) {

    public Incoming {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
