package se.samverkan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.CommandLineSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar samverkan.jar report <name> [--<parameter> <value>]... [--format csv|xlsx|json|html] [--excel]
 * [--provenance] [--output FILE]} (picocli; {@code --help} on the command and on each report):
 * runs one report without a web server (against the embedded store in {@code samverkan.data-dir}, or
 * {@code NEO4J_URI}) and prints only the export on standard output, or writes it to {@code --output} (which
 * xlsx needs: a workbook is binary and never goes to a terminal). Options with a dot in their name
 * ({@code --samverkan.data-dir=/srv/data}) are application settings. Exit status: 0 done, 2 bad input,
 * 1 the database failed (in use by a server, timeout).
 */
public final class ReportCommand {

    public static final String NAME = "report";

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private static final List<String> FORMATS = List.of("csv", "xlsx", "json", "html");

    private ReportCommand() {
    }

    /** {@code args} as given to main, starting with "report". */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Map<String, ReportDefinition> catalog = ReportCatalog.load();
        CommandLine command = commandLine(catalog);
        Invocation invocation;
        try {
            ParseResult parsed = command.parseArgs(args.length > 0 && NAME.equals(args[0])
                    ? Arrays.copyOfRange(args, 1, args.length) : args);
            ParseResult asked = parsed.hasSubcommand() ? parsed.subcommand() : parsed;
            if (asked.isUsageHelpRequested()) {
                asked.commandSpec().commandLine().usage(out);
                return OK;
            }
            invocation = Invocation.of(parsed, catalog);
        }
        catch (ParameterException e) {
            err.println("samverkan report: " + e.getMessage());
            e.getCommandLine().usage(err);
            return BAD_INPUT;
        }
        catch (BadRequestException e) {
            err.println("samverkan report: " + e.getMessage());
            return BAD_INPUT;
        }
        if (invocation.name() == null) {
            (invocation.list() ? out : err).print(list(catalog));
            if (!invocation.list()) {
                command.usage(err);
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
            JsonMapper json = context.getBean(JsonMapper.class);
            if (invocation.output() == null) {
                write(invocation, result, json, out);
                out.flush();
            }
            else {
                ReportFile.write(invocation.output(), target -> write(invocation, result, json, target));
            }
            return OK;
        }
        catch (BadRequestException | NotFoundException e) {
            err.println("samverkan report: " + e.getMessage());
            return BAD_INPUT;
        }
        catch (RuntimeException | IOException e) {
            err.println("samverkan report: " + (ReportFailures.isTimeout(e) ? ReportFailures.TIMEOUT_MESSAGE
                    : "the report failed: " + e.getMessage()));
            return FAILED;
        }
    }

    private static void write(Invocation invocation, ReportResult result, JsonMapper json, OutputStream out)
            throws IOException {
        switch (invocation.format()) {
            case "json" -> out.write((json.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(JsonExport.document(result)) + "\n").getBytes(StandardCharsets.UTF_8));
            case "html" -> out.write(HtmlExport.render(result).getBytes(StandardCharsets.UTF_8));
            case "xlsx" -> XlsxExport.write(result, out);
            default -> CsvExport.write(result, new CsvExport.Options(invocation.excel(), invocation.provenance()), out);
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

    /**
     * The command line: {@code --list}, and one sub-command per report with the report's parameters as options.
     * Options with a dot in their name are left over for the application's settings.
     */
    static CommandLine commandLine(Map<String, ReportDefinition> catalog) {
        CommandSpec root = command(NAME, "Runs a saved report without a web server and prints only its export on"
                + " standard output. Exit status: 0 done, 2 bad input, 1 the database failed.");
        root.addOption(OptionSpec.builder("--list").type(boolean.class).arity("0").description("List the reports and their parameters.")
                .build());
        root.addPositional(PositionalParamSpec.builder().type(String.class).index("0").arity("0..1").paramLabel("REPORT")
                .description("The report to run: " + String.join(", ", catalog.keySet()) + ".").build());
        CommandLine command = new CommandLine(root);
        for (ReportDefinition report : catalog.values()) {
            CommandSpec sub = command(report.name(), report.title());
            sub.addOption(OptionSpec.builder("--format").type(String.class).paramLabel("csv|xlsx|json|html")
                    .defaultValue("csv").description("The export's format (default: csv); xlsx needs --output.")
                    .converters(value -> {
                        if (!FORMATS.contains(value)) {
                            throw new TypeConversionException("expected csv, xlsx, json or html, got '" + value + "'");
                        }
                        return value;
                    }).build());
            sub.addOption(OptionSpec.builder("--excel").arity("0..1").type(boolean.class).paramLabel("true|false")
                    .description("CSV with a UTF-8 byte order mark and ';' separators (for Excel).").build());
            sub.addOption(OptionSpec.builder("--provenance").arity("0..1").type(boolean.class).paramLabel("true|false")
                    .description("CSV with '#' provenance lines before the header row.").build());
            sub.addOption(OptionSpec.builder("-o", "--output").type(Path.class).paramLabel("FILE")
                    .description("Write the export to FILE (replaced only once it is complete) instead of standard"
                            + " output.").build());
            for (ReportParameter p : report.parameters()) {
                sub.addOption(OptionSpec.builder("--" + p.name()).type(String.class).paramLabel("<" + p.type().name() + ">")
                        .description(describe(p)).build());
            }
            command.addSubcommand(report.name(), new CommandLine(sub));
        }
        return command.setUnmatchedArgumentsAllowed(true);
    }

    private static CommandSpec command(String name, String description) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.usageMessage().description(description)
                .footer("Options such as --samverkan.data-dir=/srv/samverkan/data are application settings.");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
        return spec;
    }

    private static String describe(ReportParameter p) {
        return (p.description().isEmpty() ? "" : p.description() + " ") + (p.defaultValue() != null
                ? "(default " + p.defaultValue() + ")" : p.optional() ? "(optional)" : "(required)");
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
            boolean provenance, Path output, List<String> settings) {

        /** {@code args} as given to main, starting with "report". */
        static Invocation parse(String[] args) {
            Map<String, ReportDefinition> catalog = ReportCatalog.load();
            return of(commandLine(catalog).parseArgs(Arrays.copyOfRange(args, 1, args.length)), catalog);
        }

        static Invocation of(ParseResult parsed, Map<String, ReportDefinition> catalog) {
            ParseResult run = parsed.hasSubcommand() ? parsed.subcommand() : null;
            ReportDefinition report = run == null ? null : catalog.get(run.commandSpec().name());
            List<String> settings = new ArrayList<>();
            for (String arg : run == null ? parsed.unmatched() : concat(parsed.unmatched(), run.unmatched())) {
                if (!CommandLineSettings.isSetting(arg)) {
                    if (report != null && arg.startsWith("--")) {
                        // names the report's parameters
                        ParameterBinder.check(report, Map.of(arg.substring(2).split("=", 2)[0], ""));
                    }
                    throw new BadRequestException("unexpected argument '" + arg + "'");
                }
                settings.add(arg.contains("=") ? arg : arg + "=");
            }
            if (settings.stream().noneMatch(s -> s.startsWith("--samverkan.embedded.bolt-port="))) {
                // A report needs no fixed Bolt port; a free one avoids clashing with a server on 7687.
                settings.add("--samverkan.embedded.bolt-port=0");
            }
            if (run == null) {
                return new Invocation(parsed.matchedPositionalValue(0, null), parsed.hasMatchedOption("--list"),
                        Map.of(), "csv", false, false, null, settings);
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (ReportParameter p : report.parameters()) {
                String value = run.matchedOptionValue("--" + p.name(), null);
                if (value != null) {
                    parameters.put(p.name(), value);
                }
            }
            String format = run.matchedOptionValue("--format", "csv");
            Path output = run.matchedOptionValue("--output", null);
            if (format.equals("xlsx") && output == null) {
                throw new BadRequestException("--format xlsx writes a binary workbook: give --output FILE (e.g. --output "
                        + report.name() + ".xlsx)");
            }
            if (output != null && !java.nio.file.Files.isDirectory(ReportFile.directory(output))) {
                throw new BadRequestException("--output " + output + ": the directory " + ReportFile.directory(output)
                        + " does not exist");
            }
            return new Invocation(report.name(), false, parameters, format, run.matchedOptionValue("--excel", false),
                    run.matchedOptionValue("--provenance", false), output, settings);
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }
}
