package se.samverkan.geography;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row of {@code sources.csv}: one reference dataset. */
record DatasetRow(String id, String publisher, String title, String version, String retrieved, String licence,
        String url) {

    /** The Source node's properties; {@code checksum} marks the shipped files it was loaded from. */
    Map<String, Object> parameters(String checksum) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("props", Map.of("title", title, "publisher", publisher, "version", version, "retrieved", retrieved,
                "licence", licence, "url", url, "kind", "dataset", "checksum", checksum));
        return p;
    }
}
