package se.samverkan.entity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.samverkan.config.NotFoundException;

/** The {@code entity} query and the relationship fields every entity type has. */
@Controller
class EntityController {

    private final EntityQueries queries;

    EntityController(EntityQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    EntityRecord entity(@Argument String id) {
        return queries.findById(id).orElseThrow(() -> new NotFoundException("No entity with id '" + id + "'"));
    }

    @SchemaMapping(typeName = "Entity")
    Page<Relation> relations(EntityRecord entity, @Argument Integer first, @Argument String after,
            @Argument List<String> types, @Argument String direction, @Argument Integer fromYear,
            @Argument Integer toYear) {
        return queries.relations(entity.id(), types, direction, fromYear, toYear, Page.checkFirst(first, 20), after);
    }

    @SchemaMapping(typeName = "Entity")
    String nameAt(EntityRecord entity, @Argument String date) {
        return entity.nameAt(PartialDates.requireValid(date, "date"));
    }

    @BatchMapping(typeName = "Entity")
    Map<EntityRecord, List<Mention>> mentions(List<EntityRecord> entities) {
        Map<String, List<Mention>> byId = queries.mentions(ids(entities));
        return entities.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), e -> byId.getOrDefault(e.id(), List.of())));
    }

    @BatchMapping(typeName = "Organisation", field = "locatedIn")
    Map<EntityRecord, List<EntityRecord>> organisationLocatedIn(List<EntityRecord> entities) {
        return locatedIn(entities);
    }

    @BatchMapping(typeName = "Place", field = "locatedIn")
    Map<EntityRecord, List<EntityRecord>> placeLocatedIn(List<EntityRecord> entities) {
        return locatedIn(entities);
    }

    private Map<EntityRecord, List<EntityRecord>> locatedIn(List<EntityRecord> entities) {
        Map<String, List<EntityRecord>> byId = queries.locatedIn(ids(entities));
        return entities.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), e -> byId.getOrDefault(e.id(), List.of())));
    }

    private static List<String> ids(List<EntityRecord> entities) {
        return entities.stream().map(EntityRecord::id).distinct().toList();
    }
}
