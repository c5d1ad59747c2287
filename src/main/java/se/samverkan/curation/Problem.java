package se.samverkan.curation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing wrong with the input: where (file, 1-based line, column or field) and why. For a
 * GraphQL mutation {@code file} and {@code line} are null and {@code column} names the argument field.
 */
public record Problem(String file, Integer line, String column, String reason) {

    static Problem of(String column, String reason) {
        return new Problem(null, null, column, reason);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (file != null) {
            map.put("file", file);
        }
        if (line != null) {
            map.put("line", line);
        }
        if (column != null) {
            map.put("column", column);
        }
        map.put("reason", reason);
        return map;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file);
        }
        if (line != null) {
            s.append(s.isEmpty() ? "" : ":").append("line ").append(line);
        }
        if (column != null) {
            s.append(s.isEmpty() ? "" : ", ").append(column);
        }
        return s.isEmpty() ? reason : s + ": " + reason;
    }
}
