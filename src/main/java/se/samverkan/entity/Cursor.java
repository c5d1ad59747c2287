package se.samverkan.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import se.samverkan.shared.BadRequestException;

/**
 * Opaque keyset cursors: the sort key of the last row seen, so the next page starts after it with an
 * index seek instead of skipping rows (offsets grow slower with every page).
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(String... keys) {
        String joined = String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key a cursor holds; a cursor from elsewhere or of another shape is a bad request. */
    public static List<String> decode(String cursor, int keys) {
        if (cursor == null) {
            return null;
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(List.of(joined.split(String.valueOf(SEPARATOR), -1)));
            if (parts.size() == keys) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new BadRequestException("after is not a cursor returned by this field: '" + cursor + "'");
    }
}
