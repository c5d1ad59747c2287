package se.samverkan.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.samverkan.shared.BadRequestException;

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
    ReportRun report(@Argument String name, DataFetchingEnvironment env) {
        ReportResult result = runner.run(name, params(env.getArgument("params")));
        return new ReportRun(ReportInfo.of(result.report()), result.parameters(), result.generatedAt().toString(),
                result.rowCount(), result.limit(), result.truncated(), result.link(".json"), result.columns(),
                JsonExport.rows(result), result.sources());
    }

    /** {@code params} is JSON, so any JSON value arrives here; only an object names parameters. */
    private static Map<String, Object> params(Object params) {
        if (params == null) {
            return Map.of();
        }
        if (!(params instanceof Map<?, ?> map)) {
            throw new BadRequestException("Argument 'params' must be a JSON object of parameter values, such as"
                    + " {\"region\": \"Dalarna\"}; got " + (params instanceof List<?> ? "an array" : params instanceof String ? "a string"
                    : params instanceof Boolean ? "a boolean" : "a number"));
        }
        Map<String, Object> named = new LinkedHashMap<>();
        map.forEach((key, value) -> named.put(String.valueOf(key), value));
        return named;
    }

    record ReportRun(ReportInfo report, List<ParameterValue> parameters, String generatedAt, int rowCount, int limit,
            boolean truncated, String link, List<String> columns, List<Map<String, Object>> rows,
            List<CitedSource> sources) {
    }
}
