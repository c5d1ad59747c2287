package se.samverkan.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.shared.BadRequestException;
import se.samverkan.transfer.ImportReader;

/** Reading and validating import files, without a database. */
class ImportValidationTest {

    static final String HEADER = "record,id,type,name,kind,from_id,to_id,source,excerpt,title,publisher,published,date\n";
    static final String SOURCE = "source,test:s.txt,,,,,,,,A title,A publisher,2024-01-02,\n";

    static ImportReader read(String name, String content) {
        ImportReader reader = new ImportReader(1000);
        reader.read(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        return reader;
    }

    static Dataset validate(ImportReader reader) {
        return new Validator(200).validate(reader.rows(), reader.problems(), Lookup.EMPTY, 100);
    }

    static List<Problem> problems(String name, String content) {
        ImportReader reader = read(name, content);
        try {
            validate(reader);
        }
        catch (ValidationException e) {
            return e.problems();
        }
        throw new AssertionError("expected the import to be rejected");
    }

    @Test
    void entityIdsAreCheckedAsTheDocumentedPatternSays() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*:[^\\s|]+");
        List<String> ids = new java.util.ArrayList<>(List.of("org:dalarna-science-park", "place:se", "a:b", "x-1:ÅÄÖ.txt",
                "", ":a", "a:", "A:b", "1a:b", "a-:b", "ab", "a b:c", "a:b c", "a:b|c", "a:b\tc", "a:b\u000Bc", "a:b\u00A0c",
                "a:b:c", "a_b:c", "é:c", "a::", "a:\r"));
        // and every short string over a small alphabet that holds each kind of character the pattern treats apart
        char[] alphabet = {'a', 'z', '0', '-', ':', '|', ' ', '\n', 'A', '_'};
        for (int length = 1; length <= 4; length++) {
            int[] digits = new int[length];
            do {
                StringBuilder id = new StringBuilder();
                for (int d : digits) {
                    id.append(alphabet[d]);
                }
                ids.add(id.toString());
            }
            while (next(digits, alphabet.length));
        }
        for (String id : ids) {
            assertThat(Validator.isEntityId(id)).as(id).isEqualTo(pattern.matcher(id).matches());
        }
        assertThat(ids).hasSizeGreaterThan(10_000);
    }

    private static boolean next(int[] digits, int base) {
        for (int i = digits.length - 1; i >= 0; i--) {
            if (++digits[i] < base) {
                return true;
            }
            digits[i] = 0;
        }
        return false;
    }

    @Test
    void validCsvBecomesParameterRows() {
        Dataset data = validate(read("a.csv", HEADER + SOURCE
                + "entity,test:acme,Organisation,Acme,company,,,test:s.txt,Acme grows.,,,,\n"
                + "entity,place:test-town,Place,Test Town,city,,,,,,,,\n"
                + "relation,,LOCATED_IN,,,test:acme,place:test-town,test:s.txt,Acme sits in Test Town.,,,,2024\n"));
        assertThat(data.sources()).hasSize(1);
        assertThat(data.entities()).hasSize(2);
        assertThat(data.entities().get(1).get("labels")).isEqualTo(List.of("Place", "City"));
        assertThat(data.mentions()).hasSize(1);
        assertThat(data.facts()).hasSize(1);
    }

    @Test
    void aRecordRepeatedIdenticallyIsWrittenOnce() {
        String acme = "entity,test:acme,Organisation,Acme,company,,,test:s.txt,Acme grows.,,,,\n";
        String town = "entity,place:test-town,Place,Test Town,city,,,,,,,,\n";
        String fact = "relation,,LOCATED_IN,,,test:acme,place:test-town,test:s.txt,Acme sits in Test Town.,,,,2024\n";
        String mention = "mention,test:acme,,,,,,test:s.txt,Acme again.,,,,\n";
        Dataset data = validate(read("a.csv", HEADER + SOURCE + SOURCE + acme + town + acme + fact + fact + mention
                + mention));
        assertThat(data.sources()).hasSize(1);
        assertThat(data.entities()).hasSize(2);
        assertThat(data.facts()).hasSize(1);
        assertThat(data.mentions()).hasSize(2); // the entity row's own mention and the mention record
    }

    @Test
    void badRowIsReportedWithItsLineAndColumn() {
        StringBuilder csv = new StringBuilder(HEADER).append(SOURCE);
        for (int i = 0; i < 40; i++) {
            String date = i == 30 ? "2019-02-30" : "2019-02-28";
            csv.append("entity,test:e").append(i).append(",Event,Event ").append(i)
                    .append(",conference,,,test:s.txt,An event.,,,,").append(date).append('\n');
        }
        List<Problem> problems = problems("events.csv", csv.toString());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("events.csv");
            assertThat(p.line()).isEqualTo(33); // header, source, then rows 0..30
            assertThat(p.column()).isEqualTo("date");
            assertThat(p.reason()).contains("not a real date");
        });
    }

    @Test
    void csvThatCannotBeReadIsAProblemAtTheLineOfItsRecordAndTheRowsBeforeItAreKept() {
        String entity = "entity,test:e,Event,\"An \"\"event\"\"\",conference,,,test:s.txt,\"Two\nlines.\",,,,\n";
        ImportReader reader = read("x.csv", HEADER + SOURCE + entity + "entity,test:f,Event,\"F,,,,,,,,,,,\n");
        assertThat(reader.rows()).extracting(row -> row.text("name")).containsExactly(null, "An \"event\"");
        assertThat(reader.rows()).extracting(Row::line).containsExactly(2, 3);
        assertThat(reader.problems()).singleElement().isEqualTo(new Problem("x.csv", 5, null,
                "malformed CSV: a quoted cell in the record that starts on line 5 is not closed by the end of the file"));

        byte[] latin1 = (HEADER + SOURCE + "entity,test:g,Place,Göteborg,,,,test:s.txt,G.,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportReader notUtf8 = new ImportReader(1000);
        notUtf8.read("g.csv", new ByteArrayInputStream(latin1));
        assertThat(notUtf8.problems()).containsExactly(new Problem("g.csv", 3, null, "the file is not UTF-8"));
    }

    @Test
    void textAfterAClosingQuoteIsMalformedAtTheLineOfItsRecord() {
        ImportReader reader = read("x.csv", HEADER + SOURCE + "entity,test:e,Event,\"E\"x,,,,test:s.txt,E.,,,,\n");
        assertThat(reader.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).startsWith("malformed CSV in the record that starts on line 3: ")
                    .contains("after closing quote");
        });
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLineWhereverTheyAre() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) { // beyond the decoder's first buffer
            csv.append(SOURCE);
        }
        byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "entity,test:g,Place,G\u00f6teborg,,,,test:s.txt,G.,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = java.util.Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, file, good.length, bad.length);
        ImportReader reader = new ImportReader(10_000);
        reader.read("g.csv", new ByteArrayInputStream(file));
        assertThat(reader.problems()).containsExactly(new Problem("g.csv", 2002, null, "the file is not UTF-8"));
        assertThat(read("w.csv", "record,name\nentity,G\u00f6teborg \u6b66\u6c49 \ud83d\ude00\n").rows())
                .singleElement().satisfies(row -> assertThat(row.text("name")).isEqualTo("G\u00f6teborg \u6b66\u6c49 \ud83d\ude00"));
    }

    @Test
    void quotedCellsHoldCommasQuotesAndLineBreaksAndRowsKnowTheirLineAfterEveryKindOfLineEnd() {
        ImportReader reader = read("x.csv", "record,name,excerpt\r\n\r\nentity,\" A, \"\"B\"\" \" ,\"two\nlines\"\rentity,"
                + "a\"b,\n\n\nentity,c,\"\"\r\n");
        assertThat(reader.problems()).isEmpty();
        assertThat(reader.rows()).extracting(Row::line).containsExactly(3, 5, 8);
        assertThat(reader.rows()).extracting(row -> row.text("name")).containsExactly("A, \"B\"", "a\"b", "c");
        assertThat(reader.rows()).extracting(row -> row.text("excerpt")).containsExactly("two\nlines", null, null);
    }

    @Test
    void aColumnNamedTwiceInTheHeaderIsRefusedAndAByteOrderMarkIsNot() {
        assertThat(read("x.csv", "record,id,name,id\n").problems())
                .containsExactly(new Problem("x.csv", 1, "id", "the header names this column twice"));
        ImportReader withMark = read("x.csv", "\uFEFF" + HEADER + SOURCE);
        assertThat(withMark.problems()).isEmpty();
        assertThat(withMark.rows()).singleElement().satisfies(row -> assertThat(row.text("title")).isEqualTo("A title"));
    }

    @Test
    void everyBadRowIsReported() {
        List<Problem> problems = problems("x.csv", HEADER + SOURCE
                + "entity,test:a,Organisation,,company,,,test:s.txt,A.,,,,\n"
                + "entity,test:b,Planet,B,,,,test:s.txt,B.,,,,\n"
                + "entity,Bad Id,Organisation,C,,,,test:s.txt,C.,,,,\n"
                + "relation,,OWNS,,,test:x,test:y,test:s.txt,X owns Y.,,,,\n"
                + "thing,,,,,,,,,,,,\n");
        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(3, 4, 5, 6, 7);
        assertThat(problems).extracting(Problem::reason).anySatisfy(r -> assertThat(r).contains("unknown entity type 'Planet'"))
                .anySatisfy(r -> assertThat(r).contains("unknown relation type 'OWNS'"))
                .anySatisfy(r -> assertThat(r).contains("must not be empty"))
                .anySatisfy(r -> assertThat(r).contains("an entity id looks like"));
    }

    @Test
    void referencesMustExistAndTypesMustFit() {
        List<Problem> problems = problems("x.csv", HEADER + SOURCE
                + "entity,test:acme,Organisation,Acme,company,,,test:s.txt,Acme.,,,,\n"
                + "entity,test:bob,Person,Bob,,,,test:s.txt,Bob.,,,,\n"
                + "relation,,WORKS_AT,,,test:acme,test:bob,test:s.txt,Acme works at Bob.,,,,\n"
                + "relation,,LOCATED_IN,,,test:acme,place:nowhere,test:s.txt,Acme is nowhere.,,,,\n"
                + "relation,,LOCATED_IN,,,test:bob,test:acme,test:other.txt,Bob.,,,,\n");
        assertThat(problems).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("line 5", "WORKS_AT does not go from a Organisation to a Person"))
                .anySatisfy(p -> assertThat(p).contains("line 6", "to_id", "unknown entity 'place:nowhere'"))
                .anySatisfy(p -> assertThat(p).contains("line 7", "unknown source 'test:other.txt'"));
    }

    @Test
    void personalDataColumnsAndValuesAreRefused() {
        assertThat(problems("p.csv", "record,id,type,name,phone\n"))
                .anySatisfy(p -> assertThat(p.reason()).contains("personal contact data"));
        List<Problem> problems = problems("p.csv", HEADER + SOURCE
                + "entity,test:ann,Person,Ann,,,,test:s.txt,Ring Ann på +46 70 123 45 67,,,,\n"
                + "entity,test:bo,Person,Bo,,,,test:s.txt,Mejla bo@example.se,,,,\n");
        assertThat(problems).extracting(Problem::reason).containsExactly(
                "contains a phone number; personal contact data is not stored in Samverkan",
                "contains an e-mail address; personal contact data is not stored in Samverkan");
    }

    @Test
    void jsonLinesAreReported() {
        String json = """
                [
                {"record": "source", "id": "test:s.txt", "title": "T", "publisher": "P", "published": "2024"},
                {"record": "entity", "id": "test:acme", "type": "Organisation", "name": "Acme", "aliases": ["A", "B"],
                 "source": "test:s.txt", "excerpt": "Acme."},
                {"record": "entity", "id": "test:e", "type": "Event", "name": "E", "date": "2023-02-29",
                 "source": "test:s.txt", "excerpt": "E."}
                ]
                """;
        List<Problem> problems = problems("a.json", json);
        assertThat(problems).as(problems.toString()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("date");
        });
        assertThat(problems("b.json", "[\n{\"record\": \"source\",\n \"id\": }\n]")).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("malformed JSON"));
    }

    @Test
    void contentAfterTheArrayOfAJsonFileIsAProblemAtItsPosition() {
        String source = "{\"record\": \"source\", \"id\": \"test:s.txt\", \"title\": \"T\", \"publisher\": \"P\","
                + " \"published\": \"2024\"}";
        assertThat(read("a.json", "[" + source + "]\n  [" + source + "]").problems()).containsExactly(new Problem("a.json",
                2, null, "content after the array of records, at line 2, column 3: a JSON import file is one array"));
        assertThat(read("b.json", "[" + source + "] x").problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("malformed JSON"));
        assertThat(read("c.json", "[" + source + "]\n\n").problems()).isEmpty();
    }

    @Test
    void aJsonRecordNamingAKeyTwiceIsRefused() {
        ImportReader reader = read("a.json", "[\n{\"record\": \"source\", \"id\": \"test:s.txt\",\n \"id\": \"test:t.txt\"}\n]");
        assertThat(reader.rows()).isEmpty();
        assertThat(reader.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("a.json");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).isEqualTo("malformed JSON: Duplicate Object property \"id\"");
        });
    }

    @Test
    void oversizedFieldsAndTooManyRowsAreRefused() {
        assertThat(problems("x.csv", HEADER + SOURCE + "entity,test:a,Organisation," + "x".repeat(300)
                + ",company,,,test:s.txt,A.,,,,\n"))
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("at most 200"));
        ImportReader reader = new ImportReader(2);
        reader.read("x.csv", new ByteArrayInputStream((HEADER + SOURCE + SOURCE + SOURCE).getBytes(StandardCharsets.UTF_8)));
        assertThat(reader.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("more than 2 records"));
    }

    @Test
    void datesInSeedStyleAreNotMistakenForPhoneNumbers() {
        assertThat(PersonalData.find("När: torsdag den 13 juni kl 13.15-14.00, 2013-06-13, 2014-2020")).isNull();
        assertThat(PersonalData.find("Tel 0243-79 10 00")).isEqualTo("a phone number");
        assertThatThrownBy(() -> se.samverkan.entity.PartialDates.requireValid("2019-02-30", "date"))
                .isInstanceOf(BadRequestException.class);
    }
}
