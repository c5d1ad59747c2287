package se.samverkan.entity;

import org.springframework.stereotype.Component;

import se.samverkan.shared.WarmUp;

/** Plans the entity page's query texts (the entity, its relations, both in one) at start-up. */
@Component
class EntityWarmUp implements WarmUp {

    private static final String NONE = "warmup:none";

    private final EntityQueries entities;

    EntityWarmUp(EntityQueries entities) {
        this.entities = entities;
    }

    @Override
    public String name() {
        return "entity";
    }

    @Override
    public void warmUp() {
        EntityQueries.RelationQuery any = new EntityQueries.RelationQuery(null, "BOTH", null, null, 1, null);
        entities.findById(NONE);
        entities.relations(NONE, any);
        entities.findWithRelations(NONE, any);
    }
}
