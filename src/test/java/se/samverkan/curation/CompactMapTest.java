package se.samverkan.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rows of an import are kept as {@link CompactMap}s: they must behave as the maps they replace. */
class CompactMapTest {

    @Test
    void keepsInsertionOrderLeavesOutNullsAndReplacesARepeatedKeyInPlace() {
        CompactMap map = CompactMap.builder(1).put("record", "fact").put("from_id", "org:a").put("role", null)
                .put("to_id", "org:b").put("record", "entity").build();
        assertThat(map).hasSize(3).containsEntry("record", "entity").doesNotContainKey("role");
        assertThat(List.copyOf(map.keySet())).containsExactly("record", "from_id", "to_id");
        assertThat(map.get("missing")).isNull();
        assertThat(map.containsKey("to_id")).isTrue();
    }

    @Test
    void mapsWithTheSameKeysShareOneKeyArrayAndKeepTheirOwnValues() {
        CompactMap.KeySets keySets = new CompactMap.KeySets();
        CompactMap a = CompactMap.builder(4).put("record", "relation").put("from_id", "org:a").build(keySets);
        CompactMap b = CompactMap.builder(4).put("record", "relation").put("from_id", "org:b").build(keySets);
        CompactMap c = CompactMap.builder(4).put("from_id", "org:c").put("record", "relation").build(keySets);
        assertThat(keySets.size()).isEqualTo(2); // the same keys in another order are another set
        assertThat(a).isEqualTo(Map.of("record", "relation", "from_id", "org:a"));
        assertThat(b.get("from_id")).isEqualTo("org:b");
        assertThat(List.copyOf(c.keySet())).containsExactly("from_id", "record");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void keysThatAreEqualButNotTheSameStringsShareTheArrayOfTheFirst() {
        CompactMap.KeySets keySets = new CompactMap.KeySets();
        CompactMap a = CompactMap.builder(2).put("record", "entity").put("id", "org:a").build(keySets);
        CompactMap b = CompactMap.builder(2).put(new String("record"), "entity").put(new String("id"), "org:b")
                .build(keySets);
        CompactMap c = CompactMap.builder(1).put("record", "entity").build(keySets);
        assertThat(keySets.size()).isEqualTo(2);
        assertThat(keySets.find(new String[] {new String("record"), new String("id")}, 2))
                .isSameAs(keySets.find(new String[] {"record", "id", "ignored"}, 2));
        assertThat(b).containsEntry("id", "org:b").isEqualTo(Map.of("record", "entity", "id", "org:b"));
        assertThat(List.copyOf(c.keySet())).containsExactly("record");
        assertThat(a.get("id")).isEqualTo("org:a");
    }

    @Test
    void theKeySetCannotChangeTheKeysOtherMapsShare() {
        CompactMap.KeySets keySets = new CompactMap.KeySets();
        CompactMap a = CompactMap.builder(2).put("record", "entity").put("id", "org:a").build(keySets);
        CompactMap b = CompactMap.builder(2).put("record", "entity").put("id", "org:b").build(keySets);
        assertThatThrownBy(() -> a.keySet().remove("id")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.keySet().iterator().remove()).isInstanceOf(RuntimeException.class);
        assertThat(b).containsEntry("id", "org:b").hasSize(2);
    }

    @Test
    void findsAKeyThatIsEqualButNotTheSameString() {
        // keys read from JSON or CSV are interned and found by identity; any other equal string still finds them
        String built = new StringBuilder("from").append("_id").toString();
        CompactMap map = CompactMap.builder(2).put(built, "org:a").put("to_id", "org:b").build();
        assertThat(map.get("from_id")).isEqualTo("org:a");
        assertThat(map.get(new String("to_id"))).isEqualTo("org:b");
        assertThat(map.containsKey(new String("type"))).isFalse();
    }

    @Test
    void equalsAndHashesAsAnyMapWithTheSameEntries() {
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("name", "Dalarna");
        linked.put("aliases", List.of("Dalecarlia"));
        CompactMap compact = CompactMap.builder(2).put("name", "Dalarna").put("aliases", List.of("Dalecarlia")).build();
        assertThat(compact).isEqualTo(linked).hasSameHashCodeAs(linked);
        assertThat(linked).isEqualTo(compact);
        assertThat(compact).isNotEqualTo(Map.of("name", "Dalarna"));
    }

    @Test
    void cannotBeChanged() {
        CompactMap map = CompactMap.builder(1).put("id", "x").build();
        assertThatThrownBy(() -> map.put("id", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
