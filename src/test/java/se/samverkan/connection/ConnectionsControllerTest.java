package se.samverkan.connection;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;

/** The controller's contract without a database: argument checks and the shape of the answer. */
@GraphQlTest(ConnectionsController.class)
class ConnectionsControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    ConnectionFinder finder;

    private static EntityRecord entity(String id, EntityType type, String name) {
        return new EntityRecord(id, type, name, null, null, List.of(), List.of(),
                Map.of("id", id, "name", name));
    }

    @Test
    void maxHopsAboveSixIsRefusedBeforeTheDatabaseIsAsked() {
        graphQl.document("{ connections(from: \"a\", to: \"b\", maxHops: 9) { totalPaths } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().equals("maxHops must be between 1 and 6, got 9"))
                .verify();
        verify(finder, never()).find(any());
    }

    @Test
    void firstOutsideOneToHundredIsRefused() {
        graphQl.document("{ connections(from: \"a\", to: \"b\", first: 0) { totalPaths } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("got 0"))
                .verify();
        verify(finder, never()).find(any());
    }

    @Test
    void connectorsAndPathsAreServedWithScoresAndNamesOfTheTime() {
        EntityRecord a = entity("org:a", EntityType.ORGANISATION, "A");
        EntityRecord b = entity("org:b", EntityType.ORGANISATION, "B");
        Step step = new Step(a, "PARTY_TO", b, true, "party",
                new se.samverkan.entity.FactTime("2013-06", null, null, true),
                se.samverkan.entity.Evidence.of(null, "excerpt", true));
        when(finder.find(any())).thenReturn(new Connections(a, b, List.of(new Connector(a, 0.4, 1)),
                List.of(new ConnectionPath(List.of(step))), 1));
        GraphQlTester.Response response = graphQl.document("""
                { connections(from: "A", to: "B") {
                    totalPaths connectors { entity { id } score paths }
                    paths { length score steps { fromName relation toName forward time { precision inferred }
                                                 evidence { excerpt reference } } } } }""").execute();
        response.path("connections.connectors[0].entity.id").entity(String.class).isEqualTo("org:a");
        response.path("connections.paths[0].length").entity(Integer.class).isEqualTo(1);
        // reference evidence weighs 0.5 on a one-hop path
        response.path("connections.paths[0].score").entity(Double.class).isEqualTo(0.5);
        response.path("connections.paths[0].steps[0].time.precision").entity(String.class).isEqualTo("MONTH");
        response.path("connections.paths[0].steps[0].fromName").entity(String.class).isEqualTo("A");
    }

    @Test
    void connectorsFirstKeepsTheBestAndConnectorCountCountsThemAll() {
        EntityRecord a = entity("org:a", EntityType.ORGANISATION, "A");
        EntityRecord b = entity("org:b", EntityType.ORGANISATION, "B");
        EntityRecord c = entity("org:c", EntityType.ORGANISATION, "C");
        when(finder.find(any())).thenReturn(new Connections(a, b, List.of(new Connector(c, 0.9, 3),
                new Connector(a, 0.5, 2), new Connector(b, 0.4, 1)), List.of(), 3));
        GraphQlTester.Response response = graphQl.document("""
                { connections(from: "A", to: "B") { connectorCount
                    best: connectors(first: 2) { entity { id } } all: connectors { entity { id } } } }""").execute();
        response.path("connections.connectorCount").entity(Integer.class).isEqualTo(3);
        response.path("connections.best[*].entity.id").entityList(String.class).containsExactly("org:c", "org:a");
        response.path("connections.all[*].entity.id").entityList(String.class)
                .containsExactly("org:c", "org:a", "org:b");
    }

    @Test
    void connectorsFirstOutsideOneToHundredIsRefused() {
        EntityRecord a = entity("org:a", EntityType.ORGANISATION, "A");
        when(finder.find(any())).thenReturn(new Connections(a, a, List.of(), List.of(), 0));
        graphQl.document("{ connections(from: \"a\", to: \"b\") { connectors(first: 500) { score } } }").execute()
                .errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("got 500"))
                .verify();
    }
}
