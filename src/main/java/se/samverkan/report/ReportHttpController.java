package se.samverkan.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.NotFoundException;

/**
 * Reports over plain HTTP: {@code GET /reports} lists them; {@code /reports/{name}} is the printable page,
 * {@code /reports/{name}.csv}, {@code .xlsx} and {@code .json} the exports. Parameters come from the query
 * string, so a link reproduces an export; for CSV, {@code excel=true} asks for the Excel-friendly variant and
 * {@code provenance=true} for the {@code #} provenance lines before the header.
 */
@RestController
class ReportHttpController {

    private static final Logger log = LoggerFactory.getLogger(ReportHttpController.class);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final List<String> FORMATS = List.of("html", "csv", "json");

    private final ReportCatalog catalog;
    private final ReportRunner runner;

    ReportHttpController(ReportCatalog catalog, ReportRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @GetMapping(path = "/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> reports() {
        return catalog.all().stream().map(report -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("report", ReportInfo.of(report));
            entry.put("page", "/reports/" + report.name());
            entry.put("csv", "/reports/" + report.name() + ".csv");
            entry.put("xlsx", "/reports/" + report.name() + ".xlsx");
            entry.put("json", "/reports/" + report.name() + ".json");
            return entry;
        }).toList();
    }

    /**
     * The workbook, streamed: the rows are in memory already, the workbook need not be as well. Its own mapping
     * because only a handler declared to answer a StreamingResponseBody may answer one.
     */
    @GetMapping("/reports/{name}.xlsx")
    ResponseEntity<StreamingResponseBody> workbook(@PathVariable String name,
            @RequestParam MultiValueMap<String, String> query) {
        ReportResult result = runner.run(name, parameters(query, "xlsx").parameters());
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".xlsx"))
                .body(out -> XlsxExport.write(result, out));
    }

    /** One mapping for the other formats: report names never contain a dot, so the suffix is the format. */
    @GetMapping("/reports/{file}")
    ResponseEntity<?> export(@PathVariable String file, @RequestParam MultiValueMap<String, String> query) {
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "html" : file.substring(dot + 1);
        if (!FORMATS.contains(format)) {
            throw new NotFoundException("No export format '." + format
                    + "'; use .csv, .xlsx, .json or no suffix for the page");
        }
        Query asked = parameters(query, format);
        ReportResult result = runner.run(name, asked.parameters());
        return switch (format) {
            case "csv" -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                CsvExport.write(result, asked.csv(), bytes);
                yield ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".csv"))
                        .body(bytes.toByteArray());
            }
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JsonExport.document(result));
            default -> ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                    .body(HtmlExport.render(result));
        };
    }

    /** The query string taken apart: the report's parameters, and for CSV its options. */
    record Query(Map<String, String> parameters, CsvExport.Options csv) {
    }

    private static Query parameters(MultiValueMap<String, String> query, String format) {
        boolean excel = false;
        boolean provenance = false;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (e.getValue().size() > 1) {
                throw new BadRequestException("Parameter '" + e.getKey() + "' is given " + e.getValue().size()
                        + " times; give it once");
            }
            if (format.equals("csv") && e.getKey().equals(CsvExport.EXCEL)) {
                excel = Boolean.parseBoolean(e.getValue().get(0));
            }
            else if (format.equals("csv") && e.getKey().equals(CsvExport.PROVENANCE)) {
                provenance = Boolean.parseBoolean(e.getValue().get(0));
            }
            else {
                parameters.put(e.getKey(), e.getValue().get(0));
            }
        }
        return new Query(parameters, new CsvExport.Options(excel, provenance));
    }

    static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** 503 with Retry-After: the server is busy, not broken, and the same request will work later. */
    @ExceptionHandler(ReportsBusyException.class)
    ResponseEntity<Map<String, String>> busy(ReportsBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("error", "BUSY", "message", e.getMessage()));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> failed(RuntimeException e) {
        if (ReportFailures.isTimeout(e)) {
            log.warn("Report query timed out", e);
            return error(HttpStatus.SERVICE_UNAVAILABLE, ReportFailures.TIMEOUT_MESSAGE);
        }
        log.error("Report failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; it has been logged.");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", status.name(), "message", message));
    }
}
