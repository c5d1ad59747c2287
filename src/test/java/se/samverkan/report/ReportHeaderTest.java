package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import se.samverkan.SamverkanApplication;
import se.samverkan.shared.BadRequestException;

/** Report files, parameter checks and command-line input errors: everything that needs no database. */
class ReportHeaderTest {

    static final String VALID = """
            // @name demo-report
            // @title Demo
            // @description What it shows.
            // @param region: Place = Dalarna -- the region
            // @param fromYear: Int? -- first year
            // @param flag: Boolean = false
            // @param label: String
            // @chart label=country value=links
            //
            // cypher-shell:  :param region => 'place:dalarna'
            MATCH (n) WHERE n.id = $region RETURN n.name AS country, 1 AS links;
            """;

    @Test
    void parsesHeaderAndQuery() {
        ReportDefinition report = ReportHeader.parse("demo-report.cypher", VALID);
        assertThat(report.name()).isEqualTo("demo-report");
        assertThat(report.title()).isEqualTo("Demo");
        assertThat(report.description()).isEqualTo("What it shows.");
        assertThat(report.chart()).isEqualTo(new ReportDefinition.Chart("country", "links"));
        assertThat(report.parameters()).extracting(ReportParameter::name)
                .containsExactly("region", "fromYear", "flag", "label");
        ReportParameter region = report.parameters().get(0);
        assertThat(region.type().entity()).isNotNull();
        assertThat(region.defaultValue()).isEqualTo("Dalarna");
        assertThat(region.required()).isFalse();
        assertThat(report.parameters().get(1).optional()).isTrue();
        assertThat(report.parameters().get(1).required()).isFalse();
        assertThat(report.parameters().get(3).required()).isTrue();
        assertThat(report.query()).startsWith("MATCH (n)").doesNotContain("@param").doesNotEndWith(";");
    }

    @Test
    void malformedFilesAreRejectedNamingTheProblem() {
        assertThatThrownBy(() -> ReportHeader.parse("other-name.cypher", VALID))
                .hasMessageContaining("other-name.cypher").hasMessageContaining("must equal the file name");
        assertThatThrownBy(() -> ReportHeader.parse("demo-report.cypher", VALID.replace("Int?", "Integer")))
                .hasMessageContaining("@param fromYear").hasMessageContaining("unknown parameter type 'Integer'");
        assertThatThrownBy(() -> ReportHeader.parse("demo-report.cypher", VALID.replace("Boolean = false", "Boolean = maybe")))
                .hasMessageContaining("default of @param flag");
        assertThatThrownBy(() -> ReportHeader.parse("demo-report.cypher", VALID + "RETURN 2;"))
                .hasMessageContaining("exactly one Cypher statement, found 2");
        assertThatThrownBy(() -> ReportHeader.parse("demo-report.cypher", VALID.replace("// @title Demo\n", "")))
                .hasMessageContaining("@title is missing");
    }

    @Test
    void theReportsArePackagedAndMigrationsDoNotPickThemUp() throws Exception {
        Map<String, ReportDefinition> reports = ReportCatalog.load();
        assertThat(reports).containsOnlyKeys("agreements-by-region", "cooperation-timeline",
                "international-links-by-country", "partners-of-region", "projects-by-programme", "twin-towns-by-country");
        assertThat(reports.get("international-links-by-country").chart())
                .isEqualTo(new ReportDefinition.Chart("country", "links"));
        // the pattern CypherMigrations uses
        Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/*.cypher");
        assertThat(migrations).isNotEmpty();
        assertThat(Arrays.stream(migrations).map(Resource::getFilename))
                .noneMatch(reports.keySet().stream().map(n -> n + ".cypher").toList()::contains);
    }

    @Test
    void parametersAreCheckedByNamePresenceAndType() {
        ReportDefinition report = ReportHeader.parse("demo-report.cypher", VALID);
        Map<String, Object> typed = ParameterBinder.check(report, Map.of("label", "x", "fromYear", "2013", "flag", "TRUE"));
        assertThat(typed).containsEntry("region", "Dalarna").containsEntry("fromYear", 2013)
                .containsEntry("flag", true).containsEntry("label", "x");
        assertThat(ParameterBinder.check(report, Map.of("label", "x", "fromYear", 2013L))).containsEntry("fromYear", 2013);
        assertThat(ParameterBinder.check(report, Map.of("label", "x", "fromYear", " "))).containsEntry("fromYear", null);

        assertThatThrownBy(() -> ParameterBinder.check(report, Map.of()))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Parameter 'label' of report 'demo-report' is missing: expected a text (String)");
        assertThatThrownBy(() -> ParameterBinder.check(report, Map.of("label", "x", "fromYear", "twenty")))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Parameter 'fromYear' of report 'demo-report' expects an integer (Int), got 'twenty'");
        assertThatThrownBy(() -> ParameterBinder.check(report, Map.of("label", "x", "fromYear", 3_000_000_000L)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("'fromYear'");
        assertThatThrownBy(() -> ParameterBinder.check(report, Map.of("label", 5)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("'label'").hasMessageContaining("String");
        assertThatThrownBy(() -> ParameterBinder.check(report, Map.of("label", "x", "regoin", "Dalarna")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("has no parameter 'regoin'").hasMessageContaining("region (Place)");
    }

    @Test
    void commandLineRejectsBadInputBeforeStartingADatabase() {
        Run unknown = run("report", "no-such-report", "--samverkan.data-dir=target/never-created");
        assertThat(unknown.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(unknown.err).contains("No report named 'no-such-report'").contains("partners-of-region");
        assertThat(unknown.out).isEmpty();

        Run badYear = run("report", "agreements-by-region", "--fromYear", "last-year");
        assertThat(badYear.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(badYear.err).contains("Parameter 'fromYear'").contains("an integer (Int)").contains("'last-year'");

        Run unknownParameter = run("report", "agreements-by-region", "--regoin=Dalarna");
        assertThat(unknownParameter.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(unknownParameter.err).contains("no parameter 'regoin'");

        Run badFormat = run("report", "partners-of-region", "--format", "pdf");
        assertThat(badFormat.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(badFormat.err).contains("Invalid value for option '--format': expected csv, xlsx, json or html, got 'pdf'");

        Run xlsxToTerminal = run("report", "partners-of-region", "--format", "xlsx");
        assertThat(xlsxToTerminal.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(xlsxToTerminal.err).contains("--format xlsx writes a binary workbook: give --output FILE");
        assertThat(xlsxToTerminal.out).isEmpty();

        Run noDirectory = run("report", "partners-of-region", "--format", "xlsx", "--output",
                "target/never-created/partners.xlsx");
        assertThat(noDirectory.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(noDirectory.err).contains("--output target/never-created/partners.xlsx").contains("does not exist");

        Run missingValue = run("report", "partners-of-region", "--region");
        assertThat(missingValue.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(missingValue.err).contains("Missing required parameter for option '--region' (<Place>)");

        Run twice = run("report", "partners-of-region", "--region", "A", "--region=B");
        assertThat(twice.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(twice.err).contains("option '--region' (<Place>) should be specified only once");

        Run stray = run("report", "partners-of-region", "Dalarna");
        assertThat(stray.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(stray.err).contains("unexpected argument 'Dalarna'");

        Run noName = run("report");
        assertThat(noName.code).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(noName.err).contains("Usage: report").contains("partners-of-region");

        Run list = run("report", "--list");
        assertThat(list.code).isZero();
        assertThat(list.out).contains("partners-of-region  Cooperation partners of a region")
                .contains("--region <Place> (default Dalarna)").contains("--fromYear <Int> (optional)");
        assertThat(new java.io.File("target/never-created")).doesNotExist();
    }

    @Test
    void helpDescribesTheCommandAndEachReportsParameters() {
        Run help = run("report", "--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("Usage: report").contains("--list").contains("partners-of-region");
        Run reportHelp = run("report", "partners-of-region", "--help");
        assertThat(reportHelp.code).isZero();
        assertThat(reportHelp.out).contains("Usage: report partners-of-region").contains("--region=<Place>")
                .contains("(default Dalarna)").contains("--format=csv|xlsx|json|html").contains("--excel")
                .contains("--provenance").contains("--output=FILE");
    }

    @Test
    void invocationSeparatesParametersFormatAndSettings() {
        var invocation = ReportCommand.Invocation.parse(new String[] {"report", "partners-of-region", "--region",
                "Borlänge kommun", "--format=json", "--excel", "--samverkan.data-dir=/srv/data"});
        assertThat(invocation.name()).isEqualTo("partners-of-region");
        assertThat(invocation.parameters()).isEqualTo(Map.of("region", "Borlänge kommun"));
        assertThat(invocation.format()).isEqualTo("json");
        assertThat(invocation.excel()).isTrue();
        assertThat(invocation.provenance()).isFalse();
        assertThat(invocation.output()).isNull();
        assertThat(invocation.settings()).containsExactly("--samverkan.data-dir=/srv/data",
                "--samverkan.embedded.bolt-port=0");
        var toFile = ReportCommand.Invocation.parse(new String[] {"report", "partners-of-region", "--format", "xlsx",
                "-o", "target/partners.xlsx", "--provenance"});
        assertThat(toFile.format()).isEqualTo("xlsx");
        assertThat(toFile.output()).isEqualTo(java.nio.file.Path.of("target/partners.xlsx"));
        assertThat(toFile.provenance()).isTrue();
        assertThat(ReportCommand.Invocation.parse(new String[] {"report", "x", "--samverkan.embedded.bolt-port=7700"})
                .settings()).containsExactly("--samverkan.embedded.bolt-port=7700");
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReportCommand.run(SamverkanApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
