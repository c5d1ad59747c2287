package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which spreadsheet cells get the leading quote that keeps a spreadsheet from reading them as formulas. */
class CellsTest {

    @Test
    void textStartingWithAFormulaCharacterGetsAQuote() {
        assertThat(List.of("=1+1", "+SUM(1+1)", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\tTab", "\rCR"))
                .map(Cells::spreadsheet)
                .containsExactly("'=1+1", "'+SUM(1+1)", "'-2+3+cmd|' /C calc'!A0", "'@SUM(1+1)", "'\tTab", "'\rCR");
    }

    @Test
    void aListIsJudgedByTheCellItMakes() {
        assertThat(Cells.spreadsheet(List.of("=A1", "b"))).isEqualTo("'=A1; b");
        assertThat(Cells.spreadsheet(List.of("a", "=A1"))).isEqualTo("a; =A1");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(Cells.spreadsheet(-2)).isEqualTo("-2");
        assertThat(Cells.spreadsheet(-2.5)).isEqualTo("-2.5");
        assertThat(Cells.spreadsheet("Borlänge kommun")).isEqualTo("Borlänge kommun");
        assertThat(Cells.spreadsheet("a=b")).isEqualTo("a=b");
        assertThat(Cells.spreadsheet(null)).isEmpty();
    }

    @Test
    void removingTheQuoteGivesTheValueBack() {
        String name = "=HYPERLINK(\"http://evil.example\",\"x\")";
        assertThat(Cells.spreadsheet(name).substring(1)).isEqualTo(name);
    }
}
