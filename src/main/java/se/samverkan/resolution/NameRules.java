package se.samverkan.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.samverkan.search.TextQuery;

/**
 * Normalises an organisation's or a place's name the way Swedish registers vary it: case and diacritics, legal forms
 * and prefixes ({@code AB}, {@code Stiftelsen}, {@code (publ)}, {@code Oy}…), county phrases ({@code I Dalarnas Län},
 * {@code Dalarnas län} and {@code Dalarna} are one word) and inflected or English generic words ({@code Regionen},
 * {@code Municipality}).
 */
final class NameRules {

    private NameRules() {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Legal forms and foundation prefixes, folded; a multi-word form is matched as a whole. */
    private static final List<List<String>> LEGAL_FORMS = List.of(
            List.of("ekonomisk", "forening"), List.of("ek", "for"), List.of("ideell", "forening"),
            List.of("aktiebolag"), List.of("aktiebolaget"), List.of("ab"), List.of("publ"),
            List.of("stiftelsen"), List.of("stiftelse"), List.of("handelsbolag"), List.of("hb"),
            List.of("kommanditbolag"), List.of("kb"), List.of("ltd"), List.of("limited"), List.of("plc"),
            List.of("oy"), List.of("oyj"), List.of("as"), List.of("asa"), List.of("aps"), List.of("gmbh"),
            List.of("ag"), List.of("inc"), List.of("llc"), List.of("bv"), List.of("ou"), List.of("uab"),
            List.of("sia"));

    /** The 21 län, folded; the genitive ({@code Dalarnas}, {@code Skånes}) adds an s to the last word. */
    private static final List<List<String>> COUNTIES = Arrays.stream(new String[] {"stockholm", "uppsala",
            "sodermanland", "ostergotland", "jonkoping", "kronoberg", "kalmar", "gotland", "blekinge", "skane",
            "halland", "vastra gotaland", "varmland", "orebro", "vastmanland", "dalarna", "gavleborg",
            "vasternorrland", "jamtland", "vasterbotten", "norrbotten"}).map(c -> List.of(c.split(" "))).toList();

    /** Spellings of one legal form, so that "Ab" and "Aktiebolag" are not two different legal persons. */
    private static final Map<String, String> SAME_FORM = Map.of("aktiebolag", "ab", "aktiebolaget", "ab",
            "stiftelse", "stiftelsen", "handelsbolag", "hb", "kommanditbolag", "kb", "limited", "ltd",
            "ek for", "ekonomisk forening", "oyj", "oy");

    /** The county names as written, for the reasons a curator reads. */
    private static final List<String> COUNTY_NAMES = List.of("Stockholm", "Uppsala", "Södermanland", "Östergötland",
            "Jönköping", "Kronoberg", "Kalmar", "Gotland", "Blekinge", "Skåne", "Halland", "Västra Götaland", "Värmland",
            "Örebro", "Västmanland", "Dalarna", "Gävleborg", "Västernorrland", "Jämtland", "Västerbotten", "Norrbotten");

    private static final Set<String> COUNTY_LEADS = Set.of("i", "for");
    private static final Set<String> COUNTY_TAILS = Set.of("lan", "lans", "county");

    /** Inflected and English generic words and their Swedish base form. */
    private static final Map<String, String> BASE_FORMS = Map.ofEntries(
            Map.entry("regionen", "region"), Map.entry("regionens", "region"), Map.entry("kommunen", "kommun"),
            Map.entry("kommuns", "kommun"), Map.entry("municipality", "kommun"),
            Map.entry("landstinget", "landsting"), Map.entry("universitetet", "universitet"),
            Map.entry("university", "universitet"), Map.entry("hogskolan", "hogskola"),
            Map.entry("foreningen", "forening"), Map.entry("forbundet", "forbund"));

    /** Words that tell nothing apart. */
    private static final Set<String> FILLERS = Set.of("i", "the", "of", "och", "and");

    /** Generic words: sharing them says little, so similarity weighs them, like county words, at half. */
    static final Set<String> GENERIC = Set.of("region", "kommun", "lan", "landsting", "stad", "forening", "forbund",
            "universitet", "hogskola", "lansstyrelsen", "centrum", "center", "park");

    static NormalName normalise(String name) {
        List<String> original = new ArrayList<>();
        var matcher = WORD.matcher(name == null ? "" : name);
        while (matcher.find()) {
            original.add(matcher.group());
        }
        List<String> folded = original.stream().map(TextQuery::fold).toList();
        List<String> words = new ArrayList<>();
        List<String> legal = new ArrayList<>();
        List<String> readings = new ArrayList<>();
        List<String> counties = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            int legalLength = legalFormAt(folded, i);
            if (legalLength > 0) {
                legal.add(String.join(" ", original.subList(i, i + legalLength)));
                String form = String.join(" ", folded.subList(i, i + legalLength));
                forms.add(SAME_FORM.getOrDefault(form, form));
                i += legalLength;
                continue;
            }
            int[] county = countyAt(folded, i);
            if (county != null) {
                String countyWord = String.join(" ", COUNTIES.get(county[1]));
                String spelled = String.join(" ", original.subList(i, i + county[0]));
                if (!TextQuery.fold(spelled).equals(countyWord)) {
                    readings.add("'" + spelled + "' as the county " + COUNTY_NAMES.get(county[1]));
                }
                words.add(countyWord);
                counties.add(countyWord);
                i += county[0];
                continue;
            }
            String word = folded.get(i);
            if (BASE_FORMS.containsKey(word)) {
                readings.add("'" + original.get(i) + "' as '" + BASE_FORMS.get(word) + "'");
                words.add(BASE_FORMS.get(word));
            }
            else if (genitive(folded, i)) {
                readings.add("'" + original.get(i) + "' as '" + original.get(i).substring(0, word.length() - 1) + "'");
                words.add(word.substring(0, word.length() - 1));
            }
            else if (!FILLERS.contains(word)) {
                words.add(word);
            }
            i++;
        }
        if (words.isEmpty() && !legal.isEmpty()) {
            // A name that is nothing but a legal form ("AB") keeps it: otherwise it would match every such name.
            return new NormalName(String.join(" ", folded), folded, List.of(), List.of(), List.of(), List.of());
        }
        return new NormalName(String.join(" ", folded), words, legal, forms, readings, counties);
    }

    /** A place's genitive before a generic word: "Göteborgs stad", "Lysekils kommun", "Lunds universitet". */
    private static boolean genitive(List<String> words, int at) {
        String word = words.get(at);
        if (word.length() < 5 || !word.endsWith("s") || word.endsWith("ss") || at + 1 >= words.size()) {
            return false;
        }
        String next = BASE_FORMS.getOrDefault(words.get(at + 1), words.get(at + 1));
        return GENITIVE_BEFORE.contains(next);
    }

    private static final Set<String> GENITIVE_BEFORE = Set.of("kommun", "stad", "universitet", "hogskola", "region",
            "landsting", "lan", "sjukhus");

    private static int legalFormAt(List<String> words, int at) {
        for (List<String> form : LEGAL_FORMS) {
            if (startsWith(words, at, form)) {
                return form.size();
            }
        }
        return 0;
    }

    /** {length of the phrase, index of the county}, or null: [i|för] County[s] [län|county]. */
    private static int[] countyAt(List<String> words, int at) {
        int start = at < words.size() && COUNTY_LEADS.contains(words.get(at)) ? at + 1 : at;
        for (int c = 0; c < COUNTIES.size(); c++) {
            List<String> county = COUNTIES.get(c);
            int end = start + county.size();
            if (end > words.size() || !words.subList(start, end - 1).equals(county.subList(0, county.size() - 1))) {
                continue;
            }
            String last = words.get(end - 1);
            String base = county.get(county.size() - 1);
            if (!last.equals(base) && !last.equals(base + "s")) {
                continue;
            }
            boolean tail = end < words.size() && COUNTY_TAILS.contains(words.get(end));
            if (start > at && !tail && !last.equals(base)) {
                // "i Dalarnas" without "län" is not a county phrase; "i Dalarna" is.
                continue;
            }
            return new int[] {end - at + (tail ? 1 : 0), c};
        }
        return null;
    }

    private static boolean startsWith(List<String> words, int at, List<String> phrase) {
        return at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase);
    }

}
