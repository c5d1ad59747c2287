package se.samverkan.report;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.servlet.http.HttpServletRequest;
import se.samverkan.shared.BadRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /exports/table.xlsx}: the explorer's table (JSON, {@link TableExport}) back as a workbook with a
 * provenance sheet, written by the same code as the reports' {@code .xlsx}. Nothing is stored, so no token is
 * needed; the body is bounded and the table checked whole before anything is written.
 */
@RestController
class TableExportController {

    static final String PATH = "/exports/table.xlsx";
    static final String FILE_NAME = "samverkan-view.xlsx";

    private final JsonMapper json;
    private final TableExportProperties properties;

    TableExportController(JsonMapper json, TableExportProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> table(HttpServletRequest request) {
        long max = properties.maxBody().toBytes();
        if (request.getContentLengthLong() > max) {
            // Answered from the header: a client that waits for 100 Continue never sends the body.
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        catch (IOException e) {
            // A body too slow for samverkan.http.body, or a client gone: answered as GraphQL answers it, 400.
            throw new BadRequestException("Table export: the request body could not be read: " + e.getMessage());
        }
        if (body.length > max) {
            throw tooLarge();
        }
        TableExport table;
        try {
            table = json.readValue(body, TableExport.class);
        }
        catch (JacksonException e) {
            throw new BadRequestException("Table export: the body is not a table as JSON ({\"title\", \"link\", "
                    + "\"columns\": [...], \"rows\": [[...]], \"sources\": [{\"id\", \"title\"}]}): "
                    + e.getOriginalMessage());
        }
        if (table == null) {
            throw new BadRequestException("Table export: the body is empty");
        }
        XlsxExport.Table workbook = workbook(table.validated(properties.maxRows()),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return ResponseEntity.ok().contentType(ReportHttpController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ReportHttpController.attachment(FILE_NAME))
                .body(out -> XlsxExport.write(workbook, out));
    }

    private TooLarge tooLarge() {
        long bytes = properties.maxBody().toBytes();
        String limit = bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
        return new TooLarge("Table export: the request is larger than " + limit
                + " (samverkan.table-export.max-body); export fewer rows");
    }

    static XlsxExport.Table workbook(TableExport table, Instant generatedAt) {
        List<XlsxExport.Line> lines = new ArrayList<>();
        lines.add(new XlsxExport.Line("export", "Samverkan explorer table"));
        lines.add(new XlsxExport.Line("view", table.title()));
        lines.add(new XlsxExport.Line("link", table.link()));
        lines.add(new XlsxExport.Line("generated (UTC)", generatedAt.toString()));
        lines.add(new XlsxExport.Line("rows", table.rows().size()));
        return new XlsxExport.Table("Table", table.columns(), table.rows(), lines,
                table.sources() == null ? List.of() : table.sources());
    }

    /** 413: the same table in fewer rows would be accepted. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<Map<String, String>> tooLarge(TooLarge e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", status.name(), "message", message));
    }
}
