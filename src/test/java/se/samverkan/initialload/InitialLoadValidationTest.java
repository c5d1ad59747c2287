package se.samverkan.initialload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import se.samverkan.curation.Dataset;
import se.samverkan.curation.ImportProperties;
import se.samverkan.curation.Lookup;
import se.samverkan.curation.Problem;
import se.samverkan.curation.ValidationException;
import se.samverkan.curation.Validator;
import se.samverkan.transfer.ImportReader;
import se.samverkan.transfer.Importer;

/**
 * The initial load checks rows on a second thread while it reads the next file; what it finds must be
 * what an ordinary import's validation finds, problem for problem and in the same order.
 */
class InitialLoadValidationTest {

    private static final ImportProperties PROPERTIES = new ImportProperties(DataSize.ofMegabytes(1), 1000, 200, 100,
            1000, Duration.ofMinutes(1));
    private static final String HEADER = "record,id,type,name,kind,from_id,to_id,source,excerpt,title,publisher\n";

    private static Importer.Input file(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new Importer.Input(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    private static final List<Importer.Input> FILES = List.of(
            file("1-sources.csv", HEADER
                    + "source,s1,,,,,,,,A title,A publisher\n"
                    + "source,s2,,,,,,,,,\n" // no title, no publisher
                    + "source,s1,,,,,,,,Another title,A publisher\n"), // s1 again, other values
            file("2-entities.csv", HEADER
                    + "entity,org:a,Organisation,A,company,,,s1,A is named,,\n"
                    + "entity,org:b,Spaceship,B,,,,s1,B is named,,\n"
                    + "entity,org:c,Organisation,C,company,,,,,,\n" // no source
                    + "entity,org:a,Organisation,A again,company,,,s1,A is named,,\n"
                    + "bogus,org:d,,,,,,,,,\n"),
            file("3-facts.csv", HEADER
                    + "relation,,PARTNER_IN,,,org:a,org:zzz,s1,A and Z,,\n"
                    + "relation,,LOCATED_IN,,,org:a,org:c,s9,A in C,,\n"
                    + "relation,,COOPERATES_WITH,,,org:a,org:c,s1,A and C,,\n"
                    + "relation,,COOPERATES_WITH,,,org:a,org:c,s1,A and C again,,\n"
                    + "relation,,PARTNER_IN,,,Org A,org:c,s1,bad id,,\n"),
            file("4-broken.csv", HEADER + "relation,\"unclosed\n"));

    @Test
    void findsTheSameProblemsInTheSameOrderAsAnImport() {
        ImportReader reader = Importer.read(FILES, PROPERTIES);
        ValidationException sequential = catchThrowableOfType(ValidationException.class,
                () -> new Validator(PROPERTIES.maxFieldLength()).validate(reader.rows(), reader.problems(),
                        Lookup.EMPTY, PROPERTIES.maxReportedProblems()));
        ValidationException initial = catchThrowableOfType(ValidationException.class,
                () -> InitialLoad.validate(FILES, PROPERTIES));
        assertThat(sequential.problems()).hasSizeGreaterThan(8);
        assertThat(initial.problems()).containsExactlyElementsOf(sequential.problems());
        assertThat(initial.problems()).extracting(Problem::reason).anyMatch(r -> r.startsWith("the same fact"))
                .anyMatch(r -> r.startsWith("the entity 'org:a' is already defined"));
    }

    @Test
    void makesTheSameDatasetAsAnImportFromValidFiles() {
        List<Importer.Input> files = List.of(
                file("1.csv", HEADER + "source,s1,,,,,,,,A title,A publisher\n"
                        + "entity,org:a,Organisation,A,company,,,s1,A is named,,\n"),
                file("2.csv", HEADER + "entity,org:c,Organisation,C,company,,,s1,C is named,,\n"
                        + "relation,,COOPERATES_WITH,,,org:a,org:c,s1,A and C,,\n"
                        + "relation,,COOPERATES_WITH,,,org:a,org:c,s1,A and C,,\n"
                        + "entity,org:a,Organisation,A,company,,,s1,A is named,,\n"));
        ImportReader reader = Importer.read(files, PROPERTIES);
        Dataset sequential = new Validator(PROPERTIES.maxFieldLength()).validate(reader.rows(), reader.problems(),
                Lookup.EMPTY, PROPERTIES.maxReportedProblems());
        Dataset initial = InitialLoad.validate(files, PROPERTIES);
        assertThat(initial).isEqualTo(sequential);
        assertThat(initial.facts()).hasSize(1);
        assertThat(initial.entities()).hasSize(2);
    }
}
