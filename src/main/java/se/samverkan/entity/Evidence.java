package se.samverkan.entity;

import java.util.Map;

/**
 * Why a fact is believed. {@code sourceId} is null for geography reference data. {@code source} holds the
 * source node's properties when the query that read the fact fetched them too, so the GraphQL field
 * {@code source} costs no further query; otherwise it is resolved from {@code sourceId} in one batch per request.
 * A dataset's fact also says which of its rows state it, the version that last did and, once a newer version
 * stops stating it, that version ({@code noLongerStated}; the fact is then no longer current).
 */
public record Evidence(String sourceId, String excerpt, boolean reference, Map<String, Object> source, String row,
        String statedIn, String noLongerStated) {

    /**
     * Leaves {@code source} out: evidence is a batch-loading key hashed several times per field, and hashing the
     * source's property map showed in the profile. Equal records still hash equally.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(sourceId, excerpt, reference);
    }

    public static Evidence of(Object sourceId, Object excerpt, Object reference) {
        return of(sourceId, excerpt, reference, null);
    }

    @SuppressWarnings("unchecked")
    public static Evidence of(Object sourceId, Object excerpt, Object reference, Object source) {
        return new Evidence((String) sourceId, (String) excerpt, Boolean.TRUE.equals(reference) || sourceId == null,
                source instanceof Map<?, ?> m && !m.isEmpty() ? (Map<String, Object>) m : null, null, null, null);
    }

    /** The evidence of a stored fact, from its properties. */
    public static Evidence ofFact(Map<String, Object> props, Object source) {
        Evidence e = of(props.get("source"), props.get("excerpt"), props.get("reference"), source);
        return new Evidence(e.sourceId(), e.excerpt(), e.reference(), e.source(), text(props.get("row")),
                text(props.get("statedIn")), text(props.get("noLongerStated")));
    }

    /** A row reference or a version as text, however it was stored (a curator's Cypher may store 7, not "7"). */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
