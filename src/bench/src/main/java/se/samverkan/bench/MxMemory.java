package se.samverkan.bench;

import java.io.IOException;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A JVM's memory read through its platform MXBeans and its /proc status file. The beans are this JVM's or
 * JMX proxies of another's: both answer alike, so one reading serves the test and the benchmark's child.
 */
final class MxMemory implements ProcessMemory {

    private final MemoryMXBean memory;
    private final List<MemoryPoolMXBean> pools;
    private final Path status;

    MxMemory(MemoryMXBean memory, List<MemoryPoolMXBean> pools, Path status) {
        this.memory = memory;
        this.pools = pools;
        this.status = status;
    }

    @Override
    public long residentMb() {
        return statusMb(status, "VmRSS");
    }

    @Override
    public long heapAfterGcMb() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }

    @Override
    public Map<String, Object> snapshot() {
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peakHeapMb", peakHeap >> 20);
        m.put("heapUsedNowMb", memory.getHeapMemoryUsage().getUsed() >> 20);
        m.put("maxHeapMb", memory.getHeapMemoryUsage().getMax() >> 20);
        m.put("peakResidentMb", statusMb(status, "VmHWM"));
        m.put("residentNowMb", statusMb(status, "VmRSS"));
        return m;
    }

    /** A value of a /proc file that gives it in kB (status, meminfo), in MB, or -1 where there is none. */
    static long statusMb(Path status, String key) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith(key + ":")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10).orElse(-1L);
        }
        catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
