package se.samverkan.report;

import java.util.List;
import java.util.Locale;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * A report as a printable page: title, parameters (a form to run it again with other values),
 * provenance, a bar chart where the report is chart-ready (inline SVG, drawn here so the page needs
 * no script), and the table. Print CSS drops the form and links and keeps table rows whole.
 */
final class HtmlExport {

    static final int BAR_HEIGHT = 22;
    static final int LABEL_WIDTH = 180;
    static final int BAR_WIDTH = 420;

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem; color: #1a1a1a; }
            h1 { font-size: 1.5rem; margin-bottom: .2rem; }
            p.description { color: #444; max-width: 60rem; }
            dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .9rem; }
            dl.provenance dt { font-weight: 600; }
            dl.provenance dd { margin: 0; }
            .truncated { color: #a00; font-weight: 600; }
            form.parameters { margin: 1rem 0; padding: .8rem; background: #f3f5f7; border-radius: 4px; }
            form.parameters label { margin-right: 1rem; }
            nav.exports a { margin-right: 1rem; }
            table { border-collapse: collapse; width: 100%; font-size: .85rem; margin-top: 1rem; }
            th, td { border: 1px solid #ccc; padding: .25rem .4rem; text-align: left; vertical-align: top; }
            th { background: #eef1f4; }
            td.number { text-align: right; }
            svg.chart text { font-size: 12px; font-family: inherit; }
            svg.chart rect { fill: #2f6f9f; }
            @media print {
              body { margin: 0; font-size: 10pt; }
              form.parameters, nav.exports { display: none; }
              th { background: none; }
              thead { display: table-header-group; }
              tr { page-break-inside: avoid; }
              svg.chart rect { fill: #555; }
            }
            """;

    private HtmlExport() {
    }

    static String render(ReportResult result) {
        ReportDefinition report = result.report();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n<title>")
                .append(esc(report.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(report.title())).append("</h1>\n");
        html.append("<p class=\"description\">").append(esc(report.description())).append("</p>\n");
        form(html, result);
        html.append("<dl class=\"provenance\">\n");
        item(html, "Report", report.name());
        for (ParameterValue p : result.parameters()) {
            item(html, "Parameter", Cells.parameter(p));
        }
        item(html, "Generated", result.generatedAt().toString());
        item(html, "Rows", Integer.toString(result.rowCount()));
        html.append("<dt>Limit</dt><dd").append(result.truncated() ? " class=\"truncated\"" : "").append(">")
                .append(esc(result.limitNote())).append("</dd>\n");
        item(html, "Link", result.link(""));
        for (CitedSource source : result.sources()) {
            item(html, "Source", source.id() + (source.title() == null ? "" : " – " + source.title()));
        }
        html.append("</dl>\n");
        html.append("<nav class=\"exports\"><a href=\"").append(esc(result.link(".xlsx"))).append("\">Excel (.xlsx)</a>")
                .append("<a href=\"").append(esc(result.link(".csv"))).append("\">CSV</a>")
                .append("<a href=\"").append(esc(result.link(".csv", List.of(CsvExport.EXCEL)))).append("\">CSV for Excel</a>")
                .append("<a href=\"").append(esc(result.link(".json"))).append("\">JSON</a>")
                .append("<a href=\"/reports\">All reports</a></nav>\n");
        if (report.chart() != null) {
            html.append(chart(result));
        }
        table(html, result);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void form(StringBuilder html, ReportResult result) {
        if (result.parameters().isEmpty()) {
            return;
        }
        html.append("<form class=\"parameters\" method=\"get\" action=\"/reports/").append(esc(result.report().name()))
                .append("\">\n");
        for (ParameterValue p : result.parameters()) {
            html.append("<label>").append(esc(p.name())).append(" (").append(esc(p.type())).append(") <input name=\"")
                    .append(esc(p.name())).append("\" value=\"").append(esc(p.value() == null ? "" : p.value().toString()))
                    .append("\"></label>\n");
        }
        html.append("<button type=\"submit\">Run</button>\n</form>\n");
    }

    private static void item(StringBuilder html, String term, String value) {
        html.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private static void table(StringBuilder html, ReportResult result) {
        html.append("<table>\n<thead><tr>");
        for (String column : result.columns()) {
            html.append("<th>").append(esc(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : result.rows()) {
            html.append("<tr>");
            for (Object value : row) {
                html.append(value instanceof Number ? "<td class=\"number\">" : "<td>").append(esc(Cells.text(value)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** Horizontal bars, one per row: the label column on the left, the value column as bar length. */
    static String chart(ReportResult result) {
        ReportDefinition.Chart chart = result.report().chart();
        int label = result.columns().indexOf(chart.label());
        int value = result.columns().indexOf(chart.value());
        if (label < 0 || value < 0) {
            return "<p class=\"truncated\">The chart columns " + esc(chart.label()) + "/" + esc(chart.value())
                    + " are not in the result.</p>\n";
        }
        double max = result.rows().stream().map(r -> r.get(value)).filter(v -> v instanceof Number)
                .mapToDouble(v -> ((Number) v).doubleValue()).max().orElse(0);
        int height = Math.max(1, result.rows().size()) * BAR_HEIGHT + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-label=\"").append(esc(chart.value() + " by " + chart.label())).append("\">\n");
        int y = 5;
        for (List<Object> row : result.rows()) {
            double v = row.get(value) instanceof Number n ? n.doubleValue() : 0;
            int length = max > 0 ? (int) Math.round(BAR_WIDTH * v / max) : 0;
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(esc(Cells.text(row.get(label)))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(length).append("\" height=\"").append(BAR_HEIGHT - 6).append("\"></rect>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 4).append("\" y=\"").append(y + 15).append("\">")
                    .append(esc(number(v))).append("</text>\n");
            y += BAR_HEIGHT;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String esc(String text) {
        return htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
