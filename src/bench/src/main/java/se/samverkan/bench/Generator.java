package se.samverkan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a synthetic cooperation graph in the bulk-import format (README "Import file format"), the same
 * files for the same size and seed. Countries, regions and cities form a hierarchy (reference geography);
 * organisations are located in cities that are skewed towards a few capitals, and projects, events and
 * agreements pick a third of their members from a few hubs (science parks, municipalities), as
 * cooperation data does. The last country is an island: its entities only ever deal with each other, so
 * that a pair of regions with no connection at all exists. Every fact has a source and an excerpt, and
 * every entity is mentioned by at least one source.
 *
 * <p>Files: {@code 01-sources}, {@code 02-places}, then entities and facts in parts of at most
 * {@code partRecords} records, to be imported one after the other in file-name order (each part is one
 * import, so that no single transaction has to hold a million-node graph); {@code manifest.json} names the
 * entities a benchmark should ask about.
 */
final class Generator {

    static final int DEFAULT_PART_RECORDS = 200_000;

    private static final List<String> HEADER = List.of("record", "id", "type", "name", "kind", "aliases", "status",
            "signed", "venue", "from_id", "to_id", "role", "date", "from", "until", "reference", "publisher",
            "published", "language", "title", "source", "excerpt");

    private static final String[] SYLLABLES = {"nor", "vik", "kal", "mar", "by", "sten", "lun", "da", "gra", "ne",
            "hol", "ma", "ber", "ga", "fal", "ro", "tar", "tu", "wu", "han", "zi", "bo", "li", "an", "ku", "sa", "vel",
            "ta", "mo", "ri", "len", "ka", "sun", "de", "ha", "ven", "lo", "mi", "sko", "gen", "ås", "ö", "jö", "bä"};
    private static final String[] PLACE_SUFFIX = {"", "by", "stad", "holm", "köping", "vik", "berg", "ville", "shan",
            "lin", "dorf", "maa"};
    private static final String[] ORG_KINDS = {"company", "company", "company", "company", "association",
            "university", "incubator", "government agency", "business office", "development zone",
            "regional authority"};
    private static final String[] ORG_SUFFIX = {"AB", "Group", "Tech", "Energi", "Konsult", "Solutions", "Innovation",
            "Industri", "Miljö", "Logistik"};
    private static final String[] FIRST_NAMES = {"Anna", "Erik", "Li", "Wei", "Maria", "Karl", "Jaan", "Kadri",
            "Sofia", "Lars", "Ingrid", "Olle", "Mei", "Jun", "Eva", "Per", "Tiina", "Mart", "Emma", "Johan"};
    private static final String[] ROLES = {"vd", "projektledare", "kommunalråd", "forskare", "rådgivare",
            "exportrådgivare", "verksamhetschef", "ordförande"};
    private static final String[] EVENT_KINDS = {"delegation visit", "study trip", "conference", "signing",
            "survey", "workshop"};
    private static final String[] AGREEMENT_KINDS = {"friendship city", "cooperation agreement",
            "commercial contract", "memorandum of understanding"};
    private static final String[] PUBLISHERS = {"Dalarnas Tidningar", "Region Dalarna", "keep.eu", "CORDIS",
            "Hubei Daily", "Postimees", "Borlänge Tidning", "Almi"};
    private static final String[] LANGUAGES = {"sv", "sv", "en", "en", "zh", "et"};
    private static final String[] TOPICS = {"environmental technology", "smart city", "internationalisation",
            "renewable energy", "water treatment", "logistics", "tourism", "education", "health", "digitalisation",
            "circular economy", "forestry", "mining", "steel", "batteries", "hydrogen", "agriculture", "culture",
            "transport", "life science", "ICT", "construction", "textiles", "food", "maritime", "space",
            "design", "gaming", "biotech", "automotive"};

    private final SplittableRandom random;
    private final Size size;
    private final int partRecords;

    // Geography: countries, then regions, then cities; the last country is the island.
    private final List<String> placeIds = new ArrayList<>();
    private final List<String> placeNames = new ArrayList<>();
    private int countries;
    private int[] regionFirst; // per component: index range of its regions in regions list
    private final List<Integer> regions = new ArrayList<>(); // place index of each region
    private final List<Integer> regionCountry = new ArrayList<>();
    private final List<Integer> cities = new ArrayList<>(); // place index of each city
    private int mainlandCities;
    private int mainlandRegions;

    private String[] sources;
    private String[] orgNames;
    private int[] orgCity;
    private String[] personNames;
    private String[] projectNames;
    private String[] programmeNames;
    private String[] agreementNames;
    private String[] eventNames;
    private int[] eventCity;

    private final Counts counts;

    /** How many of each there are; the island gets {@link #ISLAND} of every kind. */
    record Counts(int sources, int orgs, int people, int projects, int programmes, int agreements, int events) {
    }

    static final double ISLAND = 0.05;

    Generator(Size size, long seed, int partRecords) {
        this.size = size;
        this.random = new SplittableRandom(seed);
        this.partRecords = partRecords;
        int n = size.nodes;
        this.counts = new Counts(n / 10, n * 30 / 100, n * 28 / 100, n / 10, Math.max(6, n / 500), n * 8 / 100,
                n / 10);
    }

    /** Writes the files into {@code dir} (created if missing) and returns them in import order. */
    List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var stale = Files.list(dir)) {
            for (Path p : stale.filter(p -> p.getFileName().toString().endsWith(".csv")).toList()) {
                Files.delete(p);
            }
        }
        List<Path> files = new ArrayList<>();
        try (PartWriter out = new PartWriter(dir, "01-sources", Integer.MAX_VALUE, HEADER, files)) {
            writeSources(out);
        }
        try (PartWriter out = new PartWriter(dir, "02-places", Integer.MAX_VALUE, HEADER, files)) {
            writePlaces(out);
        }
        try (PartWriter out = new PartWriter(dir, "03-entities", partRecords, HEADER, files)) {
            writeEntities(out);
        }
        Map<String, Object> manifest;
        try (PartWriter out = new PartWriter(dir, "04-facts", partRecords, HEADER, files)) {
            manifest = writeFacts(out);
        }
        Files.writeString(dir.resolve("manifest.json"), Json.write(manifest));
        return files;
    }

    // ---------------------------------------------------------------- sources and geography

    private void writeSources(PartWriter out) throws IOException {
        sources = new String[counts.sources()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = "syn-%07d.txt".formatted(i);
            String publisher = pick(PUBLISHERS);
            out.row(Map.of("record", "source", "id", sources[i], "title", publisher + ": " + word(3) + " " + word(2),
                    "publisher", publisher, "published", date(), "language", pick(LANGUAGES)));
        }
    }

    private void writePlaces(PartWriter out) throws IOException {
        double scale = Math.cbrt(size.nodes / 1_000_000.0);
        countries = Math.max(6, (int) Math.round(30 * scale));
        int regionsPerCountry = Math.max(4, (int) Math.round(20 * Math.pow(size.nodes / 1_000_000.0, 0.3)));
        int totalCities = Math.max(countries * regionsPerCountry * 2, size.nodes * 12 / 1000);
        for (int c = 0; c < countries; c++) {
            int place = place("place:syn-country-" + c, capital(word(2)) + "land", "country", out, null);
            for (int r = 0; r < regionsPerCountry; r++) {
                int region = place("place:syn-region-" + c + "-" + r, capital(word(2)) + " " + pick(new String[] {
                        "län", "region", "province", "maakond"}), "region", out, placeIds.get(place));
                regions.add(region);
                regionCountry.add(c);
            }
        }
        mainlandRegions = (countries - 1) * regionsPerCountry;
        int islandCities = Math.max(regionsPerCountry, (int) (totalCities * ISLAND));
        mainlandCities = totalCities - islandCities;
        for (int i = 0; i < totalCities; i++) {
            boolean island = i >= mainlandCities;
            // City i lies in region i mod R of its component: the first cities, where the skew puts
            // the most organisations, spread over the first regions of different countries.
            int region = island ? mainlandRegions + (i - mainlandCities) % regionsPerCountry : i % mainlandRegions;
            int city = place("place:syn-city-" + i, capital(word(2)) + pick(PLACE_SUFFIX), "city", out,
                    placeIds.get(regions.get(region)));
            cities.add(city);
        }
    }

    private int place(String id, String name, String kind, PartWriter out, String parent) throws IOException {
        placeIds.add(id);
        placeNames.add(name);
        out.row(Map.of("record", "entity", "id", id, "type", "Place", "name", name, "kind", kind));
        if (parent != null) {
            out.row(Map.of("record", "relation", "from_id", id, "type", "LOCATED_IN", "to_id", parent,
                    "reference", "true"));
        }
        return placeIds.size() - 1;
    }

    // ---------------------------------------------------------------- entities

    private void writeEntities(PartWriter out) throws IOException {
        for (int i = 0; i < TOPICS.length; i++) {
            out.row(Map.of("record", "entity", "id", "topic:syn-" + i, "type", "Topic", "name", TOPICS[i],
                    "source", source(), "excerpt", "Fokus på " + TOPICS[i] + "."));
        }
        orgNames = new String[counts.orgs()];
        orgCity = new int[counts.orgs()];
        for (int i = 0; i < orgNames.length; i++) {
            boolean island = isIslandOrg(i);
            int city = island ? mainlandCities + random.nextInt(cities.size() - mainlandCities)
                    : skewed(mainlandCities);
            orgCity[i] = city;
            String cityName = placeNames.get(cities.get(city));
            String kind;
            if (isHub(i)) {
                kind = i % 2 == 0 ? "science park" : "municipality";
                orgNames[i] = kind.equals("science park") ? cityName + " Science Park " + capital(word(1))
                        : cityName + " kommun";
            }
            else {
                kind = pick(ORG_KINDS);
                orgNames[i] = switch (kind) {
                    case "university" -> "University of " + cityName + " " + capital(word(1));
                    case "association" -> capital(word(2)) + "föreningen " + cityName;
                    default -> capital(word(2)) + capital(word(1)) + " " + pick(ORG_SUFFIX);
                };
            }
            Map<String, String> row = new LinkedHashMap<>(Map.of("record", "entity", "id", orgId(i), "type",
                    "Organisation", "name", orgNames[i], "kind", kind, "source", source(),
                    "excerpt", orgNames[i] + " i " + cityName + "."));
            if (random.nextInt(20) == 0) {
                row.put("aliases", capital(word(3)) + " " + pick(ORG_SUFFIX));
            }
            out.row(row);
        }
        personNames = new String[counts.people()];
        for (int i = 0; i < personNames.length; i++) {
            personNames[i] = pick(FIRST_NAMES) + " " + capital(word(2)) + pick(new String[] {"son", "berg", "",
                    "mets", "ström"});
            out.row(Map.of("record", "entity", "id", "person:syn-" + i, "type", "Person", "name", personNames[i],
                    "source", source(), "excerpt", personNames[i] + " berättar."));
        }
        programmeNames = new String[counts.programmes()];
        for (int i = 0; i < programmeNames.length; i++) {
            int year = 2000 + 7 * random.nextInt(3);
            programmeNames[i] = "Interreg " + capital(word(2)) + " " + (year + 7) + "-" + (year + 13);
            out.row(Map.of("record", "entity", "id", "programme:syn-" + i, "type", "Programme", "name",
                    programmeNames[i], "kind", "Interreg programme", "source", source(),
                    "excerpt", programmeNames[i] + " finansierar samarbete."));
        }
        projectNames = new String[counts.projects()];
        for (int i = 0; i < projectNames.length; i++) {
            projectNames[i] = word(2).toUpperCase(Locale.ROOT) + word(1).toUpperCase(Locale.ROOT) + " "
                    + (1 + random.nextInt(99));
            int from = 2005 + random.nextInt(18);
            out.row(Map.of("record", "entity", "id", "project:syn-" + i, "type", "Project", "name", projectNames[i],
                    "kind", "EU project", "from", Integer.toString(from), "until",
                    Integer.toString(from + 1 + random.nextInt(4)), "source", source(),
                    "excerpt", "Projektet " + projectNames[i] + " startar."));
        }
        agreementNames = new String[counts.agreements()];
        for (int i = 0; i < agreementNames.length; i++) {
            String kind = pick(AGREEMENT_KINDS);
            agreementNames[i] = capital(kind) + " " + capital(word(2)) + "–" + capital(word(2));
            out.row(Map.of("record", "entity", "id", "agreement:syn-" + i, "type", "Agreement", "name",
                    agreementNames[i], "kind", kind, "status", random.nextInt(4) == 0 ? "expired" : "active",
                    "signed", date(), "source", source(), "excerpt", agreementNames[i] + " undertecknades."));
        }
        eventNames = new String[counts.events()];
        eventCity = new int[counts.events()];
        for (int i = 0; i < eventNames.length; i++) {
            boolean island = isIsland(i, eventNames.length);
            eventCity[i] = island ? mainlandCities + random.nextInt(cities.size() - mainlandCities)
                    : skewed(mainlandCities);
            String kind = pick(EVENT_KINDS);
            eventNames[i] = capital(kind) + " " + placeNames.get(cities.get(eventCity[i])) + " " + (2005 + i % 20);
            out.row(Map.of("record", "entity", "id", "event:syn-" + i, "type", "Event", "name", eventNames[i],
                    "kind", kind, "date", date(), "venue", capital(word(2)) + "salen", "source", source(),
                    "excerpt", eventNames[i] + " hölls."));
        }
    }

    // ---------------------------------------------------------------- facts

    private Map<String, Object> writeFacts(PartWriter out) throws IOException {
        int orgs = orgNames.length;
        for (int i = 0; i < orgs; i++) {
            String city = placeIds.get(cities.get(orgCity[i]));
            fact(out, orgId(i), "LOCATED_IN", city, null, orgNames[i] + " har sitt säte i "
                    + placeNames.get(cities.get(orgCity[i])) + ".");
            boolean island = isIslandOrg(i);
            if (random.nextInt(3) == 0) {
                int other = org(island);
                if (other != i) {
                    fact(out, orgId(i), "COOPERATES_WITH", orgId(other), null,
                            orgNames[i] + " samarbetar med " + orgNames[other] + ".");
                }
            }
            if (random.nextInt(3) == 0) {
                int region = island ? mainlandRegions + random.nextInt(regions.size() - mainlandRegions)
                        : random.nextInt(mainlandRegions);
                String place = placeIds.get(regions.get(region));
                fact(out, orgId(i), "ACTIVE_IN", place, null,
                        orgNames[i] + " är verksam i " + placeNames.get(regions.get(region)) + ".");
            }
            fact(out, orgId(i), "INTERESTED_IN", "topic:syn-" + random.nextInt(TOPICS.length), null,
                    orgNames[i] + " satsar på området.");
            if (random.nextInt(50) == 0) {
                out.row(Map.of("record", "name", "id", orgId(i), "name", capital(word(3)) + " " + pick(ORG_SUFFIX),
                        "until", Integer.toString(2005 + random.nextInt(15)), "source", source(),
                        "excerpt", "Tidigare hette bolaget annorlunda."));
            }
        }
        for (int i = 0; i < personNames.length; i++) {
            boolean island = isIsland(i, personNames.length);
            int jobs = random.nextInt(10) == 0 ? 2 : 1;
            int previous = -1;
            for (int j = 0; j < jobs; j++) {
                int org = org(island);
                if (org == previous) {
                    continue;
                }
                previous = org;
                String role = pick(ROLES);
                fact(out, "person:syn-" + i, "WORKS_AT", orgId(org), Map.of("role", role),
                        personNames[i] + ", " + role + " på " + orgNames[org] + ".");
            }
        }
        for (int i = 0; i < projectNames.length; i++) {
            boolean island = isIsland(i, projectNames.length);
            String project = "project:syn-" + i;
            // 2 to 30 partners, most projects small: 2 + 28 * u^3.
            int partners = 2 + (int) (28 * Math.pow(random.nextDouble(), 3));
            Set<Integer> chosen = new HashSet<>();
            for (int k = 0; k < partners * 2 && chosen.size() < partners; k++) {
                int org = org(island);
                if (chosen.add(org)) {
                    fact(out, orgId(org), "PARTNER_IN", project, Map.of("role", chosen.size() == 1 ? "lead partner"
                            : "partner"), orgNames[org] + " är partner i " + projectNames[i] + ".");
                }
            }
            int lead = chosen.iterator().next();
            fact(out, orgId(lead), "RUNS", project, null, orgNames[lead] + " leder " + projectNames[i] + ".");
            int programme = programme(island);
            fact(out, "programme:syn-" + programme, "FUNDED", project, null,
                    programmeNames[programme] + " finansierar " + projectNames[i] + ".");
            fact(out, "person:syn-" + person(island), "CONTACT_FOR", project, null,
                    "Kontaktperson för " + projectNames[i] + ".");
            fact(out, project, "ABOUT", "topic:syn-" + random.nextInt(TOPICS.length), null,
                    projectNames[i] + " handlar om området.");
        }
        for (int i = 0; i < agreementNames.length; i++) {
            boolean island = isIsland(i, agreementNames.length);
            String agreement = "agreement:syn-" + i;
            if (agreementNames[i].startsWith("Friendship")) {
                int a = city(island);
                int b = city(island);
                String nameA = placeNames.get(cities.get(a));
                fact(out, placeIds.get(cities.get(a)), "PARTY_TO", agreement, null, nameA + " är vänort.");
                if (b != a) {
                    fact(out, placeIds.get(cities.get(b)), "PARTY_TO", agreement, null,
                            placeNames.get(cities.get(b)) + " och " + nameA + " är vänorter.");
                }
            }
            else {
                int parties = 2 + random.nextInt(3);
                Set<Integer> chosen = new HashSet<>();
                for (int k = 0; k < parties; k++) {
                    int org = org(island);
                    if (chosen.add(org)) {
                        fact(out, orgId(org), "PARTY_TO", agreement, null,
                                orgNames[org] + " undertecknade " + agreementNames[i] + ".");
                    }
                }
            }
            if (random.nextInt(3) == 0) {
                int event = event(island);
                fact(out, agreement, "SIGNED_AT", "event:syn-" + event, null,
                        agreementNames[i] + " undertecknades vid " + eventNames[event] + ".");
            }
            if (random.nextBoolean()) {
                fact(out, "person:syn-" + person(island), "INVOLVED_IN", agreement, null,
                        "Avtalet förhandlades fram av en projektledare.");
            }
        }
        for (int i = 0; i < eventNames.length; i++) {
            boolean island = isIsland(i, eventNames.length);
            String event = "event:syn-" + i;
            fact(out, event, "HELD_IN", placeIds.get(cities.get(eventCity[i])), null,
                    eventNames[i] + " hölls i " + placeNames.get(cities.get(eventCity[i])) + ".");
            int organiser = org(island);
            fact(out, orgId(organiser), "ORGANISED", event, null, orgNames[organiser] + " arrangerade besöket.");
            int participants = 2 + (int) (13 * Math.pow(random.nextDouble(), 2));
            Set<String> chosen = new HashSet<>();
            for (int k = 0; k < participants; k++) {
                boolean person = random.nextInt(3) == 0;
                String id = person ? "person:syn-" + person(island) : orgId(org(island));
                if (chosen.add(id)) {
                    fact(out, id, "PARTICIPATED_IN", event, null, "Deltagare i " + eventNames[i] + ".");
                }
            }
            fact(out, event, "ABOUT", "topic:syn-" + random.nextInt(TOPICS.length), null, "Temat var tydligt.");
        }
        // Further mentions: most press texts name an entity more than once.
        for (int i = 0; i < orgs; i++) {
            if (random.nextInt(2) == 0) {
                out.row(Map.of("record", "mention", "id", orgId(i), "source", source(), "excerpt",
                        orgNames[i] + " nämns i artikeln."));
            }
        }
        for (int i = 0; i < personNames.length; i++) {
            if (random.nextInt(2) == 0) {
                out.row(Map.of("record", "mention", "id", "person:syn-" + i, "source", source(), "excerpt",
                        personNames[i] + " intervjuas."));
            }
        }
        return manifest();
    }

    private void fact(PartWriter out, String from, String type, String to, Map<String, String> extra,
            String excerpt) throws IOException {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("record", "relation");
        row.put("from_id", from);
        row.put("type", type);
        row.put("to_id", to);
        row.put("source", source());
        row.put("excerpt", excerpt);
        if (random.nextInt(4) == 0) {
            row.put("date", date());
        }
        if (extra != null) {
            row.putAll(extra);
        }
        out.row(row);
    }

    /** What a benchmark asks about: chosen by structure, so the same for the same size and seed. */
    private Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", size.label());
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("sources", counts.sources());
        n.put("places", placeIds.size());
        n.put("topics", TOPICS.length);
        n.put("organisations", counts.orgs());
        n.put("people", counts.people());
        n.put("programmes", counts.programmes());
        n.put("projects", counts.projects());
        n.put("agreements", counts.agreements());
        n.put("events", counts.events());
        m.put("counts", n);
        List<String> hubs = new ArrayList<>();
        List<String> searches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hubs.add(orgId(i));
            searches.add(orgNames[i]);
        }
        // Hubs apart from ordinary organisations: a half-and-half mix put the p50 on the boundary between a
        // 3 ms and a 13 ms query, and which side it fell on changed from run to run.
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int org = 10 + (int) ((long) (orgNames.length - 11) * (i + 1) / 11);
            entities.add(orgId(org));
            searches.add(orgNames[org].split(" ")[0]);
            searches.add(placeNames.get(cities.get(i)).toLowerCase(Locale.ROOT));
        }
        m.put("search", searches);
        m.put("entities", entities);
        m.put("hubEntities", hubs);
        // Regions 0 and 1 hold the first cities, where most organisations are (see writePlaces).
        m.put("connectedRegions", List.of(placeIds.get(regions.get(0)), placeIds.get(regions.get(1))));
        m.put("unconnectedRegions", List.of(placeIds.get(regions.get(mainlandRegions)),
                placeIds.get(regions.get(1))));
        List<String> listing = new ArrayList<>();
        for (int c = 0; c < Math.min(5, countries - 1); c++) {
            listing.add("place:syn-country-" + c);
        }
        listing.add(placeIds.get(regions.get(0)));
        m.put("listingPlaces", listing);
        // Ordinary regions, not the hub regions 0 and 1: what a report writer typically asks about.
        List<String> reportRegions = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            reportRegions.add(placeIds.get(regions.get(mainlandRegions * k / 6)));
        }
        m.put("reportRegions", reportRegions);
        return m;
    }

    // ---------------------------------------------------------------- picking

    private boolean isIsland(int index, int total) {
        return index >= total - (int) (total * ISLAND);
    }

    private boolean isIslandOrg(int i) {
        return isIsland(i, orgNames.length);
    }

    /** The first 2% of each component's organisations are its hubs. */
    private boolean isHub(int i) {
        int islandStart = orgNames.length - (int) (orgNames.length * ISLAND);
        int local = i >= islandStart ? i - islandStart : i;
        int component = i >= islandStart ? orgNames.length - islandStart : islandStart;
        return local < Math.max(2, component / 50);
    }

    /** An organisation of the component: a hub a third of the time (the biggest ones most), else any. */
    private int org(boolean island) {
        int total = orgNames.length;
        int start = island ? total - (int) (total * ISLAND) : 0;
        int count = island ? total - start : total - (int) (total * ISLAND);
        if (random.nextInt(3) == 0) {
            return start + skewed(Math.max(2, count / 50));
        }
        return start + random.nextInt(count);
    }

    private int person(boolean island) {
        return inComponent(island, personNames.length);
    }

    private int programme(boolean island) {
        // The island has its own programme, so no programme links it to the mainland.
        return island ? programmeNames.length - 1 : random.nextInt(programmeNames.length - 1);
    }

    private int event(boolean island) {
        return inComponent(island, eventNames.length);
    }

    private int city(boolean island) {
        return island ? mainlandCities + random.nextInt(cities.size() - mainlandCities) : skewed(mainlandCities);
    }

    private int inComponent(boolean island, int total) {
        int islandCount = (int) (total * ISLAND);
        return island ? total - islandCount + random.nextInt(islandCount) : random.nextInt(total - islandCount);
    }

    /** 0..n-1, low values much more likely (u^2). */
    private int skewed(int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    private String orgId(int i) {
        return "org:syn-" + i;
    }

    private String source() {
        return sources[random.nextInt(sources.length)];
    }

    private String date() {
        int year = 2005 + random.nextInt(20);
        return switch (random.nextInt(3)) {
            case 0 -> Integer.toString(year);
            case 1 -> "%d-%02d".formatted(year, 1 + random.nextInt(12));
            default -> "%d-%02d-%02d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    private String word(int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
