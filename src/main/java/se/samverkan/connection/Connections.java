package se.samverkan.connection;

import java.util.List;

import se.samverkan.entity.EntityRecord;

record Connections(EntityRecord from, EntityRecord to, List<Connector> connectors, List<ConnectionPath> paths,
        int totalPaths, Grouped grouped) {

    Connections(EntityRecord from, EntityRecord to, List<Connector> connectors, List<ConnectionPath> paths,
            int totalPaths) {
        this(from, to, connectors, paths, totalPaths, Grouped.NONE);
    }
}
