package se.samverkan.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;

import se.samverkan.entity.EntityType;
import se.samverkan.search.TextQuery;

/**
 * Entity resolution for dataset imports: judgements first (a curator's accept is Same, a reject rules that candidate
 * out), then candidates of the same type from the {@code entity_names} index scored by {@link NameSimilarity} over
 * name, aliases and former names, raised by a shared code and by lying where the dataset says, lowered by lying
 * elsewhere. Scores and thresholds: docs/resolution.md.
 */
@Component
class RuleMatching implements EntityMatching {

    static final double SAME = 0.9;
    static final double QUEUE = 0.6;
    static final double SAME_PLACE = 0.05;
    static final double ELSEWHERE = 0.15;
    static final double OTHER_CODE = 0.2;
    private static final int MOST_CANDIDATES = 5;

    private static final String CANDIDATES = """
            CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node
            WHERE $label IN labels(node) AND node.id <> $ownId
            RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
                   [(node)-[:HAS_NAME]->(nm:Name) | nm.value] AS former,
                   [c IN [node.nuts, node.scb, node.iso3166_1, node.iso3166_2] WHERE c IS NOT NULL | toString(c)] AS codes
            LIMIT 30""";

    /**
     * Whether the candidate lies in the dataset's place ({@code within}), and how many of the places it is directly
     * located in are unrelated to it, neither inside nor around it ({@code elsewhere}): a candidate only known to lie
     * in Sweden says nothing about Dalarna either way.
     */
    private static final String LOCATION = """
            MATCH (c:Entity {id: $candidate}), (p:Entity {id: $place})
            OPTIONAL MATCH (c)-[:LOCATED_IN]->(d:Place)
            WITH c, p, d, d IS NOT NULL AND NOT (d = p OR EXISTS { (d)-[:LOCATED_IN*1..6]->(p) }
                                                 OR EXISTS { (p)-[:LOCATED_IN*1..6]->(d) }) AS unrelated
            RETURN p.name AS place, c = p OR EXISTS { (c)-[:LOCATED_IN*1..6]->(p) } AS within,
                   sum(CASE WHEN unrelated THEN 1 ELSE 0 END) AS elsewhere""";

    private static final String ALIVE = """
            OPTIONAL MATCH (n:Entity {id: $id})
            OPTIONAL MATCH (m:Merge {from: $id}) WHERE m.undoneAt IS NULL
            RETURN n IS NOT NULL AS exists, head(collect(m.into)) AS into, coalesce(n.aliases, []) AS aliases""";

    private final Judgements judgements;
    private final ReviewItems queue;

    RuleMatching(Judgements judgements, ReviewItems queue) {
        this.judgements = judgements;
        this.queue = queue;
    }

    private record Stored(String id, String name, List<String> aliases, List<String> former, List<String> codes) {
    }

    @Override
    public Resolution resolve(Incoming incoming, QueryRunner tx) {
        List<Judgement> judged = judgements.forKey(incoming.key(), tx);
        for (Judgement j : judged) {
            if (j.verdict() == Judgement.Verdict.SAME) {
                Optional<String> survivor = survivor(j.candidate(), tx);
                if (survivor.isPresent()) {
                    return new Resolution.Same(survivor.get(), 1.0, j.by().equals(Judgement.RESOLUTION)
                            ? j.reason() : "judged the same by " + j.by());
                }
            }
        }
        Set<String> ruledOut = new HashSet<>();
        judged.stream().filter(j -> j.verdict() == Judgement.Verdict.DIFFERENT).forEach(j -> ruledOut.add(j.candidate()));
        List<Candidate> scored = candidates(incoming, tx).stream()
                .filter(s -> !ruledOut.contains(s.id()))
                .map(s -> score(incoming, s, tx))
                .filter(c -> c.score() >= lowest(incoming.type()))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id))
                .limit(MOST_CANDIDATES)
                .toList();
        if (scored.isEmpty()) {
            return new Resolution.New();
        }
        Candidate best = scored.get(0);
        boolean alone = scored.size() == 1 || scored.get(1).score() < SAME;
        if (best.score() >= SAME && alone) {
            judgements.record(new Judgement(incoming.key(), best.id(), Judgement.Verdict.SAME, Judgement.RESOLUTION,
                    best.reason(), best.score(), incoming, null, aliases(best.id(), tx)), false, tx);
            return new Resolution.Same(best.id(), best.score(), best.reason());
        }
        return new Resolution.Uncertain(scored);
    }

    /**
     * An agreement's or event's name is made of its parties' names ("Solna–Pirkkala friendship city agreement"), so a
     * similar name only says the two share a party: such entities match by (nearly) the same name or not at all.
     */
    private static double lowest(EntityType type) {
        return type == EntityType.AGREEMENT || type == EntityType.EVENT ? SAME : QUEUE;
    }

    @Override
    public void queue(Incoming incoming, String createdId, List<Candidate> candidates, QueryRunner tx) {
        queue.queue(incoming, createdId, candidates, tx);
    }

    /** Where a judged candidate went if it was merged since; empty if it is gone. */
    private Optional<String> survivor(String id, QueryRunner tx) {
        String current = id;
        for (int hop = 0; hop < 10; hop++) {
            var r = tx.run(ALIVE, Map.of("id", current)).single();
            if (r.get("exists").asBoolean()) {
                return Optional.of(current);
            }
            if (r.get("into").isNull()) {
                return Optional.empty();
            }
            current = r.get("into").asString();
        }
        return Optional.empty();
    }

    private List<String> aliases(String id, QueryRunner tx) {
        return tx.run(ALIVE, Map.of("id", id)).single().get("aliases").asList(v -> v.asString());
    }

    private List<Stored> candidates(Incoming incoming, QueryRunner tx) {
        List<String> words = new ArrayList<>(NameRules.normalise(incoming.name()).words());
        words.addAll(incoming.codes());
        String text = String.join(" ", words);
        if (TextQuery.words(text).isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("query", TextQuery.any(String.join(" ", TextQuery.words(text).stream().distinct().limit(16).toList())));
        params.put("label", incoming.type().label());
        params.put("ownId", incoming.ownId() == null ? "" : incoming.ownId());
        return tx.run(CANDIDATES, params).list(r -> new Stored(r.get("id").asString(), r.get("name").asString(),
                r.get("aliases").asList(v -> v.asString()), r.get("former").asList(v -> v.asString()),
                r.get("codes").asList(v -> v.asString())));
    }

    private Candidate score(Incoming incoming, Stored stored, QueryRunner tx) {
        NameSimilarity.Score best = best(incoming.name(), stored);
        double score = best.score();
        List<String> why = new ArrayList<>(List.of(best.reason()));
        Set<String> theirs = new HashSet<>(stored.codes().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
        Optional<String> shared = incoming.codes().stream().filter(c -> theirs.contains(c.toUpperCase(Locale.ROOT)))
                .findFirst();
        if (shared.isPresent()) {
            score = Math.max(score, 1.0);
            why.add("the same code " + shared.get());
        }
        else if (!incoming.codes().isEmpty() && !theirs.isEmpty()) {
            score -= OTHER_CODE;
            why.add("but other codes (" + String.join(", ", incoming.codes()) + " and " + String.join(", ", theirs) + ")");
        }
        if (incoming.placeId() != null && score >= QUEUE - SAME_PLACE) {
            var where = tx.run(LOCATION, Map.of("candidate", stored.id(), "place", incoming.placeId())).list();
            if (!where.isEmpty()) {
                var r = where.get(0);
                String place = r.get("place").asString();
                if (r.get("within").asBoolean()) {
                    score += SAME_PLACE;
                    why.add("both in " + place);
                }
                else if (r.get("elsewhere").asInt() > 0) {
                    score -= ELSEWHERE;
                    why.add("but " + stored.name() + " lies elsewhere than " + place);
                }
            }
        }
        score = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
        return new Candidate(stored.id(), stored.name(), score, String.join(", ", why));
    }

    /** The best of the stored name, its aliases and its former names. */
    private static NameSimilarity.Score best(String name, Stored stored) {
        NormalName incoming = NameRules.normalise(name);
        NameSimilarity.Score best = NameSimilarity.compare(incoming, NameRules.normalise(stored.name()));
        for (String alias : stored.aliases()) {
            NameSimilarity.Score s = NameSimilarity.compare(incoming, NameRules.normalise(alias));
            if (s.score() > best.score()) {
                best = new NameSimilarity.Score(s.score(), s.reason() + " as its alias '" + alias + "'");
            }
        }
        for (String former : stored.former()) {
            NameSimilarity.Score s = NameSimilarity.compare(incoming, NameRules.normalise(former));
            if (s.score() > best.score()) {
                best = new NameSimilarity.Score(s.score(), s.reason() + " as its former name '" + former + "'");
            }
        }
        return best;
    }
}
