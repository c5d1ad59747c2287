package se.samverkan.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.samverkan.curation.ImportResult;
import se.samverkan.curation.Problem;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.curation.ValidationException;
import se.samverkan.shared.BadRequestException;

/**
 * {@code POST /import}: multipart upload of one or more import files (part name {@code file}), written
 * all or nothing. 200 with what was written; 400 with every problem (file, line, column, reason) and
 * nothing written. Without the curator token, 401/403 from se.samverkan.security, before the body is read.
 */
@RestController
class ImportController {

    private final Importer importer;

    ImportController(Importer importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    ImportResult upload(@RequestParam(name = "file", required = false) List<MultipartFile> files) {
        if (files == null || files.isEmpty()) {
            throw new BadRequestException("Upload one or more files as multipart parts named 'file'");
        }
        List<Importer.Input> inputs = files.stream()
                .map(f -> new Importer.Input(f.getOriginalFilename() == null ? f.getName() : f.getOriginalFilename(),
                        f.getSize(), f::getInputStream))
                .toList();
        return importer.importFiles(inputs, ValidatedWrite.Progress.NONE);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "Bad Request");
        body.put("message", "The import was rejected as a whole; nothing was written. " + e.total() + " problem"
                + (e.total() == 1 ? "" : "s") + ".");
        body.put("total", e.total());
        body.put("problems", e.problems().stream().map(Problem::toMap).toList());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, Object>> badRequest(BadRequestException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "Bad Request", "message", e.getMessage()));
    }
}
