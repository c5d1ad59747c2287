package se.samverkan.connection;

import java.util.List;

/** The answer to a connection question grouped: the carriers first, then what they carry the link through. */
record Grouped(List<Carrier> carriers, List<Tie> ties) {

    static final Grouped NONE = new Grouped(List.of(), List.of());
}
