package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.database.EmbeddedNeo4j;
import se.samverkan.report.ReportHeaderTest.Run;
import se.samverkan.report.ReportsIntegrationTest.Response;
import tools.jackson.databind.json.JsonMapper;

/** The .xlsx exports on the seed data: a saved report over HTTP and the command line, and the explorer's table. */
@SamverkanIntegrationTest
class XlsxExportIntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Value("${local.server.port}")
    int port;

    @Autowired
    EmbeddedNeo4j neo4j;

    final JsonMapper json = JsonMapper.builder().build();

    Response get(String pathAndQuery) {
        return RestClient.create().get().uri(java.net.URI.create("http://localhost:" + port + pathAndQuery))
                .exchange((request, response) -> new Response(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        response.getHeaders().getFirst("Content-Disposition"), response.getBody().readAllBytes()));
    }

    Response post(byte[] body) {
        return RestClient.create().post().uri("http://localhost:" + port + TableExportController.PATH)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Response(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        response.getHeaders().getFirst("Content-Disposition"), response.getBody().readAllBytes()));
    }

    Response post(Map<String, Object> table) {
        return post(json.writeValueAsBytes(table));
    }

    static Workbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<List<String>> lines(Sheet sheet) {
        List<List<String>> lines = new ArrayList<>();
        sheet.forEach(row -> lines.add(XlsxExportTest.texts(row)));
        return lines;
    }

    @Test
    void partnersOfRegionOpensAsAWorkbookWithItsProvenanceSheet() throws IOException {
        Response response = get(ReportsIntegrationTest.path("partners-of-region", ".xlsx", "region", "Dalarna"));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(XLSX);
        assertThat(response.disposition()).contains("attachment").contains("partners-of-region.xlsx");
        try (Workbook workbook = workbook(response.body())) {
            Sheet rows = workbook.getSheetAt(0);
            assertThat(XlsxExportTest.texts(rows.getRow(0))).containsExactly("partner", "partnerId", "partnerRegion",
                    "partnerCountry", "localParty", "relation", "via", "date", "source");
            assertThat(rows.getLastRowNum()).as("24 rows below the header").isEqualTo(24);
            List<Row> dated = new ArrayList<>();
            rows.forEach(dated::add);
            dated = dated.subList(1, dated.size());
            List<org.apache.poi.ss.usermodel.Cell> dates = dated.stream().map(r -> r.getCell(7))
                    .filter(java.util.Objects::nonNull).toList();
            assertThat(dates).as("full dates are dates").anySatisfy(d -> {
                assertThat(d.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(d)).isTrue();
            });
            assertThat(dates).as("a month stays text").anySatisfy(d -> {
                assertThat(d.getCellType()).isEqualTo(CellType.STRING);
                assertThat(d.getStringCellValue()).isEqualTo("2013-06");
            });
            assertThat(dated).anySatisfy(r -> assertThat(r.getCell(4).getStringCellValue()).isEqualTo("Borlänge kommun"));

            List<List<String>> provenance = lines(workbook.getSheet(XlsxExport.PROVENANCE_SHEET));
            assertThat(provenance).contains(List.of("report", "partners-of-region"),
                    List.of("title", "Cooperation partners of a region"),
                    List.of("parameter", "region = place:dalarna (Dalarna)"), List.of("rows", "24"),
                    List.of("limit reached", "FALSE"),
                    List.of("link", "/reports/partners-of-region.xlsx?region=place:dalarna"));
            int sources = provenance.indexOf(List.of("source", "title"));
            assertThat(sources).isPositive();
            assertThat(provenance.subList(sources + 1, provenance.size())).isNotEmpty().allSatisfy(source -> {
                assertThat(source.get(0)).matches("\\d{3}_[0-9a-f]{16}\\.txt");
                assertThat(source).as("with its title").hasSize(2);
            });
            assertThat(provenance.subList(sources + 1, provenance.size())).extracting(s -> s.get(0))
                    .contains(ReportsIntegrationTest.S001);
        }
        // the provenance link gives the same workbook again
        assertThat(get("/reports/partners-of-region.xlsx?region=place:dalarna").status()).isEqualTo(200);
    }

    @Test
    void xlsxErrorsAreJsonLikeTheOtherExports() {
        Response unknown = get("/reports/no-such-report.xlsx");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/json");
        Response notAPlace = get(ReportsIntegrationTest.path("partners-of-region", ".xlsx", "region", "Atlantis"));
        assertThat(notAPlace.status()).isEqualTo(400);
        assertThat(notAPlace.text()).contains("Parameter 'region'").contains("Atlantis");
        Response pdf = get("/reports/partners-of-region.pdf");
        assertThat(pdf.status()).isEqualTo(404);
        assertThat(pdf.text()).contains("use .csv, .xlsx, .json");
    }

    @Test
    void theCommandLineWritesAWorkbookToAFile() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "report-command"));
        Path file = dir.resolve("timeline.xlsx");
        Files.deleteIfExists(file);
        Run run = ReportHeaderTest.run("report", "cooperation-timeline", "--format", "xlsx", "--output", file.toString(),
                "--spring.neo4j.uri=" + neo4j.boltUri(), "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=" + Files.readString(neo4j.passwordFile()).strip());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).as("nothing binary on standard output").isEmpty();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(17);
            assertThat(lines(workbook.getSheet(XlsxExport.PROVENANCE_SHEET))).contains(
                    List.of("report", "cooperation-timeline"), List.of("rows", "17"),
                    List.of("link", "/reports/cooperation-timeline.xlsx?regionA=place:dalarna&regionB=place:hubei"));
        }
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactly("timeline.xlsx");
        }
    }

    static Map<String, Object> table(List<List<Object>> rows) {
        return Map.of("title", "How are Dalarna and Hubei connected?", "link", "http://localhost/?a=place:dalarna&b=place:hubei",
                "columns", List.of("element", "name", "published", "count"), "rows", rows,
                "sources", List.of(Map.of("id", ReportsIntegrationTest.S001, "title", "Affärer med Wuhan")));
    }

    @Test
    void theExplorersTableComesBackAsAWorkbookWithItsProvenance() throws IOException {
        List<List<Object>> rows = List.of(List.of("node", "Region Dalarna", "2013-06-13", 3),
                java.util.Arrays.asList("edge", "=HYPERLINK(\"http://evil.example\")", "2013", null));
        Response response = post(table(rows));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(XLSX);
        assertThat(response.disposition()).contains("samverkan-view.xlsx");
        try (Workbook workbook = workbook(response.body())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(XlsxExportTest.texts(sheet.getRow(0))).containsExactly("element", "name", "published", "count");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("2013");
            List<List<String>> provenance = lines(workbook.getSheet(XlsxExport.PROVENANCE_SHEET));
            assertThat(provenance).contains(List.of("view", "How are Dalarna and Hubei connected?"),
                    List.of("link", "http://localhost/?a=place:dalarna&b=place:hubei"), List.of("rows", "2"),
                    List.of(ReportsIntegrationTest.S001, "Affärer med Wuhan"));
            assertThat(provenance).anySatisfy(l -> assertThat(l.get(0)).isEqualTo("generated (UTC)"));
        }
    }

    @Test
    void aMalformedTableIsRefusedNamingTheProblem() {
        Response shortRow = post(table(List.of(List.of("node", "Region Dalarna"))));
        assertThat(shortRow.status()).isEqualTo(400);
        assertThat(shortRow.text()).contains("rows[0] must hold 4 values, one per column, got 2");

        Response nested = post(table(List.of(List.of("node", Map.of("x", 1), "", 1))));
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.text()).contains("rows[0][1] (column 'name') must be text, a number, a boolean or null, got an object");

        Response notJson = post("{\"columns\": [".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.text()).contains("the body is not a table as JSON");

        Response noColumns = post(Map.of("rows", List.of()));
        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.text()).contains("'columns' must list 1 to 100 column names");

        List<List<Object>> tooMany = Collections.nCopies(20_001, List.of("a", "b", "c", 1));
        Response many = post(table(tooMany));
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.text()).contains("the table has 20001 rows; at most 20000 are exported");
    }

    /** A client that announces a larger body and waits for 100 Continue gets the refusal instead. */
    @Test
    void aTableLargerThanTheBodyLimitIsRefusedFromItsHeaders() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("POST " + TableExportController.PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + (8L * 1024 * 1024 + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than 8 MB")
                    .contains("samverkan.table-export.max-body");
        }
    }
}
