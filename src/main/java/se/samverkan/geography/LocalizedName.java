package se.samverkan.geography;

/** A place's name in one BCP 47 language (GraphQL {@code LocalizedName}). */
record LocalizedName(String language, String name) {
}
