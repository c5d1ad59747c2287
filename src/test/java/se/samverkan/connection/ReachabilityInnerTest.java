package se.samverkan.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which reached carriers the path query may pass through, by their distances from both sides. */
class ReachabilityInnerTest {

    private static Reachability.Search<String> search(Set<String> side, int depth, List<String> frontier, Object... reached) {
        Reachability.Search<String> s = new Reachability.Search<>(side);
        s.depth = depth;
        s.frontier = frontier;
        for (int i = 0; i < reached.length; i += 2) {
            s.reached.put((String) reached[i], (Integer) reached[i + 1]);
        }
        return s;
    }

    @Test
    void twoStepPathsPassOnlyThroughCarriersNextToBothSides() {
        Reachability.Search<String> a = search(Set.of("a"), 1, List.of("x", "onlyA"), "x", 1, "onlyA", 1);
        Reachability.Search<String> b = search(Set.of("b"), 1, List.of("x", "onlyB"), "x", 1, "onlyB", 1);
        assertThat(Reachability.inner(2, a, b)).containsExactly("x");
    }

    @Test
    void aCarrierReachedFromOneSideOnlyQualifiesWhenCloseEnoughToThatSide() {
        // h = 3 with depthA = 2, depthB = 1: a node reached only from A lies more than 1 step from B,
        // so it needs dA <= 3 - 1 - 1 = 1; one reached only from B lies more than 2 steps from A, so
        // even dB = 1 makes a path of at least 4.
        Reachability.Search<String> a = search(Set.of("a"), 2, List.of("far"), "near", 1, "far", 2);
        Reachability.Search<String> b = search(Set.of("b"), 1, List.of("m"), "m", 1);
        assertThat(Reachability.inner(3, a, b)).containsExactly("near");
    }

    @Test
    void carriersReachedFromBothSidesCountTheirTwoDistances() {
        Reachability.Search<String> a = search(Set.of("a"), 2, List.of("p"), "p", 2, "q", 1);
        Reachability.Search<String> b = search(Set.of("b"), 2, List.of("p"), "p", 2, "q", 2);
        assertThat(Reachability.inner(3, a, b)).containsExactly("q");
        assertThat(Reachability.inner(4, a, b)).containsExactlyInAnyOrder("p", "q");
    }

    @Test
    void whenTheOtherSearchReachedAllItCanNothingFromOneSideAloneQualifies() {
        Reachability.Search<String> a = search(Set.of("a"), 1, List.of("onlyA"), "onlyA", 1);
        Reachability.Search<String> b = search(Set.of("b"), 1, List.of(), "both", 1);
        a.reached.put("both", 1);
        assertThat(Reachability.inner(4, a, b)).containsExactly("both");
    }
}
