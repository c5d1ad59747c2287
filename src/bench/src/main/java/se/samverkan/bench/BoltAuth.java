package se.samverkan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import picocli.CommandLine.Option;

/**
 * How the raw side logs in to the product's embedded Bolt port: no authentication, a password given, or a
 * password read from a file once the product has started (it may write that file on its first start). A
 * relative file is taken within the product's data directory, which is where the product keeps it.
 */
record BoltAuth(String user, String password, Path passwordFile) {

    static final BoltAuth NONE = new BoltAuth("neo4j", null, null);
    /** The file in its data directory where the product keeps its embedded database's password. */
    static final String PRODUCT_PASSWORD_FILE = "neo4j-password";

    BoltAuth {
        if (password != null && passwordFile != null) {
            throw new IllegalArgumentException("give --bolt-password or --bolt-password-file, not both");
        }
    }

    /** The driver's token for a product whose data directory is {@code dataDir}. */
    AuthToken token(Path dataDir) {
        if (password != null) {
            return AuthTokens.basic(user, password);
        }
        if (passwordFile == null) {
            return AuthTokens.none();
        }
        Path file = dataDir.resolve(passwordFile);
        try {
            return AuthTokens.basic(user, Files.readString(file).strip());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the Bolt password from " + file, e);
        }
    }

    /** The command-line options. */
    static final class Options {

        @Option(names = "--bolt-user", defaultValue = "neo4j", description = "Default: ${DEFAULT-VALUE}")
        String user;

        @Option(names = "--bolt-password", description = "The password of the product's embedded Bolt port")
        String password;

        @Option(names = "--bolt-password-file", description = "A file holding that password; a relative path is "
                + "taken within the product's data directory (read once the product has started). Default, without"
                + " --bolt-password: " + PRODUCT_PASSWORD_FILE + ", where the product keeps it")
        Path passwordFile;

        BoltAuth auth() {
            Path file = passwordFile == null && password == null ? Path.of(PRODUCT_PASSWORD_FILE) : passwordFile;
            return new BoltAuth(user == null ? "neo4j" : user, password, file);
        }
    }
}
