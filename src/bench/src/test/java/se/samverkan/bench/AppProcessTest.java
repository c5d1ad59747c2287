package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What can be checked of the application's own JVM without starting it. */
class AppProcessTest {

    @TempDir
    Path dir;

    @Test
    void cpuTimeIsUserPlusSystemTicksInMillisecondsEvenWhenTheProcessNameHoldsSpacesAndParentheses() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime ...
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 91235 0 12 0 1234 56 7 8 20 0 61 0 1";

        assertThat(AppProcess.cpuMillis(stat)).isEqualTo((1234 + 56) * 10L);
    }

    @Test
    void cpuTimeOfThisProcessGrowsByAtLeastTheWorkOfOneThread() throws Exception {
        // Work measured by the thread's own CPU time, not by the clock: on two busy cores 300 ms of wall
        // time can be much less CPU.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = AppProcess.cpuMillis(Files.readString(Path.of("/proc/self/stat")));
        long start = threads.getCurrentThreadCpuTime();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long spins = 0;
        while (threads.getCurrentThreadCpuTime() - start < Duration.ofMillis(200).toNanos()
                && System.nanoTime() < deadline) {
            spins++;
        }
        long worked = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start).toMillis();
        long after = AppProcess.cpuMillis(Files.readString(Path.of("/proc/self/stat")));

        assertThat(spins).isPositive();
        assertThat(worked).isGreaterThanOrEqualTo(200);
        // the process's clock ticks are 10 ms
        assertThat(after - before).isGreaterThanOrEqualTo(worked - 20);
    }

    @Test
    void freePortsAreDistinctAndCanBeBound() throws Exception {
        int[] ports = AppProcess.freePorts(3);

        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(3);
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port)) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void theApplicationStartsFromTheJarAsAUserStartsItWithTheHeapPortsAndSettingsGiven() {
        Path jar = Path.of("/opt/samverkan.jar");
        List<String> command = AppProcess.command("/jdk/bin/java", "2g", jar, 8081, 7688, 9011, Path.of("/s/store"),
                List.of("--samverkan.query-timeout=30s"));

        assertThat(command.subList(0, 2)).containsExactly("/jdk/bin/java", "-Xmx2g");
        assertThat(command).contains("-Dcom.sun.management.jmxremote.port=9011",
                "-Dcom.sun.management.jmxremote.host=127.0.0.1");
        int at = command.indexOf("-jar");
        assertThat(command.subList(at, command.size())).containsExactly("-jar", jar.toString(), "--server.port=8081",
                "--samverkan.data-dir=/s/store", "--samverkan.embedded.bolt-port=7688", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--samverkan.query-timeout=30s");
    }

    @Test
    void aHeapSizeIsWhatTheJvmTakesAfterXmx() {
        assertThat(AppProcess.heap("app-heap", "4g")).isEqualTo("4g");
        assertThat(AppProcess.heap("app-heap", "512m")).isEqualTo("512m");
        assertThatThrownBy(() -> AppProcess.heap("app-heap", "4 GB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--app-heap").hasMessageContaining("4 GB");
        assertThatThrownBy(() -> AppProcess.heap("load-heap", "-Xmx15g")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--load-heap");
    }

    @Test
    void theProductsExecutableJarIsTakenAsItIs() throws Exception {
        Path jar = jar("app.jar", AppProcess.PRODUCT);

        assertThat(AppProcess.jar(jar)).isEqualTo(jar.toAbsolutePath());
    }

    @Test
    void aMissingJarIsRefusedWithHowToBuildIt() {
        assertThatThrownBy(() -> AppProcess.jar(dir.resolve("target/samverkan-0.1.0.jar")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("There is no product jar")
                .hasMessageContaining("mvn package");
    }

    @Test
    void aJarThatIsNotTheProductsIsRefused() throws Exception {
        Path other = jar("surefirebooter.jar", null);

        assertThatThrownBy(() -> AppProcess.jar(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the product's executable jar").hasMessageContaining("mvn package");
        assertThatThrownBy(() -> AppProcess.jar(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mvn package");
    }

    @Test
    void aProcessThatIgnoresTheRequestToStopIsKilledAfterTheGracePeriod() throws Exception {
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; echo trapped; sleep 60").start();
        // once the shell says so, its trap is in place
        assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(stubborn.getInputStream())).readLine())
                .isEqualTo("trapped");

        assertThat(AppProcess.stop(stubborn, Duration.ofMillis(500))).isFalse();

        assertThat(stubborn.isAlive()).isFalse();
    }

    @Test
    void aProcessThatStopsWhenAskedIsNotKilled() throws Exception {
        Process polite = new ProcessBuilder("sleep", "60").start();

        assertThat(AppProcess.stop(polite, Duration.ofSeconds(10))).isTrue();
        assertThat(polite.isAlive()).isFalse();
    }

    private Path jar(String name, String startClass) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (startClass != null) {
            manifest.getMainAttributes().putValue("Start-Class", startClass);
        }
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            // the manifest is all the check reads
        }
        return jar;
    }
}
