package se.samverkan.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import se.samverkan.transfer.ImportReader;
import se.samverkan.transfer.Importer;

/**
 * The checks across rows split a large import in two halves, one per thread: what they find must not depend
 * on which half a row or the row it refers to is in.
 */
class ReferenceChecksTest {

    private static final ImportProperties PROPERTIES = new ImportProperties(DataSize.ofMegabytes(64), 1_000_000,
            200, 100, 1000, Duration.ofMinutes(1));
    private static final String HEADER = "record,id,type,name,kind,from_id,to_id,source,excerpt,title,publisher\n";
    private static final int PAIRS = 60_000; // 120 000 rows and more: over the threshold for two threads

    @Test
    void findsEveryBrokenReferenceInRowOrderInBothHalvesOfALargeImport() {
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append("source,s1,,,,,,,,A title,A publisher\n"); // line 2
        csv.append("entity,org:late,Organisation,Late,company,,,,,,\n"); // line 3: only a mention at the end names it
        csv.append("entity,org:never,Organisation,Never,company,,,,,,\n"); // line 4: nothing names it
        for (int i = 0; i < PAIRS; i++) { // entity i on line 5 + 2i, its relation on line 6 + 2i
            csv.append("entity,org:e").append(i).append(",Organisation,E").append(i).append(",company,,,s1,E,,\n");
            String source = i == 10 || i == PAIRS - 10 ? "s9" : "s1";
            String to = i == PAIRS - 5 ? "org:nowhere" : "org:e" + ((i + 1) % PAIRS);
            csv.append("relation,,COOPERATES_WITH,,,org:e").append(i).append(',').append(to).append(',')
                    .append(source).append(",E and E,,\n");
        }
        csv.append("mention,org:late,,,,,,s1,Late,,\n");
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        ImportReader reader = Importer.read(List.of(new Importer.Input("big.csv", bytes.length,
                () -> new ByteArrayInputStream(bytes))), PROPERTIES);

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new Validator(PROPERTIES.maxFieldLength()).validate(reader.rows(), reader.problems(),
                        Lookup.EMPTY, PROPERTIES.maxReportedProblems()));

        assertThat(e.problems()).extracting(Problem::line, Problem::column).containsExactly(
                tuple(6 + 2 * 10, "source"),
                tuple(6 + 2 * (PAIRS - 10), "source"),
                tuple(6 + 2 * (PAIRS - 5), "to_id"),
                tuple(4, "source"));
        assertThat(e.problems().get(2).reason()).startsWith("unknown entity 'org:nowhere'");
        assertThat(e.problems().get(3).reason()).startsWith("a new entity needs a source");
    }
}
