package se.samverkan.connection;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.samverkan.entity.EntityType;
import se.samverkan.entity.Evidence;
import se.samverkan.entity.FactTime;
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

    @SchemaMapping(typeName = "Connections")
    List<Carrier> carriers(Connections connections, @Argument List<EntityType> types, @Argument List<Side> sides,
            @Argument Integer first) {
        List<Carrier> kept = connections.grouped().carriers().stream()
                .filter(c -> types == null || types.contains(c.entity().type()))
                .filter(c -> sides == null || sides.contains(c.side()))
                .toList();
        return first == null ? kept : kept.stream().limit(Page.checkFirst(first, first)).toList();
    }

    @SchemaMapping(typeName = "Connections")
    int carrierCount(Connections connections, @Argument List<EntityType> types, @Argument List<Side> sides) {
        return carriers(connections, types, sides, null).size();
    }

    @SchemaMapping(typeName = "Connections")
    List<Tie> ties(Connections connections, @Argument List<EntityType> types, @Argument Integer first) {
        List<Tie> kept = connections.grouped().ties().stream()
                .filter(t -> types == null || types.contains(t.entity().type()))
                .toList();
        return first == null ? kept : kept.stream().limit(Page.checkFirst(first, first)).toList();
    }

    @SchemaMapping(typeName = "Carriage")
    String relation(Carriage carriage) {
        return carriage.fact().relation();
    }

    /** True when the stored fact points from the carrier to the entity it carries the link through. */
    @SchemaMapping(typeName = "Carriage")
    boolean outgoing(Carriage carriage) {
        return carriage.fact().forward() == carriage.fact().to().id().equals(carriage.entity().id());
    }

    @SchemaMapping(typeName = "Carriage")
    String role(Carriage carriage) {
        return carriage.fact().role();
    }

    @SchemaMapping(typeName = "Carriage")
    FactTime time(Carriage carriage) {
        return carriage.fact().time();
    }

    @SchemaMapping(typeName = "Carriage")
    Evidence evidence(Carriage carriage) {
        return carriage.fact().evidence();
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
