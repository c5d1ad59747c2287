package se.samverkan.curation;

import java.util.List;

import se.samverkan.entity.EntityType;

/** The GraphQL input types of curation.graphqls. */
final class Inputs {

    private Inputs() {
    }

    record SourceInput(String id, String title, String publisher, String url, String published,
            Boolean publishedInferred, String language, String kind) {

        /** Only an id: a reference to a stored source rather than a source to write. */
        boolean isReference() {
            return title == null && publisher == null && url == null && published == null && publishedInferred == null
                    && language == null && kind == null;
        }
    }

    record EntityInput(String id, EntityType type, String name, String kind, String description, List<String> aliases,
            String status, String signed, String renewed, String validFrom, String validUntil, String date,
            String from, String until, String venue, Boolean inferred, SourceInput source, String excerpt) {
    }

    record NameInput(String entity, String name, String from, String until, SourceInput source, String excerpt) {
    }

    record FactTimeInput(String date, String from, String until, Boolean inferred) {
    }

    record FactInput(String from, String type, String to, String role, String title, String status,
            FactTimeInput time, SourceInput source, String excerpt) {
    }

    record RetractInput(String from, String type, String to, String source, String reason, String by) {
    }
}
