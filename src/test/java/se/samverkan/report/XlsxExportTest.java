package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks read back with Apache POI, as a spreadsheet program would read them. */
class XlsxExportTest {

    static final ReportDefinition REPORT = new ReportDefinition("test-report", "A test report", "For tests.",
            List.of(), null, "RETURN 1");

    static ReportResult result(List<String> columns, List<List<Object>> rows, boolean truncated) {
        return new ReportResult(REPORT, List.of(new ParameterValue("region", "Place", "place:dalarna", "Dalarna")),
                Instant.parse("2026-01-02T03:04:05Z"), columns, rows, 10000, truncated,
                List.of(new CitedSource("001_a.txt", "Affärer Dalarna–Wuhan"), new CitedSource("002_b.txt", null)));
    }

    static Workbook read(ReportResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(result, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void cellsAreTypedAndPartialDatesStayText() throws IOException {
        List<String> columns = List.of("name", "links", "share", "signed", "open", "source", "big");
        List<List<Object>> rows = List.of(
                Arrays.asList("Borlänge kommun", 3L, 0.5, "2013-06-13", true, List.of("001_a.txt", "002_b.txt"),
                        9_007_199_254_740_993L),
                Arrays.asList("Wuhan", 1, 2.25, "2013-06", false, List.of("001_a.txt"), 7L),
                Arrays.asList("Hubei", null, null, "2013", null, List.of(), null),
                Arrays.asList("Nowhere", -2L, null, "2013-02-30", null, null, null));
        try (Workbook workbook = read(result(columns, rows, false))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("test-report");
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(columns);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Borlänge kommun");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(0.5);
            Cell signed = first.getCell(3);
            assertThat(signed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(signed)).isTrue();
            assertThat(signed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2013, 6, 13));
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(first.getCell(4).getBooleanCellValue()).isTrue();
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("001_a.txt; 002_b.txt");
            // beyond 2^53 Excel would round it: kept as text, digit for digit
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("9007199254740993");

            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(second.getCell(3).getCellType()).as("a month is not a day").isEqualTo(CellType.STRING);
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("2013-06");
            assertThat(second.getCell(4).getBooleanCellValue()).isFalse();
            assertThat(second.getCell(6).getNumericCellValue()).isEqualTo(7.0);

            Row third = sheet.getRow(3);
            assertThat(third.getCell(1)).as("null is an empty cell").isNull();
            assertThat(third.getCell(3).getStringCellValue()).isEqualTo("2013");

            Row fourth = sheet.getRow(4);
            assertThat(fourth.getCell(1).getNumericCellValue()).as("a negative number is no formula").isEqualTo(-2.0);
            assertThat(fourth.getCell(3).getStringCellValue()).as("no such day").isEqualTo("2013-02-30");
        }
    }

    @Test
    void theHeaderRowIsFrozenAndFilterable() throws IOException {
        try (Workbook workbook = read(result(List.of("a", "b"), List.of(List.of("x", "y")), false))) {
            XSSFSheet sheet = (XSSFSheet) workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as("the header and the rows below it").isEqualTo("A1:B2");
        }
    }

    @Test
    void textThatASpreadsheetWouldReadAsAFormulaStartsWithAQuote() throws IOException {
        List<Object> formulas = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1+1)", "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)", "\tTAB", "\rCR");
        try (Workbook workbook = read(result(List.of("=a", "b", "c", "d", "e", "f"), List.of(formulas), false))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=a");
            Row row = sheet.getRow(1);
            for (int c = 0; c < formulas.size(); c++) {
                assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(c).getStringCellValue()).isEqualTo("'" + formulas.get(c));
            }
        }
    }

    @Test
    void theProvenanceSheetStatesReportParametersTimeRowsLimitLinkAndSources() throws IOException {
        List<List<Object>> rows = List.of(List.of("x"), List.of("y"));
        try (Workbook workbook = read(result(List.of("name"), rows, true))) {
            Sheet provenance = workbook.getSheet(XlsxExport.PROVENANCE_SHEET);
            assertThat(workbook.getSheetIndex(provenance)).isEqualTo(1);
            List<List<String>> lines = new ArrayList<>();
            provenance.forEach(row -> lines.add(texts(row)));
            assertThat(lines).containsSubsequence(
                    List.of("report", "test-report"),
                    List.of("title", "A test report"),
                    List.of("parameter", "region = place:dalarna (Dalarna)"),
                    List.of("generated (UTC)", "2026-01-02T03:04:05Z"),
                    List.of("rows", "2"),
                    List.of("limit", "10000"),
                    List.of("limit reached", "TRUE"),
                    List.of("note", "TRUNCATED: only the first 10000 rows are included; narrow the parameters to see the rest"),
                    List.of("link", "/reports/test-report.xlsx?region=place:dalarna"),
                    List.of("source", "title"),
                    List.of("001_a.txt", "Affärer Dalarna–Wuhan"),
                    List.of("002_b.txt"));
            assertThat(provenance.getRow(4).getCell(1).getCellType()).as("row count is a number").isEqualTo(CellType.NUMERIC);
            assertThat(provenance.getRow(6).getCell(1).getCellType()).isEqualTo(CellType.BOOLEAN);
        }
    }

    @Test
    void aLargeReportIsWrittenWhole() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of("organisation " + i, (long) i, "2016-10-" + (10 + i % 10)));
        }
        try (Workbook workbook = read(result(List.of("name", "n", "date"), rows, false))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(10_000);
            assertThat(sheet.getRow(10_000).getCell(1).getNumericCellValue()).isEqualTo(9999.0);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(5_000).getCell(2))).isTrue();
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        assertThat(XlsxExport.sheetName("international-links-by-country-and-more")).hasSize(31);
        assertThat(XlsxExport.sheetName("a/b:c")).isEqualTo("a-b-c");
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(switch (cell.getCellType()) {
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                yield v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> cell.getStringCellValue();
        }));
        return texts;
    }
}
