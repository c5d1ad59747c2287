package se.samverkan.entity;

/**
 * Why a fact is believed. {@code sourceId} is null for geography reference data; the GraphQL field
 * {@code source} is resolved from it in one batch per request.
 */
public record Evidence(String sourceId, String excerpt, boolean reference) {

    public static Evidence of(Object sourceId, Object excerpt, Object reference) {
        return new Evidence((String) sourceId, (String) excerpt, Boolean.TRUE.equals(reference) || sourceId == null);
    }
}
