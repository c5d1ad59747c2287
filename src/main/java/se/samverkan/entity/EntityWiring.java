package se.samverkan.entity;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import se.samverkan.entity.Page;

/**
 * Maps the {@code Entity} interface onto its concrete GraphQL types and serves every plain field of
 * an entity from {@link EntityRecord}, so one record class backs all eight types. Connection types
 * resolve {@code totalCount} lazily from {@link Page}.
 */
@Component
class EntityWiring implements RuntimeWiringConfigurer {

    private static final DataFetcher<Object> ENTITY_FIELD = env -> {
        Object source = env.getSource();
        return source instanceof EntityRecord e ? e.field(env.getField().getName()) : null;
    };

    private static final DataFetcher<Object> TOTAL_COUNT = env -> ((Page<?>) env.getSource()).totalCount().get();

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Entity", type -> type.typeResolver(env -> {
            EntityRecord entity = env.getObject();
            GraphQLObjectType object = env.getSchema().getObjectType(entity.type().label());
            return object;
        }));
        for (EntityType type : EntityType.values()) {
            builder.type(type.label(), wiring -> wiring.defaultDataFetcher(ENTITY_FIELD));
        }
        for (String connection : new String[] {"RelationConnection", "MentionConnection", "OrganisationConnection",
                "PersonConnection", "PlaceConnection", "ProjectConnection", "ProgrammeConnection",
                "AgreementConnection", "EventConnection"}) {
            builder.type(connection, wiring -> wiring.dataFetcher("totalCount", TOTAL_COUNT));
        }
    }
}
