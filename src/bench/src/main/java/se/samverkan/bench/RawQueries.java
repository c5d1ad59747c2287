package se.samverkan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The lab's own copies of the Cypher the product runs for each benchmarked question: the floor the GraphQL
 * layer is compared with. They are copies, not the product's constants, so that no feature publishes its
 * queries for the lab; {@code RawQueriesIT} fails when they stop giving the product's answers.
 */
final class RawQueries {

    private RawQueries() {
    }

    /** How the product reads an entity (its {@code EntityRecord.projection}). */
    static String projection(String v) {
        return v + """
                {.*, labels: labels(%1$s), names: [(%1$s)-[h:HAS_NAME]->(nm:Name) |
                  {name: nm.value, from: h.from, until: h.until, source: h.source, excerpt: h.excerpt}]}"""
                .formatted(v);
    }

    /** A fact's years overlapping {@code $fromYear}..{@code $toYear} (the product's {@code FactFilters}). */
    private static String yearsOverlap(String v) {
        return """
                coalesce(toInteger(left(CASE WHEN %1$s.until IS NOT NULL THEN %1$s.until \
                WHEN %1$s.from IS NOT NULL THEN null ELSE %1$s.date END, 4)) >= $fromYear, true) \
                AND coalesce(toInteger(left(coalesce(%1$s.from, %1$s.date), 4)) <= $toYear, true)""".formatted(v);
    }

    /** One tier of a search over every type; parameters {@code query} (Lucene) and {@code first}. */
    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first}) YIELD node, score
            RETURN %s AS e, score
            ORDER BY score DESC, node.name, node.id""".formatted(projection("node"));

    /** How many hits the product reads for a search of {@code first} results, to re-rank them. */
    static int candidates(int first) {
        return Math.min(200, first * 4);
    }

    /** An entity with one page of its facts and their sources. */
    static final String ENTITY_WITH_RELATIONS = """
            MATCH (n:Entity {id: $id})
            CALL (n) {
              MATCH (n)-[r]-(m:Entity)
              WHERE ($types IS NULL OR type(r) IN $types)
                AND ($direction = 'BOTH'
                     OR ($direction = 'OUTGOING' AND startNode(r) = n)
                     OR ($direction = 'INCOMING' AND endNode(r) = n))
                AND %s
                AND ($afterType IS NULL OR type(r) > $afterType
                     OR (type(r) = $afterType AND (m.name > $afterName
                         OR (m.name = $afterName AND elementId(r) > $afterId))))
              WITH n, r, m ORDER BY type(r), m.name, elementId(r) LIMIT $limit
              OPTIONAL MATCH (s:Source {id: r.source})
              RETURN collect({id: elementId(r), type: type(r), outgoing: startNode(r) = n, props: properties(r),
                              other: %s, source: properties(s)}) AS relations
            }
            RETURN %s AS e, relations""".formatted(yearsOverlap("r"), projection("m"), projection("n"));

    /** The first page ({@code first} + 1 rows) of an entity's relations, no filter. */
    static Map<String, Object> entityParameters(String id, int first) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("direction", "BOTH");
        for (String unset : List.of("types", "fromYear", "toYear", "afterType", "afterName", "afterId")) {
            p.put(unset, null);
        }
        p.put("limit", first + 1);
        return p;
    }

    /** The agreements within a place, walking down from it, one page by (name, id). */
    static final String AGREEMENTS_IN_PLACE = """
            MATCH (p:Entity {id: $place})
            CALL (p) {
              MATCH (x:Entity)-[:LOCATED_IN*0..12]->(p)
              WITH DISTINCT x
              CALL (x) {
                MATCH (n:Entity:Agreement)-[:LOCATED_IN|HELD_IN|WORKS_AT]->(x) RETURN n
                UNION
                MATCH (n:Entity:Agreement)<-[:PARTY_TO|PARTNER_IN|RUNS]-(x) RETURN n
              }
              RETURN DISTINCT n
            }
            WITH n WHERE ($kind IS NULL OR toLower(n.kind) = toLower($kind))
              AND (($fromYear IS NULL AND $toYear IS NULL)
             OR (coalesce(n.from, n.date, n.validFrom, n.signed, n.renewed) IS NOT NULL
                 AND coalesce(toInteger(left(coalesce(n.until, n.date, n.validUntil, n.renewed, n.signed), 4)) >= $fromYear, true)
                 AND coalesce(toInteger(left(coalesce(n.from, n.date, n.validFrom, n.signed, n.renewed), 4)) <= $toYear, true))) \
            AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
            WITH n ORDER BY n.name, n.id LIMIT $limit
            RETURN %s AS e""".formatted(projection("n"));

    /**
     * The whole connection search as the product's procedure, which its embedded database has (the Cypher
     * fallback, for a server without it, is the product's own code and not a single query).
     */
    static final String CONNECTIONS = """
            CALL samverkan.connection.paths($from, $to, $maxHops, $types, $fromYear, $toYear)
              YIELD pathNodes, pathRels, nodes, rels
            RETURN pathNodes, pathRels, nodes, rels""";

    /** The most rows a report export holds (the product's default {@code samverkan.reports.max-rows}). */
    static final int REPORT_MAX_ROWS = 10_000;

    /** The saved report {@code name}'s query, as the lab keeps it in {@code raw/NAME.cypher}. */
    static String report(String name) {
        try (InputStream in = RawQueries.class.getResourceAsStream("/raw/" + name + ".cypher")) {
            if (in == null) {
                throw new IllegalArgumentException("the lab has no copy of the report '" + name + "'");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Lower case without diacritics, as the product's index folds names. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The Lucene query for every word of {@code text} (the product's first tier). */
    static String allWords(String text) {
        return lucene(text, " AND ");
    }

    /** The Lucene query for any word of {@code text} (the product's fallback tier). */
    static String anyWord(String text) {
        return lucene(text, " OR ");
    }

    private static String lucene(String text, String operator) {
        List<String> words = Arrays.stream(NOT_WORD.split(fold(text))).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a search needs a letter or digit: '" + text + "'");
        }
        return words.stream()
                .map(w -> w.length() > 1 && w.chars().allMatch(c -> c < 0x2E80) ? "(" + w + "^3 OR " + w + "*)" : w)
                .collect(Collectors.joining(operator));
    }
}
