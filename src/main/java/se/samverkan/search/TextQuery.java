package se.samverkan.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.samverkan.shared.BadRequestException;

/**
 * Turns what a person types into a Lucene query for the {@code entity_names} index. Only letters and
 * digits survive, so no Lucene syntax from the input reaches the parser; each word must match, as a
 * whole word (ranked higher) or as a prefix, so that "dalarna sci" finds Dalarna Science Park.
 */
public final class TextQuery {

    private TextQuery() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** What separates words; compiled once, as {@code String.split} would compile it on every search. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Lower case without diacritics, as the index's folding analyzer stores names. A search folds every
     * name and alias of its candidates, so the pattern is compiled once and plain ASCII skips the
     * decomposition.
     */
    public static String fold(String text) {
        if (ascii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Longest text searched: a name with some context, not a document (which would tie up the index). */
    static final int MAX_LENGTH = 500;
    /** Most words searched: each becomes two Lucene clauses, and Lucene refuses more than 1024. */
    static final int MAX_WORDS = 32;

    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        if (text.length() > MAX_LENGTH) {
            throw new BadRequestException("text is " + text.length() + " characters long; at most " + MAX_LENGTH
                    + " are searched");
        }
        List<String> words = Arrays.stream(NOT_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
        if (words.size() > MAX_WORDS) {
            throw new BadRequestException("text has " + words.size() + " words; at most " + MAX_WORDS + " are searched");
        }
        return words;
    }

    /** All words must match (AND). */
    public static String all(String text) {
        return join(text, " AND ");
    }

    /** Any word may match (OR): the fallback when no entity has all of them. */
    public static String any(String text) {
        return join(text, " OR ");
    }

    private static String join(String text, String operator) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            throw new BadRequestException("text must contain at least one letter or digit, got '" + text + "'");
        }
        return words.stream()
                .map(w -> w.length() > 1 && w.chars().allMatch(c -> c < 0x2E80) ? "(" + w + "^3 OR " + w + "*)" : w)
                .collect(Collectors.joining(operator));
    }
}
