package se.samverkan.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The entity controller's contract without a database: which queries it asks, its argument checks and errors. */
@GraphQlTest(EntityController.class)
class EntityControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    GraphQlSource graphQlSource;

    @MockitoBean
    EntityQueries queries;

    static EntityRecord organisation(String id, String name) {
        return new EntityRecord(id, EntityType.ORGANISATION, name, "company", null, List.of(), List.of(),
                Map.of("id", id, "name", name));
    }

    static Relation partyTo(String id, EntityRecord other) {
        return new Relation(id, "PARTY_TO", "OUTGOING", other, "party", null, null,
                new FactTime("2013-06", null, null, false), Evidence.of("press.txt", "They signed.", false));
    }

    static Page<Relation> page(List<Relation> relations, boolean more, AtomicInteger counted) {
        List<Relation> rows = more ? new java.util.ArrayList<>(relations) : relations;
        if (more) {
            rows.add(relations.get(relations.size() - 1));
        }
        return Page.of(rows, relations.size(), false, Relation::id, () -> {
            counted.incrementAndGet();
            return 42;
        });
    }

    @Test
    void anUnknownIdIsNotFoundNamingTheId() {
        when(queries.findById("org:atlantis")).thenReturn(Optional.empty());
        graphQl.document("{ entity(id: \"org:atlantis\") { id } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND
                        && e.getMessage().equals("No entity with id 'org:atlantis'"))
                .verify();
    }

    @Test
    void anEntityWithOnePageOfRelationsIsReadInOneQuery() {
        EntityRecord acme = organisation("org:acme", "Acme");
        AtomicInteger counted = new AtomicInteger();
        when(queries.findWithRelations(eq("org:acme"), any())).thenReturn(Optional.of(
                new EntityQueries.WithRelations(acme, page(List.of(partyTo("r1", organisation("org:b", "B"))), false,
                        counted))));
        graphQl.document("{ entity(id: \"org:acme\") { name relations(first: 5, types: [\"PARTY_TO\"]) "
                + "{ edges { node { other { id } } } } } }").execute()
                .path("entity.relations.edges[0].node.other.id").entity(String.class).isEqualTo("org:b");
        ArgumentCaptor<EntityQueries.RelationQuery> asked = ArgumentCaptor.forClass(EntityQueries.RelationQuery.class);
        verify(queries).findWithRelations(eq("org:acme"), asked.capture());
        assertThat(asked.getValue()).isEqualTo(
                new EntityQueries.RelationQuery(List.of("PARTY_TO"), "BOTH", null, null, 5, null));
        verify(queries, never()).findById(anyString());
        verify(queries, never()).relations(anyString(), any());
    }

    @Test
    void twoDifferentPagesOfRelationsAreReadOnePerAlias() {
        EntityRecord acme = organisation("org:acme", "Acme");
        AtomicInteger counted = new AtomicInteger();
        when(queries.findById("org:acme")).thenReturn(Optional.of(acme));
        when(queries.relations(eq("org:acme"), any())).thenReturn(page(List.of(), false, counted));
        graphQl.document("{ entity(id: \"org:acme\") { out: relations(direction: OUTGOING) { totalCount } "
                + "in: relations(direction: INCOMING) { totalCount } } }").execute()
                .path("entity.out.totalCount").entity(Integer.class).isEqualTo(42);
        verify(queries, times(2)).relations(eq("org:acme"), any());
        verify(queries, never()).findWithRelations(anyString(), any());
    }

    @Test
    void aPageOfRelationsHasTheRelayShapeWithKeysetCursors() {
        EntityRecord acme = organisation("org:acme", "Acme");
        AtomicInteger counted = new AtomicInteger();
        when(queries.findWithRelations(eq("org:acme"), any())).thenReturn(Optional.of(new EntityQueries.WithRelations(
                acme, page(List.of(partyTo("r1", organisation("org:b", "B")),
                        partyTo("r2", organisation("org:c", "C"))), true, counted))));
        graphQl.document("""
                { entity(id: "org:acme") { relations(first: 2) {
                    edges { cursor node { id type direction role time { date precision inferred } evidence { excerpt reference } } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }""").execute()
                .path("entity.relations").matchesJsonStrictly("""
                        { "edges": [
                            { "cursor": "r1", "node": { "id": "r1", "type": "PARTY_TO", "direction": "OUTGOING",
                              "role": "party", "time": { "date": "2013-06", "precision": "MONTH", "inferred": false },
                              "evidence": { "excerpt": "They signed.", "reference": false } } },
                            { "cursor": "r2", "node": { "id": "r2", "type": "PARTY_TO", "direction": "OUTGOING",
                              "role": "party", "time": { "date": "2013-06", "precision": "MONTH", "inferred": false },
                              "evidence": { "excerpt": "They signed.", "reference": false } } } ],
                          "pageInfo": { "hasNextPage": true, "hasPreviousPage": false,
                                        "startCursor": "r1", "endCursor": "r2" } }""");
    }

    @Test
    void theTotalCountIsOnlyCountedWhenAskedFor() {
        EntityRecord acme = organisation("org:acme", "Acme");
        AtomicInteger counted = new AtomicInteger();
        when(queries.findWithRelations(eq("org:acme"), any())).thenReturn(Optional.of(
                new EntityQueries.WithRelations(acme, page(List.of(), false, counted))));
        graphQl.document("{ entity(id: \"org:acme\") { relations { pageInfo { hasNextPage } } } }").execute()
                .path("entity.relations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        assertThat(counted).hasValue(0);
        graphQl.document("{ entity(id: \"org:acme\") { relations { totalCount } } }").execute()
                .path("entity.relations.totalCount").entity(Integer.class).isEqualTo(42);
        assertThat(counted).hasValue(1);
    }

    @Test
    void aPageLargerThanAHundredIsABadRequestBeforeTheDatabaseIsAsked() {
        graphQl.document("{ entity(id: \"org:acme\") { relations(first: 101) { totalCount } } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
                        && e.getMessage().equals("first must be between 1 and 100, got 101"))
                .verify();
        verifyNoInteractions(queries);
    }

    @Test
    void yearsTheWrongWayRoundAreABadRequestBeforeTheDatabaseIsAsked() {
        graphQl.document("{ entity(id: \"org:acme\") { relations(fromYear: 2020, toYear: 2010) { totalCount } } }")
                .execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("2020"))
                .verify();
        verifyNoInteractions(queries);
    }

    @Test
    void aMalformedDateForNameAtIsABadRequestNamingTheDate() {
        when(queries.findById("org:acme")).thenReturn(Optional.of(organisation("org:acme", "Acme")));
        graphQl.document("{ entity(id: \"org:acme\") { nameAt(date: \"2013-02-30\") } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("2013-02-30"))
                .verify();
    }

    @Test
    void theMentionsOfEveryEntityInAResponseAreReadInOneBatch() {
        EntityRecord acme = organisation("org:acme", "Acme");
        EntityRecord b = organisation("org:b", "B");
        EntityRecord c = organisation("org:c", "C");
        AtomicInteger counted = new AtomicInteger();
        when(queries.findWithRelations(eq("org:acme"), any())).thenReturn(Optional.of(new EntityQueries.WithRelations(
                acme, page(List.of(partyTo("r1", b), partyTo("r2", c), partyTo("r3", b)), false, counted))));
        when(queries.mentions(any())).thenReturn(Map.of("org:b", List.of(new Mention(b, "press.txt", "B signs."))));
        graphQl.document("{ entity(id: \"org:acme\") { relations { edges { node { other { mentions { excerpt } } } } } } }")
                .execute().path("entity.relations.edges[*].node.other.mentions").entityList(Object.class)
                .hasSize(3);
        verify(queries).mentions(List.of("org:b", "org:c"));
    }

    @Test
    void everyConnectionIsSpringsGeneratedRelayTypeWithOurLazyTotalCount() throws Exception {
        GraphQLSchema schema = graphQlSource.schema();
        List<GraphQLObjectType> connections = schema.getAllTypesAsList().stream()
                .filter(t -> t.getName().endsWith("Connection") && t instanceof GraphQLObjectType)
                .map(GraphQLObjectType.class::cast).toList();
        assertThat(connections).extracting(GraphQLObjectType::getName).contains("RelationConnection",
                "MentionConnection", "OrganisationConnection", "PersonConnection", "PlaceConnection",
                "ProjectConnection", "ProgrammeConnection", "AgreementConnection", "EventConnection");
        for (GraphQLObjectType connection : connections) {
            String node = connection.getName().replaceFirst("Connection$", "");
            assertThat(connection.getFieldDefinitions()).extracting(GraphQLFieldDefinition::getName)
                    .as(connection.getName()).containsExactly("edges", "pageInfo", "totalCount");
            assertThat(GraphQLTypeUtil.simplePrint(connection.getFieldDefinition("edges").getType()))
                    .isEqualTo("[" + node + "Edge]");
            GraphQLObjectType edge = schema.getObjectType(node + "Edge");
            assertThat(GraphQLTypeUtil.simplePrint(edge.getFieldDefinition("node").getType())).isEqualTo(node + "!");
            assertThat(GraphQLTypeUtil.simplePrint(edge.getFieldDefinition("cursor").getType())).isEqualTo("String!");
            Page<Object> page = Page.of(List.of(), 20, false, Object::toString, () -> 42);
            Object total = schema.getCodeRegistry().getDataFetcher(connection,
                    connection.getFieldDefinition("totalCount")).get(DataFetchingEnvironmentImpl
                            .newDataFetchingEnvironment().source(page)
                            .fieldDefinition(connection.getFieldDefinition("totalCount"))
                            .graphQLContext(GraphQLContext.newContext().build()).build());
            assertThat(total).as(connection.getName() + ".totalCount from the page's supplier").isEqualTo(42);
        }
        assertThat(schema.getObjectType("PageInfo").getFieldDefinitions()).extracting(GraphQLFieldDefinition::getName)
                .containsExactlyInAnyOrder("hasNextPage", "hasPreviousPage", "startCursor", "endCursor");
    }
}
