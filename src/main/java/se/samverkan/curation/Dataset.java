package se.samverkan.curation;

import java.util.List;
import java.util.Map;

/**
 * A validated import, as Cypher parameter rows, in the order they are written: sources, entities,
 * names, mentions, then facts (with a source) and reference facts (without).
 */
public record Dataset(List<Map<String, Object>> sources, List<Map<String, Object>> entities,
        List<Map<String, Object>> names, List<Map<String, Object>> mentions, List<Map<String, Object>> facts,
        List<Map<String, Object>> referenceFacts) {

    public int size() {
        return sources.size() + entities.size() + names.size() + mentions.size() + facts.size() + referenceFacts.size();
    }
}
