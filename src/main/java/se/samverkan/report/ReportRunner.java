package se.samverkan.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.springframework.stereotype.Component;

import se.samverkan.shared.RequestBudget;
import se.samverkan.shared.SamverkanProperties;

/**
 * Runs a report's query in a read transaction with the configured timeout. Uses the driver rather than
 * Neo4jClient because an export needs the query's column names in their order even when there are no
 * rows, and must stop reading after the row limit.
 */
@Component
class ReportRunner {

    private final ReportCatalog catalog;
    private final ParameterBinder binder;
    private final Driver driver;
    private final SamverkanProperties settings;
    private final ReportProperties properties;
    private final ReportGate gate;

    ReportRunner(ReportCatalog catalog, ParameterBinder binder, Driver driver, SamverkanProperties settings,
            ReportProperties properties, ReportGate gate) {
        this.catalog = catalog;
        this.binder = binder;
        this.driver = driver;
        this.settings = settings;
        this.properties = properties;
        this.gate = gate;
    }

    ReportResult run(String name, Map<String, ?> given) {
        ReportDefinition report = catalog.get(name);
        return run(report, binder.bind(report, given), properties.maxRows());
    }

    /** Waits for a turn at the {@link ReportGate}; the query timeout counts from the start of the query. */
    ReportResult run(ReportDefinition report, List<ParameterValue> parameters, int maxRows) {
        return gate.run(() -> query(report, parameters, maxRows));
    }

    private ReportResult query(ReportDefinition report, List<ParameterValue> parameters, int maxRows) {
        Map<String, Object> queryParameters = new HashMap<>();
        parameters.forEach(p -> queryParameters.put(p.name(), p.value()));
        Instant generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TransactionConfig config = TransactionConfig.builder()
                .withTimeout(RequestBudget.timeoutNow(settings.queryTimeout())).build();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                Result result = tx.run(report.query(), queryParameters);
                List<String> columns = List.copyOf(result.keys());
                List<List<Object>> rows = new ArrayList<>();
                while (result.hasNext() && rows.size() <= maxRows) {
                    Record record = result.next();
                    List<Object> row = new ArrayList<>(columns.size());
                    for (Value value : record.values()) {
                        row.add(plain(value.asObject()));
                    }
                    rows.add(row);
                }
                boolean truncated = rows.size() > maxRows;
                if (truncated) {
                    rows.remove(rows.size() - 1);
                }
                List<CitedSource> sources = cited(tx, columns.indexOf(ReportResult.SOURCE_COLUMN), rows);
                return new ReportResult(report, parameters, generatedAt, columns, List.copyOf(rows), maxRows, truncated,
                        sources);
            }, config);
        }
    }

    /** The sources the rows name, with their titles, read in the report's own transaction so they agree. */
    private static List<CitedSource> cited(TransactionContext tx, int column, List<List<Object>> rows) {
        if (column < 0) {
            return List.of();
        }
        Set<String> ids = new TreeSet<>();
        for (List<Object> row : rows) {
            Object cell = row.get(column);
            if (cell instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
            }
            else if (cell instanceof String id) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = new HashMap<>();
        tx.run("MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.title AS title", Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(r -> titles.put(r.get("id").asString(), r.get("title").asString(null)));
        return ids.stream().map(id -> new CitedSource(id, titles.get(id))).toList();
    }

    /** Values a CSV cell or JSON document can hold: numbers, text, booleans, lists and maps of them. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Entity entity) {
            return entity.containsKey("id") ? entity.get("id").asString() : entity.elementId();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
