package se.samverkan.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name rules alone, before codes and places: which pairs are certain, which go to a curator, which are apart. */
class NameSimilarityTest {

    enum Outcome {
        SAME, UNCERTAIN, NEW
    }

    static Outcome outcome(double score) {
        return score >= RuleMatching.SAME ? Outcome.SAME : score >= RuleMatching.QUEUE ? Outcome.UNCERTAIN : Outcome.NEW;
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            BORLÄNGE KOMMUN;                 Borlänge kommun;                 SAME
            Stiftelsen Dalarna Science Park; Dalarna Science Park;            SAME
            Länsstyrelsen I Dalarnas Län;    Länsstyrelsen Dalarna;           SAME
            Länsstyrelsen för Blekinge län;  Länsstyrelsen Blekinge län;      SAME
            Falun Borlänge Regionen Ab;      Falun Borlänge region;           SAME
            Borlänge Municipality;           Borlänge kommun;                 SAME
            Dellner Couplers AB (publ);      Dellner Couplers;                SAME
            Ekonomisk förening Dalakraft;    Dalakraft;                       SAME
            Nordic Wind Oy;                  Nordic Wind;                     SAME
            Högskolan i Dalarna;             Högskolan Dalarna;               SAME
            Göteborgs Stad;                  Göteborg Stad;                   SAME
            Varberg Municipality;            Varbergs kommun;                 SAME
            Lund University;                 Lunds Universitet;               SAME
            Invest Stockholm Business Region; Stockholm Business Region;      UNCERTAIN
            Sweden Water Research Ab;        Sweden Water Research Aktiebolag; SAME
            Strömstads kommun;               Strömsunds kommun;               UNCERTAIN
            Aktiebolaget Kristianstadsbyggen; Kristianstads kommun;           NEW
            Dalarna Science Park AB;         Stiftelsen Dalarna Science Park; UNCERTAIN
            Dalarna Science Parks;           Dalarna Science Park;            UNCERTAIN
            Science Park Dalarna;            Dalarna Science Park;            UNCERTAIN
            Region Dalarna;                  Länsstyrelsen Dalarna;           NEW
            Borlänge Energi;                 Borlänge kommun;                 NEW
            Falu kommun;                     Borlänge kommun;                 NEW
            AB;                              Volvo AB;                        NEW
            Region Kalmar län;               Region Dalarna;                  NEW
            """)
    void pairsComeOutAsTheRulesSay(String incoming, String stored, Outcome expected) {
        NameSimilarity.Score score = NameSimilarity.compare(NameRules.normalise(incoming), NameRules.normalise(stored));
        assertThat(outcome(score.score())).as("%s vs %s: %s", incoming, stored, score).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Stiftelsen Dalarna Science Park; Dalarna Science Park;  the same name without the legal form 'Stiftelsen'
            Länsstyrelsen I Dalarnas Län;    Länsstyrelsen Dalarna; the same name reading 'I Dalarnas Län' as the county Dalarna
            Falun Borlänge Regionen Ab;      Falun Borlänge region; the same name without the legal form 'Ab', reading 'Regionen' as 'region'
            Dalarna Science Park AB;         Stiftelsen Dalarna Science Park; the same name but with the legal forms 'AB' and 'Stiftelsen'
            Högskolan I Skövde;              Högskolan Skövde;      the same name but for punctuation or filler words
            """)
    void theReasonSaysWhatWasReadDifferently(String incoming, String stored, String reason) {
        assertThat(NameSimilarity.compare(NameRules.normalise(incoming), NameRules.normalise(stored)).reason())
                .isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Länsstyrelsen I Dalarnas Län; lansstyrelsen dalarna
            Dalarnas län;                 dalarna
            Region Västra Götaland;       region vastra gotaland
            Västra Götalands läns landsting; vastra gotaland landsting
            Falun & Borlänge Regionen AB; falun borlange region
            I Dalarnas Science Park;      dalarna science park
            Lysekils kommun;              lysekil kommun
            Stockholm Business Region AB; stockholm business region
            """)
    void namesNormaliseToTheirIdentifyingWords(String name, String words) {
        assertThat(NameRules.normalise(name).key()).isEqualTo(words);
    }
}
