package se.samverkan.connection;

import se.samverkan.entity.EntityRecord;

record Connector(EntityRecord entity, double score, int paths) {
}
