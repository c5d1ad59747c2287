package se.samverkan.connection;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.samverkan.entity.Page;

@Controller
class ConnectionsController {

    private final ConnectionFinder finder;

    ConnectionsController(ConnectionFinder finder) {
        this.finder = finder;
    }

    @QueryMapping
    Connections connections(@Argument String from, @Argument String to, @Argument Integer maxHops,
            @Argument Integer first, @Argument List<String> relationTypes, @Argument Integer fromYear,
            @Argument Integer toYear) {
        return finder.find(new ConnectionQuery(from, to, maxHops == null ? 4 : maxHops, first == null ? 10 : first,
                relationTypes, fromYear, toYear));
    }

    @SchemaMapping(typeName = "Connections")
    List<Connector> connectors(Connections connections, @Argument Integer first) {
        return first == null ? connections.connectors()
                : connections.connectors().stream().limit(Page.checkFirst(first, first)).toList();
    }

    @SchemaMapping(typeName = "Connections")
    int connectorCount(Connections connections) {
        return connections.connectors().size();
    }

    @SchemaMapping(typeName = "Path")
    int length(ConnectionPath path) {
        return path.length();
    }

    @SchemaMapping(typeName = "Path")
    double score(ConnectionPath path) {
        return Math.round(path.score() * 1000) / 1000.0;
    }

    @SchemaMapping(typeName = "Step")
    String fromName(Step step) {
        return step.fromName();
    }

    @SchemaMapping(typeName = "Step")
    String toName(Step step) {
        return step.toName();
    }
}
