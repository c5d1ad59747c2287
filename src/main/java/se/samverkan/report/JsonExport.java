package se.samverkan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report as one JSON document: provenance fields, the columns, and each row as an object. */
final class JsonExport {

    private JsonExport() {
    }

    static Map<String, Object> document(ReportResult result) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("report", ReportInfo.of(result.report()));
        doc.put("parameters", result.parameters());
        doc.put("generatedAt", result.generatedAt().toString());
        doc.put("rowCount", result.rowCount());
        doc.put("limit", result.limit());
        doc.put("truncated", result.truncated());
        doc.put("link", result.link(".json"));
        doc.put("sources", result.sources());
        doc.put("columns", result.columns());
        doc.put("rows", rows(result));
        return doc;
    }

    static List<Map<String, Object>> rows(ReportResult result) {
        List<Map<String, Object>> rows = new ArrayList<>(result.rows().size());
        for (List<Object> row : result.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                object.put(result.columns().get(i), row.get(i));
            }
            rows.add(object);
        }
        return rows;
    }
}
