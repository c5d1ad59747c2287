package se.samverkan.report;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar samverkan.jar report <name> [--<parameter> <value>]... [--format csv|json|html] [--excel]}:
 * runs one report without a web server (against the embedded store in {@code samverkan.data-dir}, or
 * {@code NEO4J_URI}) and prints only the export on standard output. Options with a dot in their name
 * ({@code --samverkan.data-dir=/srv/data}) are application settings. Exit status: 0 done, 2 bad input,
 * 1 the database failed (in use by a server, timeout).
 */
public final class ReportCommand {

    public static final String NAME = "report";

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private ReportCommand() {
    }

    /** {@code args} as given to main, starting with "report". */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        }
        catch (BadRequestException e) {
            err.println("samverkan report: " + e.getMessage());
            err.println(usage());
            return BAD_INPUT;
        }
        Map<String, ReportDefinition> catalog = ReportCatalog.load();
        if (invocation.name() == null) {
            (invocation.list() ? out : err).print(list(catalog));
            if (!invocation.list()) {
                err.println(usage());
            }
            return invocation.list() ? OK : BAD_INPUT;
        }
        ReportDefinition report = catalog.get(invocation.name());
        try {
            if (report == null) {
                throw new NotFoundException("No report named '" + invocation.name() + "'; available: "
                        + String.join(", ", catalog.keySet()));
            }
            // Checked before a database starts, so that a typo costs no start-up time.
            ParameterBinder.check(report, invocation.parameters());
        }
        catch (BadRequestException | NotFoundException e) {
            err.println("samverkan report: " + e.getMessage());
            return BAD_INPUT;
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties("logging.level.root=WARN")
                    .run(invocation.settings().toArray(String[]::new));
        }
        catch (RuntimeException e) {
            if (ReportFailures.isStoreLocked(e)) {
                err.println("samverkan report: the embedded database in " + dataDir(invocation.settings())
                        + " is in use by another process (probably a running Samverkan server). Stop it, run the"
                        + " report on the server (GET /reports/" + report.name() + ".csv), or point this command at"
                        + " another copy with --samverkan.data-dir=... or at a Neo4j server with NEO4J_URI.");
            }
            else {
                err.println("samverkan report: cannot start the database: " + e.getMessage());
            }
            return FAILED;
        }
        try (context) {
            ReportResult result = context.getBean(ReportRunner.class).run(report.name(), invocation.parameters());
            switch (invocation.format()) {
                case "json" -> out.write((context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter()
                        .writeValueAsString(JsonExport.document(result)) + "\n").getBytes(StandardCharsets.UTF_8));
                case "html" -> out.write(HtmlExport.render(result).getBytes(StandardCharsets.UTF_8));
                default -> CsvExport.write(result, invocation.excel(), out);
            }
            out.flush();
            return OK;
        }
        catch (BadRequestException | NotFoundException e) {
            err.println("samverkan report: " + e.getMessage());
            return BAD_INPUT;
        }
        catch (RuntimeException | java.io.IOException e) {
            err.println("samverkan report: " + (ReportFailures.isTimeout(e) ? ReportFailures.TIMEOUT_MESSAGE
                    : "the report failed: " + e.getMessage()));
            return FAILED;
        }
    }

    private static String dataDir(List<String> settings) {
        for (String s : settings) {
            if (s.startsWith("--samverkan.data-dir=")) {
                return s.substring("--samverkan.data-dir=".length());
            }
        }
        String env = System.getenv("SAMVERKAN_DATA_DIR");
        return env != null && !env.isBlank() ? env : "./data";
    }

    static String usage() {
        return """
                usage: java -jar samverkan.jar report <name> [--<parameter> <value>]... [--format csv|json|html] [--excel]
                       java -jar samverkan.jar report --list
                  --excel           CSV with a UTF-8 byte order mark and ';' separators (for Excel)
                  --<a.b>=<value>   an application setting, e.g. --samverkan.data-dir=/srv/samverkan/data""";
    }

    static String list(Map<String, ReportDefinition> catalog) {
        StringBuilder text = new StringBuilder();
        for (ReportDefinition report : catalog.values()) {
            text.append(report.name()).append("  ").append(report.title()).append('\n');
            for (ReportParameter p : report.parameters()) {
                text.append("    --").append(p.name()).append(" <").append(p.type().name()).append('>')
                        .append(p.defaultValue() != null ? " (default " + p.defaultValue() + ")"
                                : p.optional() ? " (optional)" : " (required)")
                        .append(p.description().isEmpty() ? "" : "  " + p.description()).append('\n');
            }
        }
        return text.toString();
    }

    /** The command line taken apart. */
    record Invocation(String name, boolean list, Map<String, String> parameters, String format, boolean excel,
            List<String> settings) {

        static Invocation parse(String[] args) {
            String name = null;
            boolean list = false;
            String format = "csv";
            boolean excel = false;
            Map<String, String> parameters = new LinkedHashMap<>();
            List<String> settings = new ArrayList<>();
            for (int i = args.length > 0 && NAME.equals(args[0]) ? 1 : 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    if (name != null) {
                        throw new BadRequestException("unexpected argument '" + arg + "' (the report is '" + name + "')");
                    }
                    name = arg;
                    continue;
                }
                String key = arg.substring(2);
                String value = null;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                }
                if (key.contains(".")) {
                    settings.add("--" + key + "=" + (value == null ? "" : value));
                    continue;
                }
                switch (key) {
                    case "list" -> list = true;
                    case "excel" -> excel = value == null || Boolean.parseBoolean(value);
                    default -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new BadRequestException("option --" + key + " needs a value");
                            }
                            value = args[++i];
                        }
                        if (key.equals("format")) {
                            if (!List.of("csv", "json", "html").contains(value)) {
                                throw new BadRequestException("--format must be csv, json or html, got '" + value + "'");
                            }
                            format = value;
                        }
                        else if (parameters.put(key, value) != null) {
                            throw new BadRequestException("parameter --" + key + " is given twice");
                        }
                    }
                }
            }
            if (settings.stream().noneMatch(s -> s.startsWith("--samverkan.embedded.bolt-port="))) {
                // A report needs no fixed Bolt port; a free one avoids clashing with a server on 7687.
                settings.add("--samverkan.embedded.bolt-port=0");
            }
            return new Invocation(name, list, parameters, format, excel, settings);
        }
    }
}
