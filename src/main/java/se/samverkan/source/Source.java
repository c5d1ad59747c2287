package se.samverkan.source;

import java.util.Map;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A source document (its id is its file name) or a reference dataset (kind {@code dataset}, id {@code dataset:…},
 * with its version, retrieval date, licence and URL).
 */
@Node("Source")
record Source(@Id String id, String title, String publisher, String published, Boolean publishedInferred,
        String language, String kind, String version, String retrieved, String licence, String url) {

    Source {
        publishedInferred = Boolean.TRUE.equals(publishedInferred);
    }

    /** From a source node's properties, as a query that fetched them along with a fact returns them. */
    static Source from(Map<String, Object> p) {
        return new Source((String) p.get("id"), (String) p.get("title"), (String) p.get("publisher"),
                (String) p.get("published"), (Boolean) p.get("publishedInferred"), (String) p.get("language"),
                (String) p.get("kind"), (String) p.get("version"), (String) p.get("retrieved"),
                (String) p.get("licence"), (String) p.get("url"));
    }
}
