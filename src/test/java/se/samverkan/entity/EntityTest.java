package se.samverkan.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import se.samverkan.GraphQlIntegrationTest;

class EntityTest extends GraphQlIntegrationTest {

    @Autowired
    GraphQlSource graphQlSource;

    private GraphQlTester.Request<?> entity(String id) {
        return graphQl.documentName("entity").variable("id", id);
    }

    @Test
    void aRenamedOrganisationIsOneEntityWithItsNameHistory() {
        GraphQlTester.Response response = entity("org:dalarna-science-park").execute();
        response.path("entity.name").entity(String.class).isEqualTo("Dalarna Science Park");
        response.path("entity.type").entity(String.class).isEqualTo("ORGANISATION");
        response.path("entity.nameIn2013").entity(String.class).isEqualTo("Stiftelsen Teknikdalen");
        response.path("entity.nameIn2017").entity(String.class).isEqualTo("Dalarna Science Park");
        response.path("entity.names[0].until").entity(String.class).isEqualTo("2016-10-20");
        response.path("entity.names[1].from").entity(String.class).isEqualTo("2016-10-21");
        response.path("entity.names[0].evidence.source.id").entity(String.class).isEqualTo("000_0bb593dcf42b62fd.txt");
        assertThat(response.path("entity.aliases").entityList(String.class).get()).contains("Stiftelsen Teknikdalen");
        assertThat(response.path("entity.locatedIn[*].id").entityList(String.class).get())
                // Borlänge lies in its kommun, which lies in Dalarnas län = NUTS 3 SE312, in SE31 and Sweden
                .containsExactly("place:borlange", "place:kommun:2081", "place:dalarna", "place:nuts:se31",
                        "place:sweden", "place:nuts:se3");
        assertThat(response.path("entity.mentions[*].source.id").entityList(String.class).get())
                .containsExactly("000_0bb593dcf42b62fd.txt", "001_ea72173cc0b59150.txt", "002_86a3261ba6bdb71c.txt");
    }

    @Test
    void anAgreementExposesItsOwnFieldsAndParties() {
        GraphQlTester.Response response = entity("agreement:borlange-wuhan-friendship-city")
                .variable("types", List.of("PARTY_TO")).execute();
        response.path("entity.kind").entity(String.class).isEqualTo("friendship city");
        response.path("entity.status").entity(String.class).isEqualTo("renewed");
        response.path("entity.renewed").entity(String.class).isEqualTo("2013-06");
        response.path("entity.inferred").entity(Boolean.class).isEqualTo(true);
        assertThat(response.path("entity.relations.edges[*].node.other.id").entityList(String.class).get())
                .containsExactlyInAnyOrder("org:borlange-kommun", "place:wuhan");
        assertThat(response.path("entity.relations.edges[*].node.direction").entityList(String.class).get())
                .containsOnly("INCOMING");
        response.path("entity.relations.edges[0].node.time.precision").entity(String.class).isEqualTo("MONTH");
    }

    @Test
    void placesKnowWhatContainsThem() {
        assertThat(entity("place:wuhan").execute().path("entity.locatedIn[*].name").entityList(String.class).get())
                .containsExactly("Hubei", "China");
    }

    @Test
    void referenceDataIsMarkedAsSuchAndCitesItsDataset() {
        GraphQlTester.Response response = entity("place:zibo").variable("types", List.of("LOCATED_IN"))
                .variable("direction", "OUTGOING").execute();
        response.path("entity.relations.edges[0].node.other.id").entity(String.class).isEqualTo("place:shandong");
        response.path("entity.relations.edges[0].node.evidence.reference").entity(Boolean.class).isEqualTo(true);
        response.path("entity.relations.edges[0].node.evidence.source.id").entity(String.class)
                .isEqualTo("dataset:cities-json");
        response.path("entity.relations.edges[0].node.evidence.excerpt").entity(String.class)
                .isEqualTo("Zibo lies in Shandong (CN-SD)");
    }

    @Test
    void handWrittenReferenceDataHasNoSource() {
        GraphQlTester.Response response = entity("place:pangyo").variable("types", List.of("LOCATED_IN"))
                .variable("direction", "OUTGOING").execute();
        response.path("entity.relations.edges[0].node.other.id").entity(String.class)
                .isEqualTo("place:city:kr:seongnam-si");
        response.path("entity.relations.edges[0].node.evidence.reference").entity(Boolean.class).isEqualTo(true);
        response.path("entity.relations.edges[0].node.evidence.source").valueIsNull();
    }

    @Test
    void relationsArePagedWithCursorsWithoutGapsOrRepeats() {
        String id = "org:dalarna-science-park";
        int total = entity(id).variable("first", 1).execute().path("entity.relations.totalCount")
                .entity(Integer.class).get();
        List<String> all = entity(id).variable("first", 100).execute()
                .path("entity.relations.edges[*].node.id").entityList(String.class).get();
        assertThat(all).hasSize(total).doesNotHaveDuplicates();

        List<String> paged = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            GraphQlTester.Response page = entity(id).variable("first", 4).variable("after", after).execute();
            paged.addAll(page.path("entity.relations.edges[*].node.id").entityList(String.class).get());
            hasNext = page.path("entity.relations.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("entity.relations.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(paged).isEqualTo(all);
        assertThat(total).isGreaterThan(8);
    }

    @Test
    void relationsFilterByYear() {
        List<String> dates = entity("org:dalarna-science-park").variable("first", 100).variable("fromYear", 2013)
                .variable("toYear", 2013).execute()
                .path("entity.relations.edges[*].node.time.date").entityList(String.class).get();
        assertThat(dates).isNotEmpty().allSatisfy(d -> {
            if (d != null) {
                assertThat(d).startsWith("2013");
            }
        });
    }

    @Test
    void anUnknownIdIsNotFound() {
        entity("org:atlantis").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("org:atlantis"))
                .verify();
    }

    @Test
    void aMalformedDateOrCursorIsABadRequest() {
        graphQl.document("{ entity(id: \"place:wuhan\") { nameAt(date: \"2013-02-30\") } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("2013-02-30"))
                .verify();
        entity("place:wuhan").variable("after", "not-a-cursor").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("cursor"))
                .verify();
    }

    @Test
    void plainEntityFieldsAreReadFromTheRecordWithoutSpringsWrappers() {
        GraphQLSchema schema = graphQlSource.schema();
        for (EntityType type : EntityType.values()) {
            for (String field : List.of("id", "name", "kind")) {
                var coordinates = FieldCoordinates.coordinates(type.label(), field);
                assertThat(schema.getCodeRegistry().getDataFetcher(coordinates,
                        schema.getObjectType(type.label()).getFieldDefinition(field)))
                        .as(coordinates.toString()).isInstanceOf(LightDataFetcher.class);
            }
        }
    }

    @Test
    void tooDeepAQueryIsRefusedBeforeItRuns() {
        String deep = "{ entity(id: \"place:wuhan\") { ...on Place { locatedIn { locatedIn { locatedIn { locatedIn "
                + "{ locatedIn { locatedIn { locatedIn { locatedIn { locatedIn { locatedIn { locatedIn { locatedIn "
                + "{ id } } } } } } } } } } } } } } }";
        graphQl.document(deep).execute().errors()
                .expect(e -> e.getMessage().toLowerCase().contains("depth")).verify();
    }

    @Test
    void errorsNeverCarryCypherOrStackTraces() {
        graphQl.document("{ entity(id: \"x\") { id } }").execute().errors()
                .expect(e -> !e.getMessage().contains("MATCH") && !e.getMessage().contains("Exception"))
                .verify();
    }
}
