package se.samverkan.dataset;

import java.util.List;

import se.samverkan.resolution.Incoming;

/**
 * What one row states, independent of its format: the entities it names (to be resolved), the facts between them
 * or to stored places, the row reference and a short excerpt rendered from the row.
 */
record RowStatements(String row, String excerpt, List<NamedEntity> entities, List<Statement> facts) {

    RowStatements {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** An incoming entity with what the dataset says of it besides its name. */
    record NamedEntity(Incoming incoming, String kind, String from, String until) {

        static NamedEntity of(Incoming incoming, String kind) {
            return new NamedEntity(incoming, kind, null, null);
        }
    }

    /** A fact between two ends. */
    record Statement(End from, String type, End to, Details details) {

        static Statement of(End from, String type, End to) {
            return new Statement(from, type, to, Details.NONE);
        }
    }

    /** An end of a fact: an incoming entity by its key, or a stored entity (a reference place) by its id. */
    sealed interface End {
    }

    record Key(String key) implements End {
    }

    record Stored(String id) implements End {
    }

    /** A fact's own values (absent ones null). */
    record Details(String role, String from, String until, String budget) {

        static final Details NONE = new Details(null, null, null, null);
    }
}
