package se.samverkan.curation;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import se.samverkan.entity.EntityType;

/** What validation needs to know about the store: which of the named entities and sources exist. */
public interface Lookup {

    Map<String, EntityType> entityTypes(Collection<String> ids);

    Set<String> existingSources(Collection<String> ids);

    Lookup EMPTY = new Lookup() {
        @Override
        public Map<String, EntityType> entityTypes(Collection<String> ids) {
            return Map.of();
        }

        @Override
        public Set<String> existingSources(Collection<String> ids) {
            return Set.of();
        }
    };
}
