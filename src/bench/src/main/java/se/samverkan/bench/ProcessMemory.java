package se.samverkan.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

/**
 * The memory of the process that serves the application: the benchmark's child JVM ({@link JmxMemory}),
 * or, in a test against an application in the test's own JVM, this one. Hardening and the report read it
 * through this interface so that they report the server's memory, never the client's.
 */
interface ProcessMemory {

    /** Resident memory now (VmRSS), MB; -1 where /proc has none. */
    long residentMb();

    /** Heap in use right after a full collection requested in that process, MB. */
    long heapAfterGcMb();

    /** Peak heap, heap in use now, max heap, peak resident (VmHWM) and resident now, MB. */
    Map<String, Object> snapshot();

    /** This JVM. */
    static ProcessMemory current() {
        return new MxMemory(ManagementFactory.getMemoryMXBean(), ManagementFactory.getMemoryPoolMXBeans(),
                Path.of("/proc/self/status"));
    }
}
