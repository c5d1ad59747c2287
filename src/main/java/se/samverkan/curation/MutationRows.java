package se.samverkan.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.samverkan.curation.Inputs.EntityInput;
import se.samverkan.curation.Inputs.FactInput;
import se.samverkan.curation.Inputs.NameInput;
import se.samverkan.curation.Inputs.SourceInput;

/**
 * Turns a mutation's input into import rows, so that mutations and imports share one validation and
 * one write path. Rows carry a pseudo file name ("input", "input.source") that {@link #renamed} turns
 * back into GraphQL field paths in error reports.
 */
final class MutationRows {

    static final String INPUT = "input";
    static final String SOURCE = "input.source";

    private final List<Row> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    List<Row> rows() {
        return rows;
    }

    /** Problems found while converting, before validation proper. */
    List<Problem> problems() {
        return problems;
    }

    /** Adds the source row if the input describes a source; returns the source id to refer to. */
    String source(SourceInput source) {
        if (source == null) {
            return null;
        }
        if (source.isReference()) {
            return blankToNull(source.id());
        }
        String id = blankToNull(source.id());
        if (id == null) {
            id = derivedId(source);
        }
        if (blankToNull(source.published()) == null) {
            // Imports may carry undated documents (the seed has one); a source added by hand gets its date.
            problems.add(new Problem(SOURCE, null, "published", "must not be empty: the publication date, as YYYY,"
                    + " YYYY-MM or YYYY-MM-DD"));
        }
        Map<String, Object> v = values(Kind.SOURCE);
        put(v, "id", id);
        put(v, "title", source.title());
        put(v, "publisher", source.publisher());
        put(v, "url", source.url());
        put(v, "published", source.published());
        put(v, "inferred", source.publishedInferred());
        put(v, "language", source.language());
        put(v, "kind", source.kind());
        rows.add(new Row(SOURCE, 0, v));
        return id;
    }

    void entity(EntityInput in) {
        String source = source(in.source());
        Map<String, Object> v = values(Kind.ENTITY);
        put(v, "id", in.id());
        put(v, "type", in.type() == null ? null : in.type().label());
        put(v, "name", in.name());
        put(v, "kind", in.kind());
        put(v, "description", in.description());
        if (in.aliases() != null) {
            v.put("aliases", in.aliases().stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList());
        }
        put(v, "status", in.status());
        put(v, "signed", in.signed());
        put(v, "renewed", in.renewed());
        put(v, "valid_from", in.validFrom());
        put(v, "valid_until", in.validUntil());
        put(v, "date", in.date());
        put(v, "from", in.from());
        put(v, "until", in.until());
        put(v, "venue", in.venue());
        put(v, "inferred", in.inferred());
        put(v, "source", source);
        put(v, "excerpt", in.excerpt());
        requireEvidence(v);
        rows.add(new Row(INPUT, 0, v));
    }

    void name(NameInput in) {
        String source = source(in.source());
        Map<String, Object> v = values(Kind.NAME);
        put(v, "id", in.entity());
        put(v, "name", in.name());
        put(v, "from", in.from());
        put(v, "until", in.until());
        put(v, "source", source);
        put(v, "excerpt", in.excerpt());
        rows.add(new Row(INPUT, 0, v));
    }

    /** Adds the fact (and its source, if new); returns the source id. */
    String fact(FactInput in) {
        String source = source(in.source());
        Map<String, Object> v = values(Kind.RELATION);
        put(v, "from_id", in.from());
        put(v, "type", in.type());
        put(v, "to_id", in.to());
        put(v, "role", in.role());
        put(v, "title", in.title());
        put(v, "status", in.status());
        if (in.time() != null) {
            put(v, "date", in.time().date());
            put(v, "from", in.time().from());
            put(v, "until", in.time().until());
            put(v, "inferred", in.time().inferred());
        }
        put(v, "source", source);
        put(v, "excerpt", in.excerpt());
        rows.add(new Row(INPUT, 0, v));
        return source;
    }

    /** An entity written through the API always comes with its evidence (imports may carry reference places). */
    private void requireEvidence(Map<String, Object> v) {
        if (!v.containsKey("source")) {
            problems.add(new Problem(INPUT, null, "source", "is required: the id of a stored source, or a new source's"
                    + " title, publisher or url, and date"));
        }
        if (!v.containsKey("excerpt")) {
            problems.add(new Problem(INPUT, null, "excerpt", "must not be empty: what the source says about the entity"));
        }
        if (!v.containsKey("source") || !v.containsKey("excerpt")) {
            v.remove("source");
            v.remove("excerpt");
        }
    }

    /** The error report in GraphQL terms: {@code source.title}, {@code time.from}, {@code validFrom}. */
    static ValidationException renamed(ValidationException e, Kind kind) {
        List<Problem> problems = e.problems().stream().map(p -> {
            String column = p.column() == null ? null : switch (p.column()) {
                case "from_id" -> "from";
                case "to_id" -> "to";
                case "valid_from" -> "validFrom";
                case "valid_until" -> "validUntil";
                case "inferred" -> SOURCE.equals(p.file()) ? "publishedInferred" : kind == Kind.RELATION ? "time.inferred" : "inferred";
                case "date", "from", "until" -> kind == Kind.RELATION && INPUT.equals(p.file()) ? "time." + p.column() : p.column();
                case "id" -> kind == Kind.NAME && INPUT.equals(p.file()) ? "entity" : p.column();
                default -> p.column();
            };
            if (SOURCE.equals(p.file()) && column != null) {
                column = "source." + column;
            }
            return new Problem(null, null, column, p.reason());
        }).toList();
        return new ValidationException(problems, e.total());
    }

    private static Map<String, Object> values(Kind kind) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(Format.RECORD, kind.value());
        return v;
    }

    private static void put(Map<String, Object> v, String column, Object value) {
        if (value instanceof String s) {
            value = blankToNull(s);
        }
        if (value != null) {
            v.put(column, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The same title, publisher/url and date always give the same id, so repeating a mutation adds nothing. */
    static String derivedId(SourceInput s) {
        String title = s.title() == null ? "" : s.title();
        String slug = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        String key = title + "\n" + s.publisher() + "\n" + s.url() + "\n" + s.published();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "src:" + (slug.isEmpty() ? "" : slug + "-") + HexFormat.of().formatHex(hash, 0, 4);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
