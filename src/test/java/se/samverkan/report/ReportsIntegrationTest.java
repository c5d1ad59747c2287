package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import se.samverkan.SamverkanIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every report on the seed data against rows derived by hand from cypher/1xx_source_*.cypher, and the
 * HTTP and GraphQL ways to run them: formats, provenance, links and errors.
 */
@SamverkanIntegrationTest
class ReportsIntegrationTest {

    static final String S000 = "000_0bb593dcf42b62fd.txt";
    static final String S001 = "001_ea72173cc0b59150.txt";
    static final String S002 = "002_86a3261ba6bdb71c.txt";
    static final String S003 = "003_49b3ce2a5e173a7d.txt";
    static final String S004 = "004_d3efbffdeda1b131.txt";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ReportRunner runner;

    @Autowired
    ReportCatalog catalog;

    @Autowired
    Driver driver;

    final JsonMapper json = JsonMapper.builder().build();

    record Response(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Response get(String pathAndQuery) {
        return RestClient.create().get().uri(java.net.URI.create("http://localhost:" + port + pathAndQuery))
                .exchange((request, response) -> new Response(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        response.getHeaders().getFirst("Content-Disposition"), response.getBody().readAllBytes()));
    }

    static String path(String report, String suffix, String... parameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/" + report + suffix);
        for (int i = 0; i < parameters.length; i += 2) {
            uri.queryParam(parameters[i], parameters[i + 1]);
        }
        return uri.encode().build().toUriString();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> jsonExport(String report, String... parameters) {
        Response response = get(path(report, ".json", parameters));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return json.readValue(response.text(), Map.class);
    }

    /** Rows as text cells (lists joined with "; ", null as ""), in the given columns. */
    @SuppressWarnings("unchecked")
    static List<List<String>> cells(Map<String, Object> export, String... columns) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) export.get("rows");
        return rows.stream().map(row -> Arrays.stream(columns).map(c -> {
            assertThat(row).containsKey(c);
            return Cells.text(row.get(c));
        }).toList()).toList();
    }

    static List<String> row(String... cells) {
        return List.of(cells);
    }

    // --- the five reports on the seed data -------------------------------------------------------

    @Test
    void partnersOfDalarna() {
        Map<String, Object> export = jsonExport("partners-of-region", "region", "Dalarna");
        assertThat(export.get("columns")).isEqualTo(List.of("partner", "partnerId", "partnerRegion", "partnerCountry",
                "localParty", "relation", "via", "date", "source"));
        String delegation = "Wuhan delegation visit to Dalarna";
        String zibo = "Dalarna business trip to Zibo";
        String visits = "Chinese technical visits to Dalarna";
        assertThat(cells(export, "partner", "partnerRegion", "partnerCountry", "localParty", "relation", "via", "date",
                "source")).containsExactly(
                row("East Lake High Development Zone", "Hubei", "China", "Dalarna", "HELD_IN / PARTICIPATED_IN", delegation, "2013-06", S001),
                row("East Lake High Development Zone", "Hubei", "China", "Dalarna Science Park", "PARTY_TO / PARTY_TO", "Teknikdalen – East Lake incubator cooperation agreement", "2013-06", S001),
                row("East Lake High Development Zone", "Hubei", "China", "Extuna", "PARTICIPATED_IN / PARTICIPATED_IN", delegation, "2013-06", S001),
                row("Hubei", "Hubei", "China", "Dalarna", "COOPERATES_WITH", "", "2000", S001),
                row("Hubei", "Hubei", "China", "Region Dalarna", "COOPERATES_WITH", "", "", S001),
                row("Representation office in Wuhan", "Hubei", "China", "Dalarna Science Park", "ESTABLISHED", "", "2013", S001),
                row("Wuhan", "Hubei", "China", "Borlänge kommun", "PARTY_TO / PARTY_TO", "Borlänge–Wuhan friendship city agreement", "2013-06", S001),
                row("Wuhan", "Hubei", "China", "Extuna", "ACTIVE_IN", "", "2013-06", S001),
                row("Wuhan Commerce Bureau", "Hubei", "China", "Borlänge näringslivskontor", "PARTY_TO / PARTY_TO", "Borlänge näringslivskontor – Wuhan Commerce Bureau cooperation agreement", "2013-06", S001),
                row("Wuhan Commerce Bureau", "Hubei", "China", "Dalarna", "HELD_IN / PARTICIPATED_IN", delegation, "2013-06", S001),
                row("Wuhan Commerce Bureau", "Hubei", "China", "Dellner Couplers AB", "PARTY_TO / PARTY_TO", "Dellner – Wuhan Commerce Bureau support centre agreement", "2013-06", S001),
                row("Wuhan Commerce Bureau", "Hubei", "China", "Extuna", "PARTICIPATED_IN / PARTICIPATED_IN", delegation, "2013-06", S001),
                row("Wuhan Foreign Affairs", "Hubei", "China", "Dalarna", "HELD_IN / PARTICIPATED_IN", delegation, "2013-06", S001),
                row("Wuhan Foreign Affairs", "Hubei", "China", "Extuna", "PARTICIPATED_IN / PARTICIPATED_IN", delegation, "2013-06", S001),
                row("Wuhan Metro", "Hubei", "China", "Dellner Couplers AB", "PARTY_TO / INVOLVED_IN", "Dellner – Wuhan Commerce Bureau support centre agreement", "2013-06", S001),
                row("Wuhan Municipal People's Government", "Hubei", "China", "Dalarna", "HELD_IN / PARTICIPATED_IN", delegation, "2013-06", S001),
                row("Wuhan Municipal People's Government", "Hubei", "China", "Extuna", "PARTICIPATED_IN / PARTICIPATED_IN", delegation, "2013-06", S001),
                row("Zibo", "Shandong", "China", "Dalarna Science Park", "PARTICIPATED_IN / HELD_IN", zibo, "2017-09-03", S000),
                row("Zibo", "Shandong", "China", "Mikaela Willers AB", "PARTICIPATED_IN / HELD_IN", zibo, "2017-09-03", S000),
                row("Zibo city administration", "Shandong", "China", "Dalarna Science Park", "COOPERATES_WITH", "", "2017-09", S000),
                row("Zibo city administration", "Shandong", "China", "Dalarna Science Park", "PARTICIPATED_IN / PARTICIPATED_IN", zibo, "2017-09-03", S000),
                row("Zibo city administration", "Shandong", "China", "Mikaela Willers AB", "PARTICIPATED_IN / PARTICIPATED_IN", zibo, "2017-09-03", S000),
                row("China", "", "China", "Dalarna", "HELD_IN / PARTICIPATED_IN", visits, "2016", S000),
                row("China", "", "China", "Dalarna Science Park", "ORGANISED / PARTICIPATED_IN", visits, "2016", S000));
        assertThat(export.get("rowCount")).isEqualTo(24);
    }

    @Test
    void partnersOfAMunicipalityIncludeWhatLiesWithinIt() {
        // Borlänge kommun -> Borlänge: the kommun's agreement partner counts for the city, Extuna (Falun) does not
        Map<String, Object> export = jsonExport("partners-of-region", "region", "place:borlange");
        List<List<String>> rows = cells(export, "partner", "localParty");
        assertThat(rows).contains(row("Wuhan", "Borlänge kommun"), row("Wuhan Commerce Bureau", "Borlänge näringslivskontor"))
                .noneMatch(r -> r.get(1).equals("Extuna") || r.get(1).equals("Dalarna"));
    }

    @Test
    void agreementsByRegionAndPeriod() {
        Map<String, Object> export = jsonExport("agreements-by-region", "region", "Dalarna");
        assertThat(export.get("columns")).isEqualTo(List.of("agreement", "agreementId", "kind", "status", "signed",
                "renewed", "parties", "involved", "source"));
        assertThat(cells(export, "agreement", "kind", "status", "signed", "renewed", "parties", "involved", "source"))
                .containsExactly(
                        row("Borlänge näringslivskontor – Wuhan Commerce Bureau cooperation agreement", "cooperation agreement", "signed", "2013-06", "", "Borlänge näringslivskontor; Wuhan Commerce Bureau", "", S001),
                        row("Borlänge–Wuhan friendship city agreement", "friendship city", "renewed", "", "2013-06", "Borlänge kommun; Wuhan", "", S001),
                        row("Dellner – Wuhan Commerce Bureau support centre agreement", "commercial contract", "signed", "2013-06", "", "Dellner Couplers AB; Wuhan Commerce Bureau", "Wuhan Metro", S001),
                        row("Teknikdalen – East Lake incubator cooperation agreement", "cooperation agreement", "signed", "2013-06", "", "Dalarna Science Park; East Lake High Development Zone", "", S001));
        assertThat(cells(jsonExport("agreements-by-region", "region", "Dalarna", "fromYear", "2013", "toYear", "2013"),
                "agreementId")).hasSize(4);
        assertThat(cells(jsonExport("agreements-by-region", "region", "Dalarna", "fromYear", "2014"), "agreementId")).isEmpty();
        assertThat(cells(jsonExport("agreements-by-region", "region", "Dalarna", "toYear", "2012"), "agreementId")).isEmpty();
        // Wuhan lies in Hubei: the other side of the same four agreements
        assertThat(cells(jsonExport("agreements-by-region", "region", "Hubei"), "agreementId")).hasSize(4);
        assertThat(cells(jsonExport("agreements-by-region", "region", "Västmanland"), "agreementId")).isEmpty();
    }

    @Test
    void projectsByProgramme() {
        Map<String, Object> all = jsonExport("projects-by-programme");
        assertThat(all.get("columns")).isEqualTo(List.of("programme", "project", "projectId", "from", "until",
                "partners", "topics", "source"));
        List<String> sme2go = row("Interreg Central Baltic", "SME2GO", "2015", "2018",
                "Swedish Incubators & Science Parks (partner); Västerås Science Park (partner)", "Smart city", S003);
        assertThat(cells(all, "programme", "project", "from", "until", "partners", "topics", "source")).containsExactly(
                sme2go,
                row("Interreg South Baltic", "South Baltic Cleantech project", "", "",
                        "BBI (participating organisation); Blekinge län (participating county, through Energikontor Sydost); "
                                + "Blue Science Park (participating organisation); Energikontor Sydost (Swedish partner for Kalmar and Blekinge län); "
                                + "Exportboost Blekinge (participating organisation); IUC Kalmar (participating organisation); "
                                + "Kalmar Science Park (participating organisation); Kalmar län (participating county, through Energikontor Sydost); "
                                + "Länsstyrelsen Blekinge län (co-financier); Netport (participating organisation); Region Kalmar län (co-financier)",
                        "Environmental technology; Internationalisation", S004),
                row("", "Dalarna Science Park innovation programme", "", "",
                        "Dalarna Science Park (runs); Region Dalarna (funder); Tillväxtverket (funder)",
                        "Internationalisation; Sustainable innovation", S002));
        Map<String, Object> one = jsonExport("projects-by-programme", "programme", "Central Baltic Programme");
        assertThat(cells(one, "programme", "project", "from", "until", "partners", "topics", "source")).containsExactly(sme2go);
    }

    @Test
    void internationalLinksByCountry() {
        Map<String, Object> dalarna = jsonExport("international-links-by-country");
        assertThat(dalarna.get("columns")).isEqualTo(List.of("country", "links", "partners", "source"));
        // the 24 partners-of-region links of Dalarna all lead to China, to 11 distinct partners
        assertThat(cells(dalarna, "country", "links", "partners", "source"))
                .containsExactly(row("China", "24", "11", S000 + "; " + S001));
        // SME2GO (Västerås Science Park) reaches five countries; its Swedish partner and the Baltic Sea region do not count
        assertThat(cells(jsonExport("international-links-by-country", "region", "Västmanland"), "country", "links", "partners", "source"))
                .containsExactly(row("Botswana", "1", "1", S003), row("China", "1", "1", S003), row("Estonia", "1", "1", S003),
                        row("Finland", "1", "1", S003), row("South Korea", "1", "1", S003));
    }

    @Test
    void cooperationTimelineDalarnaHubei() {
        Map<String, Object> export = jsonExport("cooperation-timeline", "regionA", "Dalarna", "regionB", "Hubei");
        assertThat(export.get("columns")).isEqualTo(List.of("date", "partyA", "relation", "via", "partyB", "source", "excerpt"));
        String delegation = "Wuhan delegation visit to Dalarna";
        String dellner = "Dellner – Wuhan Commerce Bureau support centre agreement";
        assertThat(cells(export, "date", "partyA", "relation", "via", "partyB", "source")).containsExactly(
                row("2000", "Dalarna", "COOPERATES_WITH", "", "Hubei", S001),
                row("2013", "Dalarna Science Park", "ESTABLISHED", "", "Representation office in Wuhan", S001),
                row("2013-06", "Borlänge kommun", "PARTY_TO / PARTY_TO", "Borlänge–Wuhan friendship city agreement", "Wuhan", S001),
                row("2013-06", "Borlänge näringslivskontor", "PARTY_TO / PARTY_TO", "Borlänge näringslivskontor – Wuhan Commerce Bureau cooperation agreement", "Wuhan Commerce Bureau", S001),
                row("2013-06", "Dalarna", "HELD_IN / PARTICIPATED_IN", delegation, "East Lake High Development Zone", S001),
                row("2013-06", "Dalarna", "HELD_IN / PARTICIPATED_IN", delegation, "Wuhan Commerce Bureau", S001),
                row("2013-06", "Dalarna", "HELD_IN / PARTICIPATED_IN", delegation, "Wuhan Foreign Affairs", S001),
                row("2013-06", "Dalarna", "HELD_IN / PARTICIPATED_IN", delegation, "Wuhan Municipal People's Government", S001),
                row("2013-06", "Dalarna Science Park", "PARTY_TO / PARTY_TO", "Teknikdalen – East Lake incubator cooperation agreement", "East Lake High Development Zone", S001),
                row("2013-06", "Dellner Couplers AB", "PARTY_TO / PARTY_TO", dellner, "Wuhan Commerce Bureau", S001),
                row("2013-06", "Dellner Couplers AB", "PARTY_TO / INVOLVED_IN", dellner, "Wuhan Metro", S001),
                row("2013-06", "Extuna", "PARTICIPATED_IN / PARTICIPATED_IN", delegation, "East Lake High Development Zone", S001),
                row("2013-06", "Extuna", "PARTICIPATED_IN / PARTICIPATED_IN", delegation, "Wuhan Commerce Bureau", S001),
                row("2013-06", "Extuna", "PARTICIPATED_IN / PARTICIPATED_IN", delegation, "Wuhan Foreign Affairs", S001),
                row("2013-06", "Extuna", "PARTICIPATED_IN / PARTICIPATED_IN", delegation, "Wuhan Municipal People's Government", S001),
                row("2013-06", "Extuna", "ACTIVE_IN", "", "Wuhan", S001),
                row("", "Region Dalarna", "COOPERATES_WITH", "", "Hubei", S001));
        assertThat(cells(export, "excerpt")).allSatisfy(r -> assertThat(r.get(0)).isNotBlank());
        assertThat(cells(export, "excerpt").get(0).get(0)).isEqualTo("Samarbetet har pågått mellan Dalarna och Hubei i Kina sedan 2000.");
    }

    // --- exports ---------------------------------------------------------------------------------

    @Test
    void csvStartsWithItsHeaderRowAndCarriesSwedishCharacters() throws IOException {
        Response response = get(path("partners-of-region", ".csv", "region", "Dalarna"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.disposition()).contains("attachment").contains("partners-of-region.csv");
        String text = response.text();
        // RFC 4180: the header is the first line, no comment lines a spreadsheet would show as rows
        assertThat(text).startsWith("partner,partnerId,partnerRegion,partnerCountry,localParty,relation,via,date,source\r\n");
        assertThat(text).doesNotContain("# ");
        List<NamedCsvRecord> records = parse(text, ',');
        assertThat(records).hasSize(24);
        assertThat(records).anySatisfy(r -> {
            assertThat(r.getField("localParty")).isEqualTo("Borlänge kommun");
            assertThat(r.getField("via")).isEqualTo("Borlänge–Wuhan friendship city agreement");
            assertThat(r.getField("source")).isEqualTo(S001);
        });
        assertThat(records).allSatisfy(r -> assertThat(r.getField("source")).matches("\\d{3}_[0-9a-f]{16}\\.txt"));
    }

    @Test
    void csvProvenanceLinesBeforeTheHeaderAreOptIn() throws IOException {
        Response response = get(path("partners-of-region", ".csv", "region", "Dalarna", "provenance", "true"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()[0]).as("no byte order mark in plain CSV").isEqualTo((byte) '#');
        String text = response.text();
        List<String> lines = text.lines().toList();
        assertThat(lines.subList(0, 6)).satisfiesExactly(
                l -> assertThat(l).isEqualTo("# report: partners-of-region - Cooperation partners of a region"),
                l -> assertThat(l).isEqualTo("# parameter: region = place:dalarna (Dalarna)"),
                l -> assertThat(l).matches("# generated: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                l -> assertThat(l).isEqualTo("# rows: 24"),
                l -> assertThat(l).isEqualTo("# limit: all rows included (limit 10000)"),
                l -> assertThat(l).isEqualTo("# link: /reports/partners-of-region.csv?region=place:dalarna&provenance=true"));
        List<String> sources = lines.stream().filter(l -> l.startsWith("# source: ")).toList();
        assertThat(sources).isNotEmpty().allSatisfy(l -> assertThat(l).matches("# source: \\d{3}_[0-9a-f]{16}\\.txt - .+"));
        assertThat(lines.get(6 + sources.size()))
                .isEqualTo("partner,partnerId,partnerRegion,partnerCountry,localParty,relation,via,date,source");
        assertThat(parse(text, ',')).hasSize(24);
    }

    @Test
    void excelCsvHasByteOrderMarkAndSemicolons() throws IOException {
        Response response = get(path("agreements-by-region", ".csv", "region", "Borlänge", "excel", "true"));
        assertThat(response.status()).isEqualTo(200);
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("agreement;agreementId;kind;status;signed;renewed;parties;involved;source\r\n");
        List<NamedCsvRecord> records = parse(text, ';');
        // Dellner Couplers AB is located in Dalarna, not in Borlänge
        assertThat(records).extracting(r -> r.getField("agreementId")).containsExactly(
                "agreement:borlange-naringslivskontor-wuhan-commerce-bureau", "agreement:borlange-wuhan-friendship-city",
                "agreement:teknikdalen-east-lake-incubators");
        assertThat(records.get(1).getField("parties")).isEqualTo("Borlänge kommun; Wuhan");
    }

    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")",
            "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)");

    /** Stores a programme with one project per formula name through the curation API, as a curator would. */
    @SuppressWarnings("unchecked")
    void curate(String mutation, Map<String, Object> input) {
        Map<String, Object> response = RestClient.create().post().uri("http://localhost:" + port + "/graphql")
                .header("Authorization", "Bearer test-curator-token")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("query", mutation, "variables", Map.of("input", input))).retrieve().body(Map.class);
        assertThat(response).as("%s", response).doesNotContainKey("errors");
    }

    void storeFormulaProjects() {
        Map<String, Object> source = Map.of("id", "test:formulas.txt", "title", "Formula test", "publisher", "Test",
                "published", "2024");
        String upsert = "mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }";
        curate(upsert, Map.of("id", "test:formula-programme", "type", "PROGRAMME", "name", "@Formula programme",
                "source", source, "excerpt", "A programme."));
        for (int i = 0; i < FORMULAS.size(); i++) {
            curate(upsert, Map.of("id", "test:formula-" + i, "type", "PROJECT", "name", FORMULAS.get(i),
                    "source", Map.of("id", "test:formulas.txt"), "excerpt", "A project."));
            curate("mutation($input: FactInput!) { relate(input: $input) { id } }", Map.of("from", "test:formula-" + i,
                    "type", "PART_OF", "to", "test:formula-programme", "source", Map.of("id", "test:formulas.txt"),
                    "excerpt", "Part of it."));
        }
    }

    void deleteTestData() {
        try (org.neo4j.driver.Session session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'test:' DETACH DELETE n").consume();
            session.run("MATCH (n:Name) WHERE n.entity STARTS WITH 'test:' DETACH DELETE n").consume();
            session.run("MATCH (s:Source) WHERE s.id STARTS WITH 'test:' DETACH DELETE s").consume();
        }
    }

    @Test
    void csvCellsThatASpreadsheetWouldReadAsFormulasStartWithAQuote() throws IOException {
        try {
            storeFormulaProjects();
            for (boolean excel : List.of(false, true)) {
                Response response = get(path("projects-by-programme", ".csv", "programme", "test:formula-programme",
                        "excel", Boolean.toString(excel), "provenance", "true"));
                assertThat(response.status()).as(response.text()).isEqualTo(200);
                String text = response.text().replace("\uFEFF", "");
                List<NamedCsvRecord> records = parse(text, excel ? ';' : ',');
                assertThat(records).extracting(r -> r.getField("project")).containsExactlyInAnyOrderElementsOf(
                        FORMULAS.stream().map(f -> "'" + f).toList());
                assertThat(records).allSatisfy(r -> assertThat(r.getField("programme")).isEqualTo("'@Formula programme"));
                // The comment line names the programme too; what follows its delimiter cannot be a formula.
                assertThat(text).contains("# parameter: programme = test:formula-programme (@Formula programme)");
                // The JSON export is data, not a spreadsheet: the names as stored.
                assertThat(cells(jsonExport("projects-by-programme", "programme", "test:formula-programme"), "project")
                        .stream().map(r -> r.get(0)).toList()).containsExactlyInAnyOrderElementsOf(FORMULAS);
            }
        }
        finally {
            deleteTestData();
        }
    }

    @Test
    void aCommentLineCannotStartAFormulaAfterItsDelimiter() {
        assertThat(CsvExport.neutralised("# parameter: region = place:x (A, =HYPERLINK(1);@x)", ','))
                .isEqualTo("# parameter: region = place:x (A, '=HYPERLINK(1);@x)");
        assertThat(CsvExport.neutralised("# parameter: region = place:x (A, =HYPERLINK(1);@x)", ';'))
                .isEqualTo("# parameter: region = place:x (A, =HYPERLINK(1);'@x)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonCarriesProvenanceAndItsLinkReproducesTheExport() {
        Map<String, Object> first = jsonExport("agreements-by-region", "region", "Dalarna", "fromYear", "2010");
        assertThat(((Map<String, Object>) first.get("report")).get("name")).isEqualTo("agreements-by-region");
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) first.get("parameters");
        assertThat(parameters).hasSize(3);
        assertThat(parameters.get(0)).isEqualTo(Map.of("name", "region", "type", "Place", "value", "place:dalarna", "label", "Dalarna"));
        assertThat(parameters.get(1)).isEqualTo(Map.of("name", "fromYear", "type", "Int", "value", 2010, "label", "2010"));
        assertThat(parameters.get(2)).containsEntry("name", "toYear").containsEntry("label", "");
        assertThat(parameters.get(2).get("value")).isNull();
        assertThat(first).containsEntry("rowCount", 4).containsEntry("limit", 10000).containsEntry("truncated", false);
        assertThat((String) first.get("generatedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        String link = (String) first.get("link");
        assertThat(link).isEqualTo("/reports/agreements-by-region.json?region=place:dalarna&fromYear=2010");
        assertThat((List<Map<String, Object>>) first.get("sources")).isNotEmpty()
                .allSatisfy(s -> assertThat(s).containsOnlyKeys("id", "title").doesNotContainEntry("title", null));

        Response again = get(link);
        assertThat(again.status()).isEqualTo(200);
        Map<String, Object> second = json.readValue(again.text(), Map.class);
        assertThat(second.get("rows")).isEqualTo(first.get("rows"));
        assertThat(second.get("parameters")).isEqualTo(first.get("parameters"));
        assertThat(second.get("link")).isEqualTo(link);

        // the CSV link reproduces the CSV, apart from the time it was generated
        String csv = get(path("partners-of-region", ".csv", "region", "Dalarna", "excel", "true", "provenance", "true"))
                .text();
        assertThat(csv).contains("# link: /reports/partners-of-region.csv?region=place:dalarna&excel=true&provenance=true");
        String csvLink = csv.lines().filter(l -> l.startsWith("# link: ")).findFirst().orElseThrow().substring(8);
        String csvAgain = get(csvLink).text();
        assertThat(withoutTime(csvAgain)).isEqualTo(withoutTime(csv));
    }

    @Test
    void printablePageHasParametersTableAndChartWhereChartReady() {
        Response page = get(path("international-links-by-country", "", "region", "Västmanland"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
        String html = page.text();
        assertThat(html).contains("<h1>International links by country</h1>")
                .contains("region = place:vastmanland (Västmanland)")
                .contains("<input name=\"region\" value=\"place:vastmanland\">")
                .contains("@media print")
                .contains("<svg class=\"chart\"")
                .contains("<th>country</th><th>links</th><th>partners</th><th>source</th>")
                .contains("<td>South Korea</td><td class=\"number\">1</td>")
                .contains("href=\"/reports/international-links-by-country.csv?region=place:vastmanland\"")
                .contains("href=\"/reports/international-links-by-country.xlsx?region=place:vastmanland\"")
                .contains("<link rel=\"icon\" href=\"/favicon.svg\"");
        // five countries, five bars
        assertThat(html.split("<rect ", -1)).hasSize(6);

        String agreements = get(path("agreements-by-region", "", "region", "Dalarna")).text();
        assertThat(agreements).contains("<table>").doesNotContain("<svg");
    }

    @Test
    void aReportCutByTheRowLimitSaysSo() throws IOException {
        ReportDefinition report = catalog.get("partners-of-region");
        ReportResult result = runner.run(report,
                List.of(new ParameterValue("region", "Place", "place:dalarna", "Dalarna")), 5);
        assertThat(result.rowCount()).isEqualTo(5);
        assertThat(result.truncated()).isTrue();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CsvExport.write(result, new CsvExport.Options(false, true), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("# rows: 5").contains("# limit: TRUNCATED: only the first 5 rows are included");
        assertThat(parse(csv, ',')).hasSize(5);
        assertThat(JsonExport.document(result)).containsEntry("truncated", true).containsEntry("limit", 5);
        assertThat(HtmlExport.render(result)).contains("class=\"truncated\">TRUNCATED");
        // exactly at the limit is not truncated
        assertThat(runner.run(report, result.parameters(), 24).truncated()).isFalse();
    }

    @Test
    void listsReportsOverHttp() {
        Response response = get("/reports");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("\"name\":\"partners-of-region\"")
                .contains("\"csv\":\"/reports/partners-of-region.csv\"")
                .contains("\"xlsx\":\"/reports/partners-of-region.xlsx\"")
                .contains("\"chart\":{\"label\":\"country\",\"value\":\"links\"}");
    }

    // --- bad input -------------------------------------------------------------------------------

    @Test
    void httpErrorsNameTheProblem() {
        Response unknown = get("/reports/no-such-report.csv");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/json");
        assertThat(unknown.text()).contains("No report named 'no-such-report'");

        Response badYear = get(path("agreements-by-region", ".json", "fromYear", "2013a"));
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.text()).contains("BAD_REQUEST")
                .contains("Parameter 'fromYear' of report 'agreements-by-region' expects an integer (Int), got '2013a'");

        Response unknownPlace = get(path("partners-of-region", "", "region", "Atlantis"));
        assertThat(unknownPlace.status()).isEqualTo(400);
        assertThat(unknownPlace.text()).contains("Parameter 'region'").contains("a place id or name");

        Response notAPlace = get(path("partners-of-region", ".csv", "region", "org:dalarna-science-park"));
        assertThat(notAPlace.status()).isEqualTo(400);
        assertThat(notAPlace.text()).contains("Parameter 'region'")
                .contains("'org:dalarna-science-park' is Organisation Dalarna Science Park");

        Response unknownParameter = get(path("partners-of-region", ".csv", "regoin", "Dalarna"));
        assertThat(unknownParameter.status()).isEqualTo(400);
        assertThat(unknownParameter.text()).contains("no parameter 'regoin'");

        Response twice = get("/reports/partners-of-region.csv?region=Dalarna&region=Hubei");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.text()).contains("'region' is given 2 times");

        assertThat(get("/reports/partners-of-region.pdf").status()).isEqualTo(404);
    }

    // --- GraphQL ---------------------------------------------------------------------------------

    /** Posts a document from src/test/resources/graphql-test/ with variables; returns the response body. */
    @SuppressWarnings("unchecked")
    Map<String, Object> graphQl(String document, Map<String, Object> variables) {
        String query;
        try (var in = getClass().getResourceAsStream("/graphql-test/" + document + ".graphql")) {
            query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return RestClient.create().post().uri("http://localhost:" + port + "/graphql")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("query", query, "variables", variables)).retrieve().body(Map.class);
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            current = step instanceof Integer i ? ((List<Object>) current).get(i) : ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }

    @Test
    void graphQlListsAndRunsReports() {
        Map<String, Object> list = graphQl("reports", Map.of());
        assertThat(list).doesNotContainKey("errors");
        List<Map<String, Object>> reports = at(list, "data", "reports");
        assertThat(reports).extracting(r -> r.get("name")).containsExactlyInAnyOrder("partners-of-region",
                "agreements-by-region", "projects-by-programme", "international-links-by-country", "cooperation-timeline",
                "twin-towns-by-country");
        Map<String, Object> agreements = reports.stream().filter(r -> r.get("name").equals("agreements-by-region"))
                .findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) at(agreements, "parameters")).extracting(p -> p.get("name"))
                .containsExactly("region", "fromYear", "toYear");
        assertThat((Object) at(agreements, "chart")).isNull();

        Map<String, Object> run = graphQl("reportRun",
                Map.of("name", "international-links-by-country", "params", Map.of("region", "Västmanland")));
        assertThat(run).doesNotContainKey("errors");
        Map<String, Object> report = at(run, "data", "report");
        assertThat(report).containsEntry("rowCount", 5).containsEntry("truncated", false).containsEntry("limit", 10000)
                .containsEntry("columns", List.of("country", "links", "partners", "source"))
                .containsEntry("link", "/reports/international-links-by-country.json?region=place:vastmanland");
        assertThat((Object) at(report, "rows", 0)).isEqualTo(Map.of("country", "Botswana", "links", 1, "partners", 1,
                "source", List.of(S003)));
        assertThat((Object) at(report, "parameters", 0)).isEqualTo(Map.of("name", "region", "type", "Place",
                "value", "place:vastmanland", "label", "Västmanland"));
        assertThat((String) at(report, "generatedAt")).isNotBlank();
        assertThat((List<Object>) at(report, "sources")).contains(Map.of("id", S003,
                "title", "Samverkan och utbyte inom Central Baltic-området"));

        Map<String, Object> inline = graphQl("reportInlineParams", Map.of());
        assertThat(inline).doesNotContainKey("errors");
        assertThat((Object) at(inline, "data", "report", "rowCount")).isEqualTo(3);
        assertThat((Object) at(inline, "data", "report", "parameters", 1, "value")).isEqualTo(2013);
    }

    @Test
    void graphQlErrorsAreClassified() {
        assertError(graphQl("reportRun", Map.of("name", "no-such-report")), "NOT_FOUND", "No report named 'no-such-report'");
        assertError(graphQl("reportRun", Map.of("name", "agreements-by-region", "params", Map.of("fromYear", "soon"))),
                "BAD_REQUEST", "Parameter 'fromYear' of report 'agreements-by-region' expects an integer (Int), got 'soon'");
        assertError(graphQl("reportRun", Map.of("name", "cooperation-timeline", "params", Map.of("regionB", List.of("Hubei")))),
                "BAD_REQUEST", "Parameter 'regionB' of report 'cooperation-timeline' expects a place id or name");
        assertError(graphQl("reportRun", Map.of("name", "projects-by-programme", "params", Map.of("programme", "Dalarna"))),
                "BAD_REQUEST", "Parameter 'programme'");
    }

    @Test
    void paramsThatAreNotAnObjectAreABadRequestNamingTheArgument() {
        for (Object params : List.of("Dalarna", List.of(1, 2), 123)) {
            assertError(graphQl("reportRun", Map.of("name", "partners-of-region", "params", params)),
                    "BAD_REQUEST", "Argument 'params' must be a JSON object of parameter values");
        }
        assertError(graphQlText("{ report(name: \"partners-of-region\", params: [1, 2]) { rowCount } }"),
                "BAD_REQUEST", "Argument 'params' must be a JSON object of parameter values, such as {\"region\": "
                        + "\"Dalarna\"}; got an array");
    }

    @Test
    void paramsWrittenInTheQueryAreReadAsJsonWithWholeNumbersOfAnySize() {
        Map<String, Object> run = graphQlText("{ report(name: \"agreements-by-region\", params: {fromYear: 2010}) { rowCount } }");
        assertThat(run).doesNotContainKey("errors");
        assertError(graphQlText("{ report(name: \"agreements-by-region\", params: {fromYear: 30000000000}) { rowCount } }"),
                "BAD_REQUEST", "Parameter 'fromYear' of report 'agreements-by-region' expects an integer (Int), got '30000000000'");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> graphQlText(String query) {
        return RestClient.create().post().uri("http://localhost:" + port + "/graphql")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("query", query)).retrieve().body(Map.class);
    }

    @Autowired
    ReportGate gate;

    /** Runs {@code action} while this test holds every report slot (nested turns, one per slot). */
    void withEverySlotTaken(int held, Runnable action) {
        if (held == gate.slots()) {
            action.run();
            return;
        }
        gate.run(() -> {
            withEverySlotTaken(held + 1, action);
            return null;
        });
    }

    @Test
    void aReportWithoutATurnIsRefusedAsBusyOverHttpAndGraphQl() {
        withEverySlotTaken(0, () -> {
            Response csv = get(path("partners-of-region", ".csv", "region", "Dalarna"));
            assertThat(csv.status()).isEqualTo(503);
            assertThat(csv.text()).contains("BUSY").contains("Too many reports are running")
                    .contains("samverkan.reports.queue-timeout");
            assertError(graphQl("reportRun", Map.of("name", "partners-of-region", "params", Map.of("region", "Dalarna"))),
                    "BUSY", "Too many reports are running");
        });
        assertThat(get(path("partners-of-region", ".csv", "region", "Dalarna")).status())
                .as("the slots are free again").isEqualTo(200);
    }

    static void assertError(Map<String, Object> response, String classification, String message) {
        List<Map<String, Object>> errors = at(response, "errors");
        assertThat(errors).as(String.valueOf(response)).hasSize(1);
        assertThat((Object) at(errors.get(0), "extensions", "classification")).isEqualTo(classification);
        assertThat((String) at(errors.get(0), "message")).contains(message);
    }

    @Test
    void migrationsNeverAppliedAReport() {
        try (var session = driver.session()) {
            List<String> files = session.run("MATCH (m:SchemaMigration) RETURN m.file AS file").list(r -> r.get("file").asString());
            assertThat(files).isNotEmpty().noneMatch(f -> catalog.all().stream().anyMatch(r -> f.startsWith(r.name())));
        }
    }

    static String withoutTime(String csv) {
        return csv.replaceAll("# generated: \\S+", "# generated: -");
    }

    static List<NamedCsvRecord> parse(String csv, char delimiter) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter)
                .commentStrategy(CommentStrategy.SKIP).ofNamedCsvRecord(csv)) {
            return reader.stream().toList();
        }
    }
}
