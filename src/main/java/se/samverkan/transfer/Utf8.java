package se.samverkan.transfer;

/** Checks bytes for well-formed UTF-8 as a reporting decoder would (RFC 3629: no overlong forms, no surrogates). */
final class Utf8 {

    private Utf8() {
    }

    static boolean isValid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            }
            else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            }
            else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            }
            else {
                return false;
            }
            if (i + extra >= to) { // cut off
                return false;
            }
            int code = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int d = b[i + k] & 0xFF;
                if ((d & 0xC0) != 0x80) {
                    return false;
                }
                code = code << 6 | d & 0x3F;
            }
            if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }
}
