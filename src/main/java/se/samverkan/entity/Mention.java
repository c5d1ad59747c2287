package se.samverkan.entity;

/** A source naming an entity, with the excerpt that names it. */
public record Mention(EntityRecord entity, String sourceId, String excerpt) {
}
