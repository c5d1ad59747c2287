package se.samverkan.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Facts given twice are found by their key (from_id, type, to_id, source) however large the table grew. */
class FactIndexTest {

    private static Row fact(String from, String type, String to, String source, int line) {
        return new Row("f.csv", line, CompactMap.builder(5).put("record", "relation").put("from_id", from)
                .put("type", type).put("to_id", to).put("source", source).build());
    }

    @Test
    void findsEveryEarlierFactByItsKeyAfterTheTableGrew() {
        FactIndex index = new FactIndex();
        List<Row> first = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Row row = fact("org:a" + i % 100, "PARTNER_IN", "project:p" + i / 100, "s" + i % 7 + ".txt", i);
            first.add(row);
            assertThat(index.putIfAbsent(row)).as("fact %d is new", i).isNull();
        }
        for (int i = 0; i < 20_000; i++) {
            Row again = fact("org:a" + i % 100, "PARTNER_IN", "project:p" + i / 100, "s" + i % 7 + ".txt", 30_000 + i);
            assertThat(index.putIfAbsent(again)).isSameAs(first.get(i));
        }
    }

    @Test
    void factsThatDifferInAnyPartOfTheKeyAreApart() {
        FactIndex index = new FactIndex();
        assertThat(index.putIfAbsent(fact("org:a", "PARTNER_IN", "project:p", "s.txt", 1))).isNull();
        assertThat(index.putIfAbsent(fact("org:b", "PARTNER_IN", "project:p", "s.txt", 2))).isNull();
        assertThat(index.putIfAbsent(fact("org:a", "COORDINATES", "project:p", "s.txt", 3))).isNull();
        assertThat(index.putIfAbsent(fact("org:a", "PARTNER_IN", "project:q", "s.txt", 4))).isNull();
        assertThat(index.putIfAbsent(fact("org:a", "PARTNER_IN", "project:p", "t.txt", 5))).isNull();
        assertThat(index.putIfAbsent(fact("org:a", "PARTNER_IN", "project:p", null, 6))).isNull();
        assertThat(index.putIfAbsent(fact("org:a", "PARTNER_IN", "project:p", null, 7)).line()).isEqualTo(6);
    }
}
