package se.samverkan.resolution;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverkan.search.SearchQueries;
import se.samverkan.search.TextQuery;
import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.entity.EntityQueries;
import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;

/**
 * Resolves what a client names, an id or a name, to exactly one entity. A name matches exactly
 * (ignoring case and diacritics, current or former names and aliases; failing that, a place's name in another
 * language or its code); when it matches nothing exactly,
 * a single fulltext hit is accepted. Anything else is an error that lists the candidates, so a client
 * never gets an answer about an entity it did not mean.
 */
@Component
public class EntityResolver {

    private static final int CANDIDATES = 10;

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z]+:[^\\s]+");

    private final EntityQueries entities;
    private final SearchQueries search;

    EntityResolver(EntityQueries entities, SearchQueries search) {
        this.entities = entities;
        this.search = search;
    }

    public EntityRecord resolve(String idOrName, String argument) {
        return resolve(idOrName, argument, null);
    }

    public EntityRecord resolve(String idOrName, String argument, List<EntityType> types) {
        if (idOrName == null || idOrName.isBlank()) {
            throw new BadRequestException(argument + " must name an entity by id or name");
        }
        String trimmed = idOrName.trim();
        var byId = entities.findById(trimmed);
        if (byId.isPresent()) {
            if (types != null && !types.contains(byId.get().type())) {
                 throw new BadRequestException(argument + " '" + trimmed + "' is " + byId.get().type().label() + " "
                        + byId.get().name() + ", not a " + types.stream().map(EntityType::label).collect(Collectors.joining(" or ")));
            }
            return byId.get();
        }
        if (ID.matcher(trimmed).matches()) {
            // Looks like an id: guessing by its words would answer about an entity nobody named.
            throw new NotFoundException("No entity with id '" + trimmed + "' (" + argument + ")");
        }
        if (TextQuery.words(idOrName).isEmpty()) {
            throw new NotFoundException("No entity matches " + argument + " '" + idOrName + "'");
        }
        List<EntityRecord> hits = search.search(idOrName, types, 25);
        String wanted = TextQuery.fold(idOrName.trim());
        List<EntityRecord> exact = hits.stream()
                .filter(e -> TextQuery.fold(e.name()).equals(wanted)
                        || e.aliases().stream().anyMatch(a -> TextQuery.fold(a).equals(wanted)))
                .toList();
        if (exact.size() > 1) {
            // The entity so named over those that only have it as an alias: "Västerås" is the city, not Västerås
            // kommun, which GeoNames also spells "Västerås".
            List<EntityRecord> named = exact.stream().filter(e -> TextQuery.fold(e.name()).equals(wanted)).toList();
            if (named.size() == 1) {
                return named.get(0);
            }
        }
        if (exact.isEmpty()) {
            // Another language's name or a code (Estland, SE312, 2081), when no name or alias is the text.
            exact = hits.stream().filter(e -> e.otherNames().stream().anyMatch(o -> TextQuery.fold(o).equals(wanted)))
                    .toList();
        }
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (exact.isEmpty() && hits.size() == 1) {
            return hits.get(0);
        }
        if (hits.isEmpty()) {
            throw new NotFoundException("No entity matches " + argument + " '" + idOrName + "'");
        }
        List<EntityRecord> candidates = exact.isEmpty() ? hits : exact;
        throw new BadRequestException(argument + " '" + idOrName + "' is ambiguous; use one of these ids: "
                + candidates.stream().limit(CANDIDATES)
                        .map(e -> e.id() + " (" + e.name() + ", " + e.type().label() + ")")
                        .collect(Collectors.joining(", ")));
    }
}
