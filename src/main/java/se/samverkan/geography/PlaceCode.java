package se.samverkan.geography;

/** A place's code in one system (GraphQL {@code PlaceCode}). */
record PlaceCode(String system, String value) {
}
