package se.samverkan.curation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of a few entries in insertion order, kept as two arrays. An initial load holds millions of
 * rows and their properties in memory at once; as {@code LinkedHashMap}s they took ~4 GB of the 6 GB live
 * heap at {@code large} (an entry object per value, a hash table per row), and the garbage collector copied
 * all of it (about a third of the validation's time was G1 pauses). Lookups scan the keys: a record has
 * at most a dozen columns. Null values are not kept, as {@link Row} promises.
 */
public final class CompactMap extends AbstractMap<String, Object> {

    private final String[] keys;
    private final Object[] values;

    private CompactMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    public static Builder builder(int expected) {
        return new Builder(expected);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        // The import's column names are interned, as are the literals the validator asks for: an identity
        // pass finds them without comparing the characters of every other key (this method held 15 % of a JFR
        // of reading and validating a large load; the gain after the change was within the runs' spread).
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The keys in order. {@code AbstractMap} keeps the view it makes in a field of the map, and checking a
     * row asks for its columns once: millions of rows each held on to a view object for nothing.
     */
    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return Arrays.asList(keys).iterator();
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    /** Collects the entries; a key put again replaces its value in place, a null value is left out. */
    public static final class Builder {

        private String[] keys;
        private Object[] values;
        private int size;

        private Builder(int expected) {
            keys = new String[Math.max(1, expected)];
            values = new Object[keys.length];
        }

        public Builder put(String key, Object value) {
            if (value == null) {
                return this;
            }
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    values[i] = value;
                    return this;
                }
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
            return this;
        }

        public CompactMap build() {
            return new CompactMap(size == keys.length ? keys : Arrays.copyOf(keys, size),
                    size == values.length ? values : Arrays.copyOf(values, size));
        }

        /**
         * As {@link #build()}, but the key array is shared with every earlier map built with the same keys in
         * the same order, found in (and added to) {@code keySets}: the rows of an import have a few dozen
         * such sets between them, and a key array per row was a twentieth of a large load's heap.
         */
        public CompactMap build(KeySets keySets) {
            return new CompactMap(keySets.find(keys, size), size == values.length ? values : Arrays.copyOf(values, size));
        }
    }

    /**
     * The key arrays made so far. The keys of an import's rows are interned column names, so a row's keys are
     * found by identity among the arrays seen before; only keys that are not (or more sets than a load has)
     * are looked up by their characters. Hashing and comparing a list of keys per row was 7 % of a JFR of
     * reading and validating a {@code large} load.
     */
    public static final class KeySets {

        private static final int SCANNED = 64;

        private final Map<List<String>, String[]> byKeys = new HashMap<>();
        private final String[][] scanned = new String[SCANNED][];
        private int count;
        private int last;

        /** The shared array holding the first {@code size} of {@code keys}, made the first time they are seen. */
        String[] find(String[] keys, int size) {
            if (count > 0 && same(scanned[last], keys, size)) {
                return scanned[last];
            }
            for (int i = 0; i < count; i++) {
                if (same(scanned[i], keys, size)) {
                    last = i;
                    return scanned[i];
                }
            }
            String[] shared = byKeys.get(Arrays.asList(keys).subList(0, size));
            if (shared == null) {
                shared = Arrays.copyOf(keys, size);
                byKeys.put(List.of(shared), shared);
                if (count < SCANNED) {
                    last = count;
                    scanned[count++] = shared;
                }
            }
            return shared;
        }

        /** How many different key arrays there are. */
        int size() {
            return byKeys.size();
        }

        private static boolean same(String[] known, String[] keys, int size) {
            if (known.length != size) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (known[i] != keys[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
