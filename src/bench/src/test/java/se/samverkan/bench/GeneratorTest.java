package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator writes the same files for the same size and seed. */
class GeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws Exception {
        Path a = dir.resolve("again");
        Path b = dir.resolve("other");
        new Generator(Size.SMALL, 42, 5_000).write(a);
        new Generator(Size.SMALL, 7, 5_000).write(b);
        Path first = dir.resolve("first");
        new Generator(Size.SMALL, 42, 5_000).write(first);
        assertThat(names(a)).isEqualTo(names(first)).hasSizeGreaterThan(5);
        for (String name : names(a)) {
            assertThat(Files.mismatch(a.resolve(name), first.resolve(name))).as(name).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(a.resolve("04-facts-000.csv"), b.resolve("04-facts-000.csv"))).isNotEqualTo(-1L);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
