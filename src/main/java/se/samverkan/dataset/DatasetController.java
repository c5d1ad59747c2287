package se.samverkan.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.samverkan.curation.Problem;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.curation.ValidationException;
import se.samverkan.shared.BadRequestException;

/**
 * {@code POST /import} with a {@code format} parameter: one dataset file (multipart part {@code file}), answered
 * with its manifest (200), or 400 with the manifest of a file refused as a whole. The curator token is checked by
 * se.samverkan.security for every {@code /import} request, before the body is read. Without {@code format} the
 * request is an import-format upload (se.samverkan.transfer).
 */
@RestController
class DatasetController {

    private final DatasetImport imports;

    DatasetController(DatasetImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data", params = "format")
    Manifest upload(@RequestParam("format") String format, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "asOf", required = false) String asOf,
            @RequestParam(name = "onBadRow", defaultValue = "skip") String onBadRow) throws IOException {
        if (file == null) {
            throw new BadRequestException("Upload the dataset file as a multipart part named 'file'");
        }
        DatasetImport.OnBadRow mode = DatasetImport.OnBadRow.parse(onBadRow);
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
            return imports.importFile(format, name, in, asOf, mode, ValidatedWrite.Progress.NONE);
        }
    }

    @ExceptionHandler(DatasetRefusedException.class)
    ResponseEntity<Manifest> refused(DatasetRefusedException e) {
        return ResponseEntity.badRequest().body(e.manifest());
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "Bad Request");
        body.put("message", "The import was rejected as a whole; nothing was written.");
        body.put("problems", e.problems().stream().map(Problem::toMap).toList());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, Object>> badRequest(BadRequestException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "Bad Request", "message", e.getMessage()));
    }
}
