package se.samverkan.entity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.samverkan.shared.NotFoundException;

/** The {@code entity} query and the relationship fields every entity type has. */
@Controller
class EntityController {

    private final EntityQueries queries;

    EntityController(EntityQueries queries) {
        this.queries = queries;
    }

    /**
     * When the client asks for one page of the entity's relations (the usual question), the entity, that
     * page and its sources are read in one query; the page waits in the request's context for
     * {@link #relations}. Every further query of a request costs a transaction's round trips.
     */
    @QueryMapping
    EntityRecord entity(@Argument String id, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
        List<SelectedField> asked = selection.getImmediateFields().stream()
                .filter(f -> f.getName().equals("relations")).toList();
        if (!asked.isEmpty() && asked.stream().map(SelectedField::getArguments).distinct().count() == 1) {
            EntityQueries.RelationQuery query = relationQuery(asked.get(0).getArguments());
            EntityQueries.WithRelations found = queries.findWithRelations(id, query)
                    .orElseThrow(() -> notFound(id));
            context.put(new Prefetched(id, query), found.relations());
            return found.entity();
        }
        return queries.findById(id).orElseThrow(() -> notFound(id));
    }

    @SchemaMapping(typeName = "Entity")
    Page<Relation> relations(EntityRecord entity, DataFetchingEnvironment env) {
        EntityQueries.RelationQuery query = relationQuery(env.getArguments());
        Page<Relation> prefetched = env.getGraphQlContext().get(new Prefetched(entity.id(), query));
        return prefetched != null ? prefetched : queries.relations(entity.id(), query);
    }

    /** The key of a page of relations read ahead by {@link #entity}. */
    private record Prefetched(String entityId, EntityQueries.RelationQuery query) {
    }

    @SuppressWarnings("unchecked")
    private static EntityQueries.RelationQuery relationQuery(Map<String, Object> arguments) {
        return new EntityQueries.RelationQuery((List<String>) arguments.get("types"),
                (String) arguments.get("direction"), (Integer) arguments.get("fromYear"),
                (Integer) arguments.get("toYear"), Page.checkFirst((Integer) arguments.get("first"), 20),
                (String) arguments.get("after"));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No entity with id '" + id + "'");
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
