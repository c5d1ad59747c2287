package se.samverkan.connection;

import java.util.List;

import se.samverkan.entity.EntityRecord;

/** An agreement, project, programme or event a link runs through, with the carriers that take part in it. */
record Tie(EntityRecord entity, double score, Integer firstYear, Integer lastYear, int sources, int paths,
        List<EntityRecord> carriers) {
}
