package se.samverkan.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import se.samverkan.curation.ImportProperties;
import se.samverkan.curation.ImportResult;
import se.samverkan.curation.Problem;
import se.samverkan.curation.Row;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.curation.ValidatedWrite.Progress;

/**
 * Imports files all or nothing. Every row is read and validated first (against the files and the store);
 * an invalid import is rejected as a whole with every problem. A valid one is written in UNWIND batches
 * inside ONE database transaction: until it commits, no reader sees any of it, and if the process dies
 * half-way Neo4j's recovery discards the uncommitted transaction on the next start, so the store is as
 * it was. Validation runs in that same transaction, so nothing can change between check and write.
 */
@Component
public class Importer {

    /** One file to import: its name (the extension decides CSV or JSON), size and content. */
    public record Input(String name, long size, Opener opener) {

        public static Input of(java.nio.file.Path file) {
            return new Input(file.getFileName().toString(), file.toFile().length(),
                    () -> java.nio.file.Files.newInputStream(file));
        }

        /** The named files for a command-line import, or null after naming one that does not exist. */
        public static List<Input> files(List<String> names, java.io.PrintStream err) {
            List<Input> inputs = new java.util.ArrayList<>();
            for (String name : names) {
                java.nio.file.Path path = java.nio.file.Path.of(name);
                if (!java.nio.file.Files.isRegularFile(path)) {
                    err.println(name + ": no such file");
                    return null;
                }
                inputs.add(of(path));
            }
            return inputs;
        }
    }

    public interface Opener {
        InputStream open() throws IOException;
    }

    private final ValidatedWrite writes;
    private final ImportProperties properties;

    @Autowired
    Importer(ValidatedWrite writes, ImportProperties properties) {
        this.writes = writes;
        this.properties = properties;
    }

    Importer(Driver driver, ImportProperties properties) {
        this(new ValidatedWrite(driver, properties), properties);
    }

    ImportResult importFiles(List<Input> inputs, Progress progress) {
        ImportReader reader = read(inputs, properties);
        return writes.write(reader.rows(), reader.problems(), progress);
    }

    /** Reads every file (problems are collected, not thrown). */
    public static ImportReader read(List<Input> inputs, ImportProperties properties) {
        return read(inputs, properties, rows -> {
        });
    }

    /** As {@link #read(List, ImportProperties)}, handing {@code afterEachFile} the rows of each file once read. */
    public static ImportReader read(List<Input> inputs, ImportProperties properties,
            java.util.function.Consumer<List<Row>> afterEachFile) {
        ImportReader reader = new ImportReader(properties.maxRows());
        List<Problem> tooLarge = new java.util.ArrayList<>();
        for (Input input : inputs) {
            if (input.size() > properties.maxFileSize().toBytes()) {
                tooLarge.add(new Problem(input.name(), null, null, "the file has " + input.size() + " bytes; at most "
                        + properties.maxFileSize().toBytes() + " are accepted (samverkan.import.max-file-size)"));
                continue;
            }
            int before = reader.rows().size();
            try (InputStream in = input.opener().open()) {
                reader.read(input.name(), in);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + input.name(), e);
            }
            afterEachFile.accept(reader.rows().subList(before, reader.rows().size()));
        }
        reader.problems().addAll(0, tooLarge);
        return reader;
    }
}
