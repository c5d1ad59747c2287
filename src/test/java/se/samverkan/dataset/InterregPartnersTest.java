package se.samverkan.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import se.samverkan.dataset.RowStatements.Details;
import se.samverkan.dataset.RowStatements.Key;
import se.samverkan.dataset.RowStatements.NamedEntity;
import se.samverkan.dataset.RowStatements.Statement;
import se.samverkan.dataset.RowStatements.Stored;
import se.samverkan.entity.EntityType;

class InterregPartnersTest {

    private final InterregPartners format = new InterregPartners();
    private final ReferencePlaces places = Places.sample();

    private static final String DSP = """
            [{"id":15,"program":"Sverige-Norge","projekttyp":"Regular","startdatum":"2025-01-01","slutdatum":"2027-12-31",
              "projektnamn":"GränsENERGI","organisationsnamn":"Stiftelsen Dalarna Science Park","organisationsagande":"Other",
              "organisationstyp":"Business support organisation","organisationsroll":"PP","nuts3":"Dalarnas län",
              "nuts2":"Norra Mellansverige","partnerbudget":199284.50,"aktiv":"Ja"}]""";

    private RowStatements only(String json) throws IOException {
        ParsedFile<InterregPartners.Partner> parsed = format.read(in(json));
        assertThat(parsed.refused()).isEmpty();
        return format.statements(parsed.rows().get(0), places);
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRowIsAProgrammeAProjectPartOfItAndAnOrganisationPartnerInItLocatedInItsCounty() throws IOException {
        RowStatements s = only(DSP);

        assertThat(s.entities()).extracting(e -> e.incoming().type(), e -> e.incoming().name(), NamedEntity::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EntityType.PROGRAMME, "Interreg Sverige-Norge", "Interreg programme"),
                        org.assertj.core.groups.Tuple.tuple(EntityType.PROJECT, "GränsENERGI", "Interreg regular project"),
                        org.assertj.core.groups.Tuple.tuple(EntityType.ORGANISATION, "Stiftelsen Dalarna Science Park",
                                "business support organisation"));
        assertThat(s.entities()).extracting(e -> e.incoming().ownId()).containsExactly("programme:interreg:sverige-norge",
                "project:interreg:sverige-norge-gransenergi-regular", "org:interreg:stiftelsen-dalarna-science-park");
        NamedEntity project = s.entities().get(1);
        assertThat(project.from()).isEqualTo("2025-01-01");
        assertThat(project.until()).isEqualTo("2027-12-31");
        NamedEntity organisation = s.entities().get(2);
        assertThat(organisation.incoming().placeId()).isEqualTo("place:dalarna");
        String org = organisation.incoming().key();
        String proj = project.incoming().key();
        assertThat(s.facts()).containsExactly(
                Statement.of(new Key(proj), "PART_OF", new Key(s.entities().get(0).incoming().key())),
                new Statement(new Key(org), "PARTNER_IN", new Key(proj),
                        new Details("project partner", "2025-01-01", "2027-12-31", "199284.5")),
                Statement.of(new Key(org), "LOCATED_IN", new Stored("place:dalarna")));
        assertThat(s.excerpt()).isEqualTo(
                "Stiftelsen Dalarna Science Park, PP in GränsENERGI (Sverige-Norge), Dalarnas län, 2025-01-01–2027-12-31");
        assertThat(s.row()).isEqualTo("row 1");
    }

    @Test
    void spellingsThatDifferInCaseAndDiacriticsOnlyAreOneKey() throws IOException {
        String upper = DSP.replace("Stiftelsen Dalarna Science Park", "STIFTELSEN DALARNA SCIENCE PARK");
        assertThat(only(upper).entities().get(2).incoming().key()).isEqualTo(only(DSP).entities().get(2).incoming().key());
    }

    @Test
    void anOrganisationWithoutACountyIsNotLocated() throws IOException {
        RowStatements s = only(DSP.replace("\"nuts3\":\"Dalarnas län\"", "\"nuts3\":null"));
        assertThat(s.entities().get(2).incoming().placeId()).isNull();
        assertThat(s.facts()).extracting(Statement::type).containsExactly("PART_OF", "PARTNER_IN");
    }

    @Test
    void aRowWithoutAnOrganisationNameOrWithAnImpossibleDateOrAnUnknownCountyIsRefusedWithTheReason() throws IOException {
        for (String[] bad : new String[][] {
                {"\"organisationsnamn\":\"Stiftelsen Dalarna Science Park\"", "\"organisationsnamn\":null", "no organisation name"},
                {"2027-12-31", "2027-02-31", "slutdatum '2027-02-31' is not a real date"},
                {"Dalarnas län", "Atlantis län", "unknown county (nuts3) 'Atlantis län'"}}) {
            ParsedFile<InterregPartners.Partner> parsed = format.read(in(DSP.replace(bad[0], bad[1])));
            assertThatThrownBy(() -> format.statements(parsed.rows().get(0), places))
                    .isInstanceOf(BadRowException.class).hasMessageContaining(bad[2]);
        }
    }

    @Test
    void anElementThatIsNoPartnerObjectIsARefusedRowAndAFileThatIsNoArrayIsRefusedAsAWhole() throws IOException {
        ParsedFile<InterregPartners.Partner> parsed = format.read(in("[{\"partnerbudget\": \"lots\"}, 3]"));
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.refused()).extracting(RefusedRow::line).containsExactly(1, 2);
        assertThatThrownBy(() -> format.read(in("{\"program\": \"AURORA\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON array");
    }
}
