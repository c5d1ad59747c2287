package se.samverkan.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A few reference places, as the geography names them, for mapping tests without a store. */
final class Places {

    private final List<ReferencePlaces.Place> places = new ArrayList<>();
    private final Map<String, List<String>> names = new LinkedHashMap<>();

    Places add(String id, String level, String country, String kommun, String... names) {
        places.add(new ReferencePlaces.Place(id, level, names[0], country, kommun));
        this.names.put(id, List.of(names));
        return this;
    }

    ReferencePlaces build() {
        return new ReferencePlaces(places, names);
    }

    static ReferencePlaces sample() {
        return new Places()
                .add("place:sweden", "country", "SE", null, "Sweden", "Sverige", "SE")
                .add("place:country:ro", "country", "RO", null, "Romania", "Rumänien", "RO")
                .add("place:china", "country", "CN", null, "China", "Kina", "People's Republic of China", "CN")
                .add("place:country:gr", "country", "GR", null, "Greece", "GR")
                .add("place:dalarna", "iso-subdivision", "SE", null, "Dalarna", "Dalarnas län", "Dalarna County", "SE-W")
                .add("place:iso:se-s", "iso-subdivision", "SE", null, "Värmlands län", "Värmland County", "SE-S")
                .add("place:kommun:2081", "kommun", "SE", null, "Borlänge kommun", "Borlänge Municipality", "2081")
                .add("place:kommun:1480", "kommun", "SE", null, "Göteborgs kommun", "Gothenburg Municipality", "1480")
                .add("place:city:se:goteborg", "city", "SE", "place:kommun:1480", "Göteborg", "Gothenburg")
                .add("place:city:ro:pitesti", "city", "RO", null, "Piteşti", "Pitești")
                .add("place:city:cn:shanghai", "city", "CN", null, "Shanghai", "上海")
                .build();
    }
}
