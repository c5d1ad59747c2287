package se.samverkan.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.driver.Driver;

/** What tests of other rooms need from bulk transfer, so its classes can stay package-private. */
public final class TransferFixtures {

    private TransferFixtures() {
    }

    /** Exports the store into {@code dir} and returns the CSV export's text. */
    public static String exportCsv(Driver driver, Path dir) throws IOException {
        new Exporter(driver).export(dir);
        return Files.readString(dir.resolve(Exporter.CSV_FILE));
    }
}
