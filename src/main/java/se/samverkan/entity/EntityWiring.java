package se.samverkan.entity;

import java.util.List;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import se.samverkan.entity.Page;

/**
 * Maps the {@code Entity} interface onto its concrete GraphQL types and serves every plain field of
 * an entity from {@link EntityRecord}, so one record class backs all eight types. Every {@code *Connection}
 * type resolves {@code totalCount} lazily from {@link Page} (unless a controller maps it itself).
 */
@Component
class EntityWiring implements RuntimeWiringConfigurer {

    /**
     * A light fetcher (graphql-java builds no environment for it) and, being trivial, neither wrapped by
     * Spring for context propagation nor observed: it only reads the record. A search of 20 answers 80
     * such fields, an entity with a page of 20 relations 65.
     */
    private static final LightDataFetcher<Object> ENTITY_FIELD = new LightDataFetcher<>() {
        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) {
            return source instanceof EntityRecord e ? e.field(field.getName()) : null;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
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
    }

    /** Every generated connection type's {@code totalCount}, so that a new listing cannot forget it. */
    @Override
    public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new WiringFactory() {
            @Override
            public boolean providesDataFetcher(FieldWiringEnvironment env) {
                return env.getParentType().getName().endsWith("Connection")
                        && env.getFieldDefinition().getName().equals("totalCount");
            }

            @Override
            public DataFetcher<?> getDataFetcher(FieldWiringEnvironment env) {
                return TOTAL_COUNT;
            }
        });
    }
}
