package se.samverkan.bench;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;

/** The named sizes of a generated graph, in nodes; relationships come out at about five per node. */
enum Size {
    TINY(1_000), SMALL(10_000), MEDIUM(100_000), LARGE(1_000_000);

    final int nodes;

    Size(int nodes) {
        this.nodes = nodes;
    }

    static Size parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown size '" + value + "'; use tiny, small, medium or large");
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code --size}, with the message {@link #parse} gives. */
    static final class Converter implements ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            try {
                return parse(value);
            }
            catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
