package se.samverkan.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.dataset.RowStatements.Details;
import se.samverkan.dataset.RowStatements.Key;
import se.samverkan.dataset.RowStatements.NamedEntity;
import se.samverkan.dataset.RowStatements.Statement;
import se.samverkan.dataset.RowStatements.Stored;
import se.samverkan.entity.EntityType;
import se.samverkan.entity.PartialDates;
import se.samverkan.resolution.Incoming;
import se.samverkan.shared.BadRequestException;

/**
 * The Swedish partners in Interreg programmes 2021–2027 (Tillväxtverket's register, compiled by
 * bjoottG/interregbarometern): a JSON array, one object per partner in a project. Each row gives a programme, a
 * project PART_OF it, and an organisation PARTNER_IN the project (role, budget, time) and LOCATED_IN its county.
 */
@Component
final class InterregPartners implements DatasetFormat<InterregPartners.Partner> {

    static final String NAME = "interreg-partners";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** One object of the file, as the register names its fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Partner(@JsonProperty("program") String programme, @JsonProperty("projekttyp") String projectType,
            @JsonProperty("startdatum") String start, @JsonProperty("slutdatum") String end,
            @JsonProperty("projektnamn") String project, @JsonProperty("organisationsnamn") String organisation,
            @JsonProperty("organisationstyp") String organisationType, @JsonProperty("organisationsroll") String role,
            @JsonProperty("nuts3") String county, @JsonProperty("partnerbudget") BigDecimal budget) {
    }

    /** The register's programme names → the programmes' own names. */
    private static final Map<String, String> PROGRAMMES = Map.of("AURORA", "Interreg Aurora",
            "South Baltic Programme", "Interreg South Baltic", "Interreg europe", "Interreg Europe");

    /** The register's organisation types (the Interreg partner categories) → the model's kinds of organisation. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("Local public authority", "municipality"),
            Map.entry("Regional public authority", "regional authority"),
            Map.entry("National public authority", "government agency"),
            Map.entry("Sectoral agency", "government agency"),
            Map.entry("national, regional and local authorities", "public authority"),
            Map.entry("Bodies governed by public law", "public body"),
            Map.entry("Higher education and research institution", "university"),
            Map.entry("Education and research institution", "education and research institution"),
            Map.entry("Small or medium-sized enterprise (SME)", "company"),
            Map.entry("Large enterprise", "company"),
            Map.entry("Enterprise, except SME", "company"),
            Map.entry("Business support organisation", "business support organisation"),
            Map.entry("NGO", "association"),
            Map.entry("Interest groups including NGOs", "association"),
            Map.entry("International governmental organisation", "international organisation"),
            Map.entry("Infrastructure and (Public organisation) service provider", "public service provider"),
            Map.entry("Hospital and medical centre", "hospital"),
            Map.entry("EGTC", "european grouping of territorial cooperation"));

    private static final Map<String, String> ROLES = Map.of("LP", "lead partner", "PP", "project partner",
            "AP", "associated partner");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DatasetSource source() {
        return new DatasetSource("dataset:interreg-sweden-partners", "Tillväxtverket (compiled by interregbarometern)",
                "Swedish partners in Interreg programmes 2021–2027", "2026-06-09", "2026-12-07",
                "none stated (public-sector information; no licence file)",
                "https://github.com/bjoottG/interregbarometern");
    }

    @Override
    public ParsedFile<Partner> read(InputStream in) throws IOException {
        JsonNode array;
        try {
            array = JSON.readTree(in);
        }
        catch (JacksonException e) {
            throw new IllegalArgumentException("not well-formed JSON: " + e.getOriginalMessage());
        }
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("an Interreg partner file is a JSON array of objects");
        }
        List<NumberedRow<Partner>> rows = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                rows.add(new NumberedRow<>(i + 1, JSON.treeToValue(array.get(i), Partner.class)));
            }
            catch (JacksonException e) {
                refused.add(new RefusedRow(i + 1, "not a partner object: " + e.getOriginalMessage()));
            }
        }
        return new ParsedFile<>(rows, refused);
    }

    @Override
    public RowStatements statements(NumberedRow<Partner> numbered, ReferencePlaces places) {
        Partner p = numbered.row();
        String organisation = text(p.organisation());
        if (organisation == null) {
            throw new BadRowException("no organisation name (organisationsnamn)");
        }
        String programmeCode = required(p.programme(), "program");
        String projectName = required(p.project(), "projektnamn");
        String role = text(p.role()) == null ? null : ROLES.get(p.role().trim());
        if (text(p.role()) != null && role == null) {
            throw new BadRowException("unknown role (organisationsroll) '" + p.role() + "'; expected LP, PP or AP");
        }
        String county = null;
        if (text(p.county()) != null) {
            county = places.find("SE", p.county(), "iso-subdivision").map(ReferencePlaces.Place::id)
                    .orElseThrow(() -> new BadRowException("unknown county (nuts3) '" + p.county() + "'"));
        }
        date(p.start(), "startdatum");
        date(p.end(), "slutdatum");
        if (text(p.start()) != null && text(p.end()) != null && PartialDates.startsAfterEnd(p.start(), p.end())) {
            throw new BadRowException("slutdatum " + p.end() + " is before startdatum " + p.start());
        }
        String programme = programmeName(programmeCode);
        String programmeKey = Ids.key("programme", programmeCode);
        String projectKey = Ids.key("project", programmeCode, projectName, p.projectType());
        String organisationKey = Ids.key("organisation", organisation);
        String source = source().id();
        // Own ids carry the dataset's prefix: the seed has programme:interreg-central-baltic, and an own id that is a
        // stored entity's would overwrite it when resolution finds the entity new.
        List<NamedEntity> entities = List.of(
                NamedEntity.of(new Incoming(programmeKey, "programme:interreg:" + Ids.slug(programmeCode), EntityType.PROGRAMME,
                        programme, List.of(), null, source), "Interreg programme"),
                new NamedEntity(new Incoming(projectKey, "project:interreg:" + Ids.slug(programmeCode + " " + projectName
                        + (p.projectType() == null ? "" : " " + p.projectType())), EntityType.PROJECT, projectName,
                        List.of(), null, source), projectKind(p.projectType()), text(p.start()), text(p.end())),
                NamedEntity.of(new Incoming(organisationKey, "org:interreg:" + Ids.slug(organisation),
                        EntityType.ORGANISATION, organisation, List.of(), county, source),
                        text(p.organisationType()) == null ? "organisation"
                                : KINDS.getOrDefault(p.organisationType().trim(), "organisation")));
        List<Statement> facts = new ArrayList<>();
        facts.add(Statement.of(new Key(projectKey), "PART_OF", new Key(programmeKey)));
        facts.add(new Statement(new Key(organisationKey), "PARTNER_IN", new Key(projectKey), new Details(role,
                text(p.start()), text(p.end()), p.budget() == null ? null : p.budget().toPlainString())));
        if (county != null) {
            facts.add(Statement.of(new Key(organisationKey), "LOCATED_IN", new Stored(county)));
        }
        String excerpt = organisation + ", " + (text(p.role()) == null ? "partner" : p.role().trim()) + " in "
                + projectName + " (" + programmeCode + ")" + (text(p.county()) == null ? "" : ", " + p.county().trim())
                + ", " + (text(p.start()) == null ? "…" : p.start().trim()) + "–"
                + (text(p.end()) == null ? "" : p.end().trim());
        return new RowStatements("row " + numbered.line(), excerpt, entities, facts);
    }

    static String programmeName(String code) {
        String name = PROGRAMMES.getOrDefault(code.trim(), code.trim());
        return name.startsWith("Interreg") || name.startsWith("URBACT") ? name : "Interreg " + name;
    }

    private static String projectKind(String type) {
        if (text(type) == null) {
            return "Interreg project";
        }
        String t = type.trim().toLowerCase(java.util.Locale.ROOT);
        return t.equals("regular") || t.equals("small") ? "Interreg " + t + " project" : "Interreg " + t;
    }

    private static void date(String value, String field) {
        if (text(value) != null) {
            try {
                PartialDates.requireValid(value.trim(), field);
            }
            catch (BadRequestException e) {
                throw new BadRowException(field + " '" + value + "' is not a real date");
            }
        }
    }

    private static String required(String value, String field) {
        if (text(value) == null) {
            throw new BadRowException("no " + field);
        }
        return value.trim();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
