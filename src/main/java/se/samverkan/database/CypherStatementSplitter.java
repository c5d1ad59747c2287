package se.samverkan.database;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script into statements on {@code ;}, ignoring semicolons inside string literals
 * ({@code '...'} and {@code "..."} with backslash escapes), backtick-quoted names, {@code //} line
 * comments and {@code /* ... *&#47;} block comments. Empty statements (only whitespace/comments)
 * and cypher-shell commands (a line starting with {@code :} at the beginning of a statement, e.g.
 * {@code :param}, {@code :begin}) are skipped.
 */
public final class CypherStatementSplitter {

    /** One statement of a script; {@code line} is the 1-based line where it starts. */
    public record Statement(int number, int line, String text) {
    }

    private CypherStatementSplitter() {
    }

    public static List<String> split(String script) {
        return splitWithPositions(script).stream().map(Statement::text).toList();
    }

    public static List<Statement> splitWithPositions(String script) {
        List<Statement> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean hasCode = false; // current statement has something besides whitespace/comments
        int line = 1;
        int startLine = 1;
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            char next = i + 1 < n ? script.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                int end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(script, i, end, '\n');
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (c == ':' && !hasCode) {
                // cypher-shell command such as ":param x => 1" or ":begin": runs to the end of the line
                int end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                i = end;
                current.setLength(0);
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                if (!hasCode) {
                    startLine = line;
                    current.setLength(0);
                }
                hasCode = true;
                int j = i + 1;
                while (j < n) {
                    char d = script.charAt(j);
                    if (d == '\\' && c != '`' && j + 1 < n) {
                        j += 2;
                        continue;
                    }
                    if (d == c) {
                        if (c == '`' && j + 1 < n && script.charAt(j + 1) == '`') { // escaped backtick
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                int end = Math.min(j + 1, n);
                line += count(script, i, end, '\n');
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (c == ';') {
                if (hasCode) {
                    result.add(new Statement(result.size() + 1, startLine, current.toString().strip()));
                }
                current.setLength(0);
                hasCode = false;
                i++;
                continue;
            }
            if (!Character.isWhitespace(c) && !hasCode) {
                hasCode = true;
                startLine = line;
                current.setLength(0); // drop leading comments/whitespace
            }
            if (c == '\n') {
                line++;
            }
            current.append(c);
            i++;
        }
        if (hasCode) {
            result.add(new Statement(result.size() + 1, startLine, current.toString().strip()));
        }
        return result;
    }

    private static int count(String s, int from, int to, char ch) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == ch) {
                k++;
            }
        }
        return k;
    }
}
