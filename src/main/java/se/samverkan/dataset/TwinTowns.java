package se.samverkan.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.springframework.stereotype.Component;

import se.samverkan.dataset.ReferencePlaces.Place;
import se.samverkan.dataset.RowStatements.End;
import se.samverkan.dataset.RowStatements.Key;
import se.samverkan.dataset.RowStatements.NamedEntity;
import se.samverkan.dataset.RowStatements.Statement;
import se.samverkan.dataset.RowStatements.Stored;
import se.samverkan.entity.EntityType;
import se.samverkan.resolution.Incoming;

/**
 * Wikidata's twin-town statements (P190) of Swedish cities and municipalities, as extracted in 2017 (rogorido/
 * sistercities; tab-separated). Each row is a friendship-city agreement between the Swedish kommun (the
 * municipality as an organisation, located in its kommun) and the foreign city (the reference place when the
 * geography has it, else a new city in its country), both PARTY_TO it. The file's {@code origincountry} is wrong
 * (it says Denmark); every origin is Swedish.
 */
@Component
final class TwinTowns implements DatasetFormat<TwinTowns.Twinning> {

    static final String NAME = "twin-towns";

    private static final List<String> COLUMNS = List.of("origincityLabel", "sistercityLabel", "destination_countryLabel");

    /** One row: the Swedish side, the foreign side and its country, as Wikidata labels them (in English). */
    record Twinning(String origin, String destination, String country) {
    }

    /** Wikidata's English country labels (2017) that are not ISO 3166-1 names. */
    private static final Map<String, String> COUNTRY_LABELS = Map.of("People's Republic of China", "CN",
            "Russia", "RU", "Czech Republic", "CZ", "Turkey", "TR", "United States of America", "US",
            "Somaliland", "SO");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DatasetSource source() {
        return new DatasetSource("dataset:twin-towns-sweden", "Wikidata (extract in rogorido/sistercities)",
                "Twin towns of Swedish cities and municipalities (Wikidata P190)", "2017", "2026-12-07", "CC0-1.0",
                "https://github.com/rogorido/sistercities");
    }

    @Override
    public ParsedFile<Twinning> read(InputStream in) throws IOException {
        List<NumberedRow<Twinning>> rows = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().fieldSeparator('\t').quoteCharacter('\u0000')
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord record : csv) {
                int line = (int) record.getStartingLineNumber();
                if (record.getHeader().stream().noneMatch(COLUMNS.get(0)::equals)) {
                    throw new IllegalArgumentException("a twin-town file is tab-separated with the columns " + COLUMNS
                            + "; its header is " + record.getHeader());
                }
                Optional<String> missing = COLUMNS.stream().filter(c -> record.findField(c).isEmpty()).findFirst();
                if (missing.isPresent()) {
                    refused.add(new RefusedRow(line, "no column " + missing.get()));
                    continue;
                }
                rows.add(new NumberedRow<>(line, new Twinning(record.getField(COLUMNS.get(0)).trim(),
                        record.getField(COLUMNS.get(1)).trim(), record.getField(COLUMNS.get(2)).trim())));
            }
        }
        catch (CsvParseException e) {
            throw new IllegalArgumentException("not a tab-separated file: " + e.getMessage());
        }
        return new ParsedFile<>(rows, refused);
    }

    @Override
    public RowStatements statements(NumberedRow<Twinning> numbered, ReferencePlaces places) {
        Twinning t = numbered.row();
        if (t.origin().isEmpty() || t.destination().isEmpty() || t.country().isEmpty()) {
            throw new BadRowException("a twin-town row needs origincityLabel, sistercityLabel and destination_countryLabel");
        }
        Place kommun = places.find("SE", t.origin(), "kommun")
                .or(() -> places.find("SE", t.origin(), "city").flatMap(c -> Optional.ofNullable(c.kommun()))
                        .flatMap(places::byId))
                .orElseThrow(() -> new BadRowException("no Swedish kommun or town named '" + t.origin() + "'"));
        Place country = Optional.ofNullable(COUNTRY_LABELS.get(t.country())).flatMap(places::country)
                .or(() -> places.countryNamed(t.country()))
                .orElseThrow(() -> new BadRowException("unknown country '" + t.country() + "'"));
        String source = source().id();
        String scb = kommun.id().substring(kommun.id().lastIndexOf(':') + 1);
        String municipalityKey = Ids.key("municipality", kommun.id());
        List<NamedEntity> entities = new ArrayList<>();
        entities.add(NamedEntity.of(new Incoming(municipalityKey, "org:kommun:" + scb, EntityType.ORGANISATION,
                kommun.name(), List.of(scb), kommun.id(), source), "municipality"));
        List<Statement> facts = new ArrayList<>();
        facts.add(Statement.of(new Key(municipalityKey), "LOCATED_IN", new Stored(kommun.id())));
        Optional<Place> known = places.find(country.country(), t.destination(), "city", "iso-subdivision", "kommun",
                "nuts3", "nuts2");
        End foreign;
        String foreignSlug;
        if (known.isPresent()) {
            foreign = new Stored(known.get().id());
            foreignSlug = known.get().id().substring("place:".length()).replace(':', '-');
        }
        else {
            String cityKey = Ids.key("city", country.country(), t.destination());
            foreignSlug = country.country().toLowerCase(java.util.Locale.ROOT) + "-" + Ids.slug(t.destination());
            entities.add(NamedEntity.of(new Incoming(cityKey, "place:twin:" + foreignSlug, EntityType.PLACE,
                    t.destination(), List.of(), country.id(), source), "city"));
            facts.add(Statement.of(new Key(cityKey), "LOCATED_IN", new Stored(country.id())));
            foreign = new Key(cityKey);
        }
        String town = t.origin().replaceAll("(?i)\\s+municipality$", "");
        String agreementKey = Ids.key("twinning", kommun.id(), foreign instanceof Stored s ? s.id() : ((Key) foreign).key());
        entities.add(NamedEntity.of(new Incoming(agreementKey, "agreement:twin:" + scb + "-" + foreignSlug,
                EntityType.AGREEMENT, town + "–" + t.destination() + " friendship city agreement", List.of(), null,
                source), "friendship city"));
        facts.add(Statement.of(new Key(municipalityKey), "PARTY_TO", new Key(agreementKey)));
        facts.add(Statement.of(foreign, "PARTY_TO", new Key(agreementKey)));
        String excerpt = t.origin() + " – " + t.destination() + " (" + t.country() + "), twin towns";
        return new RowStatements("line " + numbered.line(), excerpt, entities, facts);
    }
}
