package se.samverkan.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded DBMS's {@code neo4j} user: random, made with the store and kept in the data
 * directory in a file only its owner may read, so that only who can read the store can open a Bolt session.
 * A new password reaches Neo4j through its {@code auth.ini} before the DBMS starts (the same file
 * {@code neo4j-admin dbms set-initial-password} writes), so the Bolt port never opens with a password that
 * anyone else knows; a store made before the password existed still has Neo4j's default one, which Neo4j
 * replaces from that file at start.
 */
final class EmbeddedNeo4jPassword {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jPassword.class);

    static final String FILE = "neo4j-password";
    static final String USER = "neo4j";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedNeo4jPassword() {
    }

    /** The password of the store in {@code home}, made (with the {@code auth.ini} that sets it) when it has none. */
    static String prepare(Path home) {
        Path file = home.resolve(FILE);
        if (Files.exists(file)) {
            restrictToOwner(file);
            return read(home);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        writeInitialUser(home, password);
        try {
            if (supportsPosix(home)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            else {
                Files.createFile(file);
            }
            Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        }
        catch (FileAlreadyExistsException e) {
            // another process made it in between; its password is the store's
            return read(home);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the database password file " + file, e);
        }
        log.info("Made a password for the embedded database in {} (readable by its owner only)", file);
        return password;
    }

    /** The password kept in the data directory {@code home}; fails if there is none. */
    static String read(Path home) {
        Path file = home.resolve(FILE);
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("The database password file " + file + " is empty; delete it and "
                        + "restart to make a new one");
            }
            return password;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database password file " + file
                    + " (it is made when the embedded database first starts)", e);
        }
    }

    /**
     * After start: Neo4j took {@code auth.ini} in; remove it, and if the {@code neo4j} user still has another
     * password (a store whose password someone changed by hand), set ours through the embedded API.
     */
    static void confirm(Path home, DatabaseManagementService dbms, String password) {
        try {
            Files.deleteIfExists(initialUserFile(home));
        }
        catch (IOException e) {
            log.warn("Could not delete Neo4j's initial user file {}: {}", initialUserFile(home), e.getMessage());
        }
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean matches;
        try (Transaction tx = system.beginTx()) {
            // Neo4j's own record of its users (what its auth.ini step reads); the system database takes no MATCH
            Node user = tx.findNode(Label.label("User"), "name", USER);
            matches = user != null && matches(String.valueOf(user.getProperty("credentials", "")), password);
        }
        if (!matches) {
            log.warn("The embedded database's user {} had another password; setting the one in {}", USER,
                    home.resolve(FILE));
            system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        }
    }

    private static boolean matches(String serialized, String password) {
        try {
            return SystemGraphCredential.deserialize(serialized, new SecureHasher())
                    .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        }
        catch (Exception e) {
            return false;
        }
    }

    private static void writeInitialUser(Path home, String password) {
        Path authIni = initialUserFile(home);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            Files.createDirectories(authIni.getParent());
            Files.deleteIfExists(authIni);
            FileUserRepository users = new FileUserRepository(fs, authIni, NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(USER, null,
                    SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8),
                            new SecureHasher()),
                    false, false));
            users.shutdown();
        }
        catch (Exception e) {
            throw new IllegalStateException("Cannot write Neo4j's initial user file " + authIni, e);
        }
    }

    private static Path initialUserFile(Path home) {
        return CommunitySecurityModule.getInitialUserRepositoryFile(
                Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build());
    }

    private static void restrictToOwner(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view != null && !view.readAttributes().permissions().equals(OWNER_ONLY)) {
                log.warn("The database password file {} could be read by others; restricting it to its owner", file);
                view.setPermissions(OWNER_ONLY);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the database password file " + file + " to its owner", e);
        }
    }

    private static boolean supportsPosix(Path dir) {
        return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    }
}
