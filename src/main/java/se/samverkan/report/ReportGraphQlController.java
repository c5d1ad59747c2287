package se.samverkan.report;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL {@code reports} and {@code report(name, params)}; errors map through ReportErrors and config.GraphQlErrors. */
@Controller
class ReportGraphQlController {

    private final ReportCatalog catalog;
    private final ReportRunner runner;

    ReportGraphQlController(ReportCatalog catalog, ReportRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @QueryMapping
    List<ReportInfo> reports() {
        return catalog.all().stream().map(ReportInfo::of).toList();
    }

    @QueryMapping
    ReportRun report(@Argument String name, @Argument Map<String, Object> params) {
        ReportResult result = runner.run(name, params);
        return new ReportRun(ReportInfo.of(result.report()), result.parameters(), result.generatedAt().toString(),
                result.rowCount(), result.limit(), result.truncated(), result.link(".json"), result.columns(),
                JsonExport.rows(result));
    }

    record ReportRun(ReportInfo report, List<ParameterValue> parameters, String generatedAt, int rowCount, int limit,
            boolean truncated, String link, List<String> columns, List<Map<String, Object>> rows) {
    }
}
