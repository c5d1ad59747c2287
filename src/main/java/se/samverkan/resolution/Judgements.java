package se.samverkan.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;

import se.samverkan.entity.EntityType;

/**
 * The stored judgements, one {@code (:Judgement)} node per (incoming key, candidate), as OpenSanctions' nomenklatura
 * keeps them. They join nothing (ids are properties), so the export, which reads entities, facts and sources, never
 * sees them. Every call runs in the caller's transaction.
 */
@Component
public class Judgements {

    private static final String WRITE = """
            MERGE (j:Judgement {key: $key, candidate: $candidate})
            ON CREATE SET j.firstAt = datetime()
            WITH j WHERE $overwrite OR j.verdict IS NULL
            SET j.verdict = $verdict, j.by = $by, j.reason = $reason, j.score = $score, j.at = datetime(),
                j.ownId = $ownId, j.type = $type, j.name = $name, j.codes = $codes, j.placeId = $placeId,
                j.source = $source, j.createdId = $createdId, j.aliasesBefore = $aliasesBefore""";

    private static final String FOR_KEY = """
            MATCH (j:Judgement {key: $key})
            RETURN j {.*} AS j
            ORDER BY CASE j.by WHEN $resolution THEN 1 ELSE 0 END, j.at DESC""";

    /** Stores {@code judgement}; one already stored for the pair is replaced only when {@code overwrite}. */
    public void record(Judgement judgement, boolean overwrite, QueryRunner tx) {
        Incoming in = judgement.incoming();
        Map<String, Object> params = new HashMap<>();
        params.put("key", judgement.key());
        params.put("candidate", judgement.candidate());
        params.put("overwrite", overwrite);
        params.put("verdict", judgement.verdict().name().toLowerCase(java.util.Locale.ROOT));
        params.put("by", judgement.by());
        params.put("reason", judgement.reason());
        params.put("score", judgement.score());
        params.put("ownId", in.ownId());
        params.put("type", in.type().name());
        params.put("name", in.name());
        params.put("codes", in.codes());
        params.put("placeId", in.placeId());
        params.put("source", in.sourceId());
        params.put("createdId", judgement.createdId());
        params.put("aliasesBefore", judgement.aliasesBefore());
        tx.run(WRITE, params).consume();
    }

    /** The judgements about {@code key}: curators' first, then the newest. */
    public List<Judgement> forKey(String key, QueryRunner tx) {
        return tx.run(FOR_KEY, Map.of("key", key, "resolution", Judgement.RESOLUTION))
                .list(r -> read(r.get("j").asMap()));
    }

    public Optional<Judgement> find(String key, String candidate, QueryRunner tx) {
        return forKey(key, tx).stream().filter(j -> j.candidate().equals(candidate)).findFirst();
    }

    /** The entity that {@code key} was last judged the same as, if any. */
    public Optional<Judgement> same(String key, QueryRunner tx) {
        return forKey(key, tx).stream().filter(j -> j.verdict() == Judgement.Verdict.SAME).findFirst();
    }

    private static Judgement read(Map<String, Object> j) {
        Incoming incoming = new Incoming((String) j.get("key"), (String) j.get("ownId"),
                EntityType.valueOf((String) j.get("type")), (String) j.get("name"), strings(j.get("codes")),
                (String) j.get("placeId"), (String) j.get("source"));
        return new Judgement((String) j.get("key"), (String) j.get("candidate"),
                Judgement.Verdict.valueOf(((String) j.get("verdict")).toUpperCase(java.util.Locale.ROOT)),
                (String) j.get("by"), (String) j.get("reason"), ((Number) j.get("score")).doubleValue(), incoming,
                (String) j.get("createdId"), strings(j.get("aliasesBefore")));
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

}
