package se.samverkan.source;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.samverkan.shared.NotFoundException;
import se.samverkan.entity.EntityQueries;
import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.Evidence;
import se.samverkan.entity.Mention;
import se.samverkan.entity.Page;

@Controller
class SourceController {

    private final SourceRepository sources;
    private final EntityQueries entities;

    private final ReferenceSources referenceSources;

    SourceController(SourceRepository sources, EntityQueries entities, ReferenceSources referenceSources) {
        this.sources = sources;
        this.entities = entities;
        this.referenceSources = referenceSources;
    }

    /** The datasets of every place of a response, in one query. */
    @BatchMapping(typeName = "Place", field = "referenceSources")
    Map<EntityRecord, List<Source>> referenceSources(List<EntityRecord> places) {
        Map<String, List<Source>> byPlace = referenceSources.of(places.stream().map(EntityRecord::id).distinct().toList());
        Map<EntityRecord, List<Source>> result = new java.util.HashMap<>();
        places.forEach(p -> result.put(p, byPlace.getOrDefault(p.id(), List.of())));
        return result;
    }

    @QueryMapping
    Source source(@Argument String id) {
        return sources.findById(id).orElseThrow(() -> new NotFoundException("No source with id '" + id + "'"));
    }

    @QueryMapping
    List<Source> sources() {
        return sources.findAllByOrderByIdAsc();
    }

    @SchemaMapping(typeName = "Source")
    Page<Mention> mentions(Source source, @Argument Integer first, @Argument String after) {
        return entities.mentionsOfSource(source.id(), Page.checkFirst(first, 20), after);
    }

    /**
     * Every evidence of a response resolves its source in one query, unless the query that read the fact
     * brought the source along (then none at all).
     */
    @BatchMapping(typeName = "Evidence")
    Map<Evidence, Source> source(List<Evidence> evidence) {
        Map<String, Source> byId = new java.util.HashMap<>();
        evidence.stream().filter(e -> e.source() != null)
                .forEach(e -> byId.putIfAbsent(e.sourceId(), Source.from(e.source())));
        List<String> missing = evidence.stream().map(Evidence::sourceId)
                .filter(id -> id != null && !byId.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            sources.findAllById(missing).forEach(s -> byId.put(s.id(), s));
        }
        return evidence.stream().distinct().filter(e -> e.sourceId() != null && byId.containsKey(e.sourceId()))
                .collect(Collectors.toMap(Function.identity(), e -> byId.get(e.sourceId())));
    }

    @BatchMapping(typeName = "Mention", field = "source")
    Map<Mention, Source> mentionSource(List<Mention> mentions) {
        Map<String, Source> byId = sources.findAllById(mentions.stream().map(Mention::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));
        return mentions.stream().distinct().filter(m -> byId.containsKey(m.sourceId()))
                .collect(Collectors.toMap(Function.identity(), m -> byId.get(m.sourceId())));
    }
}
