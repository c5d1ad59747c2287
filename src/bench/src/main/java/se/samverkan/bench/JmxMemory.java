package se.samverkan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The memory of the application's own JVM: resident memory from its /proc status file, heap over JMX.
 * Each heap reading opens its own connection and closes it: while a JMX client is connected, RMI's
 * distributed GC makes both JVMs collect their whole heap at least once an hour, which a long run would
 * measure.
 */
final class JmxMemory implements ProcessMemory {

    private final JMXServiceURL url;
    private final Path status;

    JmxMemory(int jmxPort, long pid) {
        try {
            this.url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi");
        }
        catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
        this.status = Path.of("/proc", Long.toString(pid), "status");
    }

    @Override
    public long residentMb() {
        return MxMemory.statusMb(status, "VmRSS");
    }

    @Override
    public long heapAfterGcMb() {
        return overJmx(ProcessMemory::heapAfterGcMb);
    }

    @Override
    public Map<String, Object> snapshot() {
        return overJmx(ProcessMemory::snapshot);
    }

    /**
     * The time the application's JIT compilers have spent so far, ms ({@code CompilationMXBean}); -1 when
     * it cannot be read. A warm-up goes on while it grows.
     */
    long compilationMillis() {
        try {
            return connected(server -> {
                CompilationMXBean jit = ManagementFactory.newPlatformMXBeanProxy(server,
                        ManagementFactory.COMPILATION_MXBEAN_NAME, CompilationMXBean.class);
                return jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1L;
            });
        }
        catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private <T> T overJmx(Function<ProcessMemory, T> read) {
        try {
            return connected(server -> read.apply(new MxMemory(ManagementFactory.newPlatformMXBeanProxy(server,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class),
                    ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class), status)));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the application's memory over JMX at " + url, e);
        }
    }

    /** What one reading asks of the application's MBean server. */
    private interface Reading<T> {
        T from(MBeanServerConnection server) throws IOException;
    }

    /** One reading over a connection of its own (see the class comment for why it is not kept open). */
    private <T> T connected(Reading<T> reading) throws IOException {
        try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
            return reading.from(connector.getMBeanServerConnection());
        }
    }
}
