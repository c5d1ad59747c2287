package se.samverkan.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The import's CSV reader, against commons-csv (which the import used before) and on its own. */
class CsvRecordsTest {

    /** The format the import read with through commons-csv: RFC 4180, trimmed cells, empty lines skipped. */
    private static final CSVFormat COMMONS = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    @Test
    void readsWhatCommonsCsvReadsForRandomWellFormedFiles() throws Exception {
        Random random = new Random(7);
        for (int file = 0; file < 3000; file++) {
            String text = randomCsv(random);
            List<List<String>> expected = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(new StringReader(text), COMMONS)) {
                for (CSVRecord record : parser) {
                    expected.add(record.toList());
                }
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            // small buffers and a stream that hands over a few bytes at a time cut records and cells anywhere
            int buffer = 1 + random.nextInt(16);
            assertThat(all(new CsvRecords(new Trickle(bytes, random.nextLong()), buffer)))
                    .as("file %d, buffer %d:%n%s", file, buffer, text).isEqualTo(expected);
            assertThat(all(new CsvRecords(new ByteArrayInputStream(bytes)))).as("file %d: %s", file, text.replace("\r", "<CR>").replace("\n", "<LF>").replace("\t", "<TAB>")).isEqualTo(expected);
        }
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        List<List<String>> records = all(new CsvRecords(in("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\" ,\" pad \"\n")));
        assertThat(records).containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", "pad"));
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsText() throws Exception {
        assertThat(all(new CsvRecords(in("a\"b, \"c\"\n")))).containsExactly(List.of("a\"b", "\"c\""));
    }

    @Test
    void recordsKnowTheLineTheyStartOnCountingEveryKindOfLineEnd() throws Exception {
        CsvRecords csv = new CsvRecords(in("h\r\n\r\n\"a\r\nb\rc\nd\"\n\ne\rf\r\ng"), 3);
        List<Integer> lines = new ArrayList<>();
        while (csv.next()) {
            lines.add(csv.line());
        }
        assertThat(lines).containsExactly(1, 3, 8, 9, 10);
    }

    @Test
    void aTrailingCommaIsAnEmptyLastCell() throws Exception {
        assertThat(all(new CsvRecords(in("a,\nb,")))).containsExactly(List.of("a", ""), List.of("b", ""));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstCell() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'r', 'e', 'c', 'o', 'r', 'd', '\n', 'x'};
        assertThat(all(new CsvRecords(new ByteArrayInputStream(bom), 1))).containsExactly(List.of("record"), List.of("x"));
    }

    @Test
    void anUnclosedQuoteIsMalformedAtTheLineItOpens() {
        assertThatThrownBy(() -> all(new CsvRecords(in("a,b\nc,\"d\ne\n"))))
                .isInstanceOfSatisfying(CsvRecords.MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("malformed CSV: a quoted cell that starts on line 2 is not closed by the end of the file");
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() {
        assertThatThrownBy(() -> all(new CsvRecords(in("a\n\"x\"y,z\n"))))
                .isInstanceOfSatisfying(CsvRecords.MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("follows the closing quote of a cell on line 2");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirRecordsLine() throws Exception {
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, '('}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xFF})) {
            byte[] file = concat("ok\nstill ok\n".getBytes(StandardCharsets.UTF_8), bad);
            CsvRecords csv = new CsvRecords(new ByteArrayInputStream(file));
            assertThat(csv.next()).isTrue();
            assertThat(csv.text(0)).isEqualTo("ok");
            assertThat(csv.next()).isTrue();
            assertThat(csv.next()).isTrue();
            assertThatThrownBy(() -> csv.text(0)).isInstanceOfSatisfying(CsvRecords.MalformedCsvException.class,
                    e -> assertThat(e.line()).isEqualTo(3)).hasMessage("the file is not UTF-8");
        }
        String wide = "Göteborg, 武汉, 😀";
        assertThat(all(new CsvRecords(in(wide)))).containsExactly(List.of("Göteborg", "武汉", "😀"));
    }

    @Test
    void utf8IsCheckedAsTheJdksReportingDecoderChecksIt() {
        Random random = new Random(11);
        byte[] interesting = {0x00, 0x41, 0x7F, (byte) 0x80, (byte) 0x8F, (byte) 0x90, (byte) 0x9F, (byte) 0xA0,
                (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xEF,
                (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF};
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
            }
            boolean decodes;
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
                decodes = true;
            }
            catch (java.nio.charset.CharacterCodingException e) {
                decodes = false;
            }
            assertThat(Utf8.isValid(bytes, 0, bytes.length)).as("%s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(decodes);
        }
    }

    @Test
    void sharedCellsAreOneInstanceEachAcrossRecordsAndFiles() throws Exception {
        CsvRecords.SharedStrings strings = new CsvRecords.SharedStrings();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) { // enough distinct values for the table to grow several times
            text.append("s").append(i % 2500).append(",Kina\n");
        }
        List<String> first = new ArrayList<>();
        CsvRecords csv = new CsvRecords(in(text.toString()), 64);
        while (csv.next()) {
            first.add(csv.shared(0, strings));
            assertThat(csv.shared(1, strings)).isEqualTo("Kina");
        }
        assertThat(strings.size()).isEqualTo(2501);
        CsvRecords again = new CsvRecords(in(text.toString()));
        for (int i = 0; again.next(); i++) {
            String value = again.shared(0, strings);
            assertThat(value).isEqualTo("s" + i % 2500).isSameAs(first.get(i % 2500)).isSameAs(first.get(i));
        }
        assertThat(strings.size()).isEqualTo(2501);
    }

    private static List<List<String>> all(CsvRecords csv) throws Exception {
        List<List<String>> records = new ArrayList<>();
        while (csv.next()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < csv.size(); i++) {
                cells.add(csv.text(i));
            }
            records.add(cells);
        }
        return records;
    }

    private static String randomCsv(Random random) {
        String[] pieces = {"a", "bc", " ", "\t", "\"", ",", "\n", "\r\n", "\r", "å", "武", "😀", "x y", ""};
        String[] ends = {"\n", "\r\n", "\r"};
        StringBuilder text = new StringBuilder();
        int records = random.nextInt(6);
        for (int r = 0; r < records; r++) {
            if (random.nextInt(5) == 0) {
                text.append(ends[random.nextInt(ends.length)]); // an empty line
            }
            int cells = 1 + random.nextInt(4);
            for (int c = 0; c < cells; c++) {
                StringBuilder cell = new StringBuilder();
                int length = random.nextInt(5);
                for (int i = 0; i < length; i++) {
                    cell.append(pieces[random.nextInt(pieces.length)]);
                }
                String value = cell.toString();
                boolean quote = random.nextBoolean() || value.matches("(?s).*[,\r\n].*") || value.startsWith("\"");
                if (quote) {
                    text.append('"').append(value.replace("\"", "\"\"")).append('"');
                    if (random.nextInt(4) == 0) {
                        text.append(" \t".charAt(random.nextInt(2))); // spaces after the closing quote
                    }
                }
                else {
                    text.append(value);
                }
                if (c < cells - 1) {
                    text.append(',');
                }
            }
            if (r < records - 1 || random.nextBoolean()) {
                text.append(ends[random.nextInt(ends.length)]);
            }
        }
        return text.toString();
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Hands over between one and five bytes per read, as a slow network might. */
    private static final class Trickle extends InputStream {

        private final byte[] bytes;
        private final Random random;
        private int next;

        Trickle(byte[] bytes, long seed) {
            this.bytes = bytes;
            this.random = new Random(seed);
        }

        @Override
        public int read() {
            return next < bytes.length ? bytes[next++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (next >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + random.nextInt(5)), bytes.length - next);
            System.arraycopy(bytes, next, b, off, n);
            next += n;
            return n;
        }
    }
}
