package se.samverkan.bench;

import java.util.Locale;

/** The named sizes of a generated graph, in nodes; relationships come out at about five per node. */
enum Size {
    SMALL(10_000), MEDIUM(100_000), LARGE(1_000_000);

    final int nodes;

    Size(int nodes) {
        this.nodes = nodes;
    }

    static Size parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown size '" + value + "'; use small, medium or large");
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
