package se.samverkan.entity;

import java.util.Collection;

/** The kinds of entity; each is a Neo4j label beside {@code :Entity} and a GraphQL object type. */
public enum EntityType {
    ORGANISATION("Organisation"),
    PERSON("Person"),
    PLACE("Place"),
    PROJECT("Project"),
    PROGRAMME("Programme"),
    AGREEMENT("Agreement"),
    EVENT("Event"),
    TOPIC("Topic");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The Neo4j label, which is also the GraphQL type name. */
    public String label() {
        return label;
    }

    public static EntityType fromLabels(Collection<?> labels) {
        for (EntityType type : values()) {
            if (labels.contains(type.label)) {
                return type;
            }
        }
        throw new IllegalStateException("Node without an entity type label: " + labels);
    }

    /** Types that can carry a link between two places: everything but places and topics. */
    public boolean isConnector() {
        return this != PLACE && this != TOPIC;
    }
}
