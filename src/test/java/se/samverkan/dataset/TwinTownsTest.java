package se.samverkan.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import se.samverkan.dataset.RowStatements.Key;
import se.samverkan.dataset.RowStatements.NamedEntity;
import se.samverkan.dataset.RowStatements.Statement;
import se.samverkan.dataset.RowStatements.Stored;
import se.samverkan.entity.EntityType;

class TwinTownsTest {

    static final String HEADER = "origincityLabel\torigincountry\toriginlat\toriginlong\toriginpopulation\tsistercityLabel"
            + "\tdestinationlat\tdestinationlong\tdestinationpopulation\tdestination_countryLabel\tdist\teu\n";

    private final TwinTowns format = new TwinTowns();
    private final ReferencePlaces places = Places.sample();

    private ParsedFile<TwinTowns.Twinning> read(String... rows) throws IOException {
        return format.read(new ByteArrayInputStream((HEADER + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String row(String origin, String destination, String country) {
        return origin + "\tDenmark\t60.48\t15.43\t\t" + destination + "\t44.86\t24.88\t155383\t" + country + "\t1845\tEU";
    }

    @Test
    void aTwinningIsAFriendshipCityAgreementBetweenTheKommunAndTheReferenceCity() throws IOException {
        ParsedFile<TwinTowns.Twinning> parsed = read(row("Borlänge Municipality", "Pitești", "Romania"));
        RowStatements s = format.statements(parsed.rows().get(0), places);

        NamedEntity municipality = s.entities().get(0);
        assertThat(municipality.incoming().type()).isEqualTo(EntityType.ORGANISATION);
        assertThat(municipality.incoming().name()).isEqualTo("Borlänge kommun");
        assertThat(municipality.kind()).isEqualTo("municipality");
        assertThat(municipality.incoming().placeId()).isEqualTo("place:kommun:2081");
        NamedEntity agreement = s.entities().get(1);
        assertThat(agreement.incoming().type()).isEqualTo(EntityType.AGREEMENT);
        assertThat(agreement.incoming().name()).isEqualTo("Borlänge–Pitești friendship city agreement");
        assertThat(agreement.kind()).isEqualTo("friendship city");
        assertThat(s.entities()).hasSize(2); // Pitești is the reference place, not a new one
        assertThat(s.facts()).containsExactly(
                Statement.of(new Key(municipality.incoming().key()), "LOCATED_IN", new Stored("place:kommun:2081")),
                Statement.of(new Key(municipality.incoming().key()), "PARTY_TO", new Key(agreement.incoming().key())),
                Statement.of(new Stored("place:city:ro:pitesti"), "PARTY_TO", new Key(agreement.incoming().key())));
        assertThat(s.row()).isEqualTo("line 2");
        assertThat(s.excerpt()).isEqualTo("Borlänge Municipality – Pitești (Romania), twin towns");
    }

    @Test
    void gothenburgAndGothenburgMunicipalityAreOneKommunAndOneAgreement() throws IOException {
        ParsedFile<TwinTowns.Twinning> parsed = read(row("Gothenburg", "Shanghai", "People's Republic of China"),
                row("Gothenburg Municipality", "Shanghai", "People's Republic of China"));
        RowStatements city = format.statements(parsed.rows().get(0), places);
        RowStatements kommun = format.statements(parsed.rows().get(1), places);

        assertThat(city.entities().get(0).incoming().placeId()).isEqualTo("place:kommun:1480");
        assertThat(city.entities()).extracting(e -> e.incoming().key())
                .isEqualTo(kommun.entities().stream().map(e -> e.incoming().key()).toList());
        assertThat(city.facts().get(2).from()).isEqualTo(new Stored("place:city:cn:shanghai"));
    }

    @Test
    void aCityTheGeographyLacksIsANewCityInItsCountry() throws IOException {
        RowStatements s = format.statements(read(row("Borlänge Municipality", "Atlantis", "Greece")).rows().get(0), places);

        NamedEntity city = s.entities().get(1);
        assertThat(city.incoming().type()).isEqualTo(EntityType.PLACE);
        assertThat(city.incoming().ownId()).isEqualTo("place:twin:gr-atlantis");
        assertThat(city.kind()).isEqualTo("city");
        assertThat(s.facts()).contains(Statement.of(new Key(city.incoming().key()), "LOCATED_IN",
                new Stored("place:country:gr")));
    }

    @Test
    void anOriginThatIsNoSwedishKommunOrTownIsRefused() throws IOException {
        ParsedFile<TwinTowns.Twinning> parsed = read(row("Atlantis Municipality", "Pitești", "Romania"));
        assertThatThrownBy(() -> format.statements(parsed.rows().get(0), places))
                .isInstanceOf(BadRowException.class).hasMessage("no Swedish kommun or town named 'Atlantis Municipality'");
    }
}
