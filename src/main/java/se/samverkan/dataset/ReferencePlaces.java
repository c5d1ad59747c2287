package se.samverkan.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.QueryRunner;

import se.samverkan.search.TextQuery;

/**
 * The reference geography as a dataset names it: by a name, alias, name in another language or code, folded as
 * search folds them, within a country (the one it lies in: only a country carries its alpha-2 code). Read once per
 * import, in its transaction.
 */
final class ReferencePlaces {

    /** A reference place; {@code kommun} is the kommun a Swedish town lies in. */
    record Place(String id, String level, String name, String country, String kommun) {
    }

    private static final String PLACES = """
            MATCH (p:Place) WHERE p.level IS NOT NULL
            RETURN p.id AS id, p.level AS level, p.name AS name,
                   coalesce(p.iso3166_1, [(p)-[:LOCATED_IN*1..5]->(c:Place {level: 'country'}) | c.iso3166_1][0]) AS country,
                   [p.name] + coalesce(p.aliases, []) + coalesce(p.otherNames, []) AS names,
                   [(p)-[:LOCATED_IN]->(k:Place {level: 'kommun'}) | k.id][0] AS kommun""";

    /** Country code → folded name → places so named. */
    private final Map<String, Map<String, List<Place>>> byCountry = new HashMap<>();
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();

    ReferencePlaces(List<Place> places, Map<String, List<String>> names) {
        for (Place place : places) {
            byId.put(place.id(), place);
            Map<String, List<Place>> named = byCountry.computeIfAbsent(place.country() == null ? "" : place.country(),
                    c -> new HashMap<>());
            for (String name : names.getOrDefault(place.id(), List.of())) {
                List<Place> same = named.computeIfAbsent(TextQuery.fold(name), n -> new ArrayList<>(1));
                if (!same.contains(place)) {
                    same.add(place);
                }
                if (place.level().equals("country")) {
                    countries.putIfAbsent(TextQuery.fold(name), place);
                }
            }
        }
    }

    static ReferencePlaces load(QueryRunner tx) {
        List<Place> places = new ArrayList<>();
        Map<String, List<String>> names = new HashMap<>();
        tx.run(PLACES).forEachRemaining(r -> {
            Place place = new Place(r.get("id").asString(), r.get("level").asString(), r.get("name").asString(),
                    r.get("country").asString(null), r.get("kommun").asString(null));
            places.add(place);
            names.put(place.id(), r.get("names").asList(v -> v.asString()));
        });
        return new ReferencePlaces(places, names);
    }

    /** The places of {@code country} (ISO 3166-1 alpha-2) so named, of the given levels in that order of preference. */
    Optional<Place> find(String country, String name, String... levels) {
        List<Place> named = byCountry.getOrDefault(country, Map.of()).getOrDefault(TextQuery.fold(name.trim()), List.of());
        for (String level : levels) {
            for (Place place : named) {
                if (place.level().equals(level)) {
                    return Optional.of(place);
                }
            }
        }
        return Optional.empty();
    }

    Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country of that name (in any of the data's languages) or code. */
    Optional<Place> countryNamed(String name) {
        return Optional.ofNullable(countries.get(TextQuery.fold(name.trim())));
    }

    /** The country place of an ISO 3166-1 alpha-2 code. */
    Optional<Place> country(String code) {
        return find(code, code, "country");
    }
}
