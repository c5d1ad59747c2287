package se.samverkan.entity;

/** A fact seen from one entity. */
public record Relation(String id, String type, String direction, EntityRecord other, String role, String title,
        String status, FactTime time, Evidence evidence) {
}
