package se.samverkan.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextQueryFoldTest {

    @Test
    void foldsDiacriticsAndCaseAwaySoSwedishAndEstonianNamesMatchPlainSpellings() {
        assertThat(TextQuery.fold("Borlänge Kommun")).isEqualTo("borlange kommun");
        assertThat(TextQuery.fold("ÖSTERSJÖN")).isEqualTo("ostersjon");
        assertThat(TextQuery.fold("Tartu Ülikool")).isEqualTo("tartu ulikool");
        assertThat(TextQuery.fold("Wuhan Municipal People´s Government")).isEqualTo("wuhan municipal people´s government");
    }

    @Test
    void foldsPlainAsciiToLowerCaseOnly() {
        assertThat(TextQuery.fold("Dalarna Science Park SME2GO")).isEqualTo("dalarna science park sme2go");
        assertThat(TextQuery.fold("")).isEmpty();
    }
}
