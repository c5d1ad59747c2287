package se.samverkan.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * The application under test in its own JVM, started from the packaged product jar exactly as a user starts it.
 * In the benchmark's JVM it shared a heap, GC pauses and the JIT with the client and with what the data
 * load left behind, and measured slower than it runs alone. Closing it stops the JVM, so that none is
 * left holding the store's lock.
 */
final class AppProcess implements AutoCloseable {

    static final String DEFAULT_HEAP = "4g";

    private static final Duration READY = Duration.ofSeconds(180);
    /** Spring's graceful shutdown and Neo4j's take a few seconds; a JVM that needs more is stuck. */
    private static final Duration STOP = Duration.ofSeconds(30);
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgGtT]?");
    private static final String HOW = "run `mvn package` at the top first, and give the jar with --jar "
            + "target/samverkan-<version>.jar";
    /** The product's main class, which its executable jar names as its Start-Class. */
    static final String PRODUCT = "se.samverkan.SamverkanApplication";

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int boltPort;
    private final JmxMemory memory;
    private final Thread onExit;

    private AppProcess(Process process, Path log, int httpPort, int boltPort, int jmxPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.memory = new JmxMemory(jmxPort, process.pid());
        // Ctrl-C on the benchmark skips its finally blocks; without this the child would keep running.
        this.onExit = new Thread(process::destroy, "stop-application");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /**
     * Starts {@code jar} with {@code -Xmx<heap>} on {@code store} with the given Spring settings, its output
     * to {@code log}, and returns once it answers {@code GET /actuator/health}.
     */
    static AppProcess start(Path jar, String heap, Path store, List<String> settings, Path log)
            throws IOException, InterruptedException {
        int[] ports = freePorts(3);
        List<String> command = command(java(), heap, jar, ports[0], ports[1], ports[2], store, settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, log, ports[0], ports[1], ports[2]);
        try {
            app.awaitReady(READY);
            return app;
        }
        catch (IOException | InterruptedException | RuntimeException | Error e) {
            app.close();
            throw e;
        }
    }

    /**
     * The command line: the application as a user runs it, plus a JMX port on loopback for reading its heap
     * (no authentication: it listens on 127.0.0.1 only, for the length of a benchmark).
     */
    static List<String> command(String java, String heap, Path jar, int httpPort, int boltPort, int jmxPort,
            Path store, List<String> settings) {
        List<String> c = new ArrayList<>(List.of(java, "-Xmx" + heap,
                "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-jar", jar.toString(),
                "--server.port=" + httpPort,
                "--samverkan.data-dir=" + store.toAbsolutePath(),
                "--samverkan.embedded.bolt-port=" + boltPort,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        c.addAll(settings);
        return c;
    }

    /** {@code value} of the option {@code --<option>} if the JVM takes it after {@code -Xmx} (4g, 512m, ...). */
    static String heap(String option, String value) {
        if (!HEAP.matcher(value).matches()) {
            throw new IllegalArgumentException("--" + option + " takes a JVM heap size such as 4g or 512m, not '"
                    + value + "'");
        }
        return value;
    }

    /** {@code jar} if it is the product's executable jar (Spring Boot's, starting {@link #PRODUCT}). */
    static Path jar(Path jar) {
        Path path = jar.toAbsolutePath();
        String start = null;
        if (Files.isRegularFile(path)) {
            try (JarFile file = new JarFile(path.toFile())) {
                Manifest manifest = file.getManifest();
                start = manifest == null ? null : manifest.getMainAttributes().getValue("Start-Class");
            }
            catch (IOException e) {
                // not a jar: refused below
            }
        }
        if (!PRODUCT.equals(start)) {
            throw new IllegalArgumentException((Files.exists(path) ? path + " is not the product's executable jar"
                    : "There is no product jar at " + path) + ": " + HOW);
        }
        return path;
    }

    /**
     * {@code n} distinct ports free at the time of asking. All are held until all are chosen, or the system
     * could hand out the same one twice; another process may still take one before the child binds it.
     */
    static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        }
        finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    /** The java binary running the benchmark, so that the application runs on the same JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with code " + process.exitValue()
                        + " before it was ready; the end of " + log + ":\n" + tail(40));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            }
            catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not answer GET /actuator/health on port " + httpPort
                + " within " + timeout.toSeconds() + " s; the end of " + log + ":\n" + tail(40));
    }

    URI graphql() {
        return URI.create("http://localhost:" + httpPort + "/graphql");
    }

    String bolt() {
        return "bolt://localhost:" + boltPort;
    }

    long pid() {
        return process.pid();
    }

    /**
     * CPU time the application's process has used so far (user and system, all threads, Neo4j's included),
     * in ms, from its /proc stat file; -1 where there is none.
     */
    long cpuMillis() {
        try {
            return cpuMillis(Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat")));
        }
        catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * utime and stime of a /proc stat line, in ms. They are the 14th and 15th fields, counted in clock ticks
     * of 1/100 s (USER_HZ, 100 on every Linux the JDK runs on); the process name before them is in
     * parentheses and may itself hold spaces, so the fields are counted from the last ')'.
     */
    static long cpuMillis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** The application's JIT compilation time so far, ms; -1 when it cannot be read. */
    long jitMillis() {
        return memory.compilationMillis();
    }

    ProcessMemory memory() {
        return memory;
    }

    /** The last {@code lines} lines of the application's output. */
    String tail(int lines) {
        return tail(log, lines);
    }

    /** The last {@code lines} lines of the output file {@code log}. */
    static String tail(Path log, int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(0, file.length() - 64 * 1024);
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
        catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        }
        catch (IllegalStateException e) {
            // the JVM is shutting down: the hook stops the child
        }
        if (!stop(process, STOP)) {
            System.err.println("The application did not stop within " + STOP.toSeconds() + " s; killed it");
        }
    }

    /**
     * Asks {@code process} to stop (SIGTERM: Spring and Neo4j shut down in order) and kills it if it has
     * not within {@code grace}; returns whether it stopped by itself. Waits for it to be gone either way.
     */
    static boolean stop(Process process, Duration grace) {
        boolean interrupted = false;
        process.destroy();
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        catch (InterruptedException e) {
            interrupted = true;
        }
        process.destroyForcibly();
        try {
            process.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

}
