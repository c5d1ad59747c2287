package se.samverkan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkan.database.CypherStatementSplitter;

/**
 * Reads a report file: the {@code // @key value} comment lines at its top, then exactly one Cypher
 * statement. Comments keep the file runnable by cypher-shell (given {@code :param} values).
 * <pre>
 * // &#64;name partners-of-region
 * // &#64;title Cooperation partners of a region
 * // &#64;description ...
 * // &#64;param region: Place = Dalarna -- the region, by id or name
 * // &#64;param fromYear: Int? -- optional, no default
 * // &#64;chart label=country value=links
 * </pre>
 */
final class ReportHeader {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("^//\\s*@(\\w+)\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^([A-Za-z][A-Za-z0-9_]*)\\s*:\\s*([A-Za-z]+)(\\?)?\\s*(?:=\\s*(.*?))?\\s*(?:--\\s*(.*))?$");
    private static final Pattern CHART = Pattern.compile("^label=(\\w+)\\s+value=(\\w+)$");

    private ReportHeader() {
    }

    /** Parses {@code text} of the file {@code fileName}; a malformed file is an error naming file and problem. */
    static ReportDefinition parse(String fileName, String text) {
        String name = null;
        String title = null;
        String description = null;
        ReportDefinition.Chart chart = null;
        List<ReportParameter> parameters = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (!line.startsWith("//")) {
                if (line.isEmpty()) {
                    continue;
                }
                break;
            }
            Matcher tag = TAG.matcher(line);
            if (!tag.matches()) {
                continue;
            }
            String value = tag.group(2).strip();
            switch (tag.group(1)) {
                case "name" -> name = value;
                case "title" -> title = value;
                case "description" -> description = value;
                case "param" -> parameters.add(parameter(fileName, value, parameters));
                case "chart" -> {
                    Matcher c = CHART.matcher(value);
                    if (!c.matches()) {
                        throw invalid(fileName, "@chart must read 'label=<column> value=<column>', got '" + value + "'");
                    }
                    chart = new ReportDefinition.Chart(c.group(1), c.group(2));
                }
                default -> throw invalid(fileName, "unknown header tag @" + tag.group(1));
            }
        }
        String expectedName = fileName.endsWith(".cypher") ? fileName.substring(0, fileName.length() - 7) : fileName;
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid(fileName, "@name must be lower-case words joined by '-', got '" + name + "'");
        }
        if (!name.equals(expectedName)) {
            throw invalid(fileName, "@name '" + name + "' must equal the file name '" + expectedName + "'");
        }
        if (title == null || title.isBlank()) {
            throw invalid(fileName, "@title is missing");
        }
        List<String> statements = CypherStatementSplitter.split(text);
        if (statements.size() != 1) {
            throw invalid(fileName, "must hold exactly one Cypher statement, found " + statements.size());
        }
        return new ReportDefinition(name, title, description == null ? "" : description, List.copyOf(parameters),
                chart, statements.get(0));
    }

    private static ReportParameter parameter(String fileName, String text, List<ReportParameter> before) {
        Matcher m = PARAM.matcher(text);
        if (!m.matches()) {
            throw invalid(fileName, "@param must read '<name>: <Type>[?] [= default] [-- description]', got '" + text + "'");
        }
        ParameterType type;
        try {
            type = ParameterType.parse(m.group(2));
        }
        catch (IllegalArgumentException e) {
            throw invalid(fileName, "@param " + m.group(1) + ": " + e.getMessage());
        }
        if (before.stream().anyMatch(p -> p.name().equals(m.group(1)))) {
            throw invalid(fileName, "@param " + m.group(1) + " is declared twice");
        }
        String defaultValue = m.group(4) == null || m.group(4).isBlank() ? null : m.group(4);
        ReportParameter parameter = new ReportParameter(m.group(1), type, defaultValue, m.group(3) != null,
                m.group(5) == null ? "" : m.group(5).strip());
        if (defaultValue != null) {
            try {
                ParameterBinder.coerce(parameter, defaultValue);
            }
            catch (RuntimeException e) {
                throw invalid(fileName, "default of @param " + parameter.name() + ": " + e.getMessage());
            }
        }
        return parameter;
    }

    private static IllegalStateException invalid(String fileName, String problem) {
        return new IllegalStateException("Report cypher/reports/" + fileName + " is invalid: " + problem);
    }
}
