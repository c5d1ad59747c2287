package se.samverkan.dataset;

import se.samverkan.search.TextQuery;

/** Ids and keys made from a dataset's names: folded as search folds them, so spellings that differ in case or
 * diacritics only ("BORLÄNGE KOMMUN", "Borlänge kommun") are one key. */
final class Ids {

    private static final int MAX_SLUG = 120;

    private Ids() {
    }

    static String key(String kind, String... parts) {
        StringBuilder key = new StringBuilder(kind);
        for (String part : parts) {
            key.append('|').append(part == null ? "" : TextQuery.fold(part.trim()).replaceAll("\\s+", " "));
        }
        return key.toString();
    }

    static String slug(String text) {
        String slug = TextQuery.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-+$", "") : slug;
    }
}
