package se.samverkan.source;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A source document; its id is its file name. */
@Node("Source")
record Source(@Id String id, String title, String publisher, String published, Boolean publishedInferred,
        String language, String kind) {

    Source {
        publishedInferred = Boolean.TRUE.equals(publishedInferred);
    }
}
