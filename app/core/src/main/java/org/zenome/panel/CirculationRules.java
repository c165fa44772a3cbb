package org.zenome.panel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.domain.DiseaseArea;

/**
 * Which cases a meeting by circulation (持ち回り協議) may discuss, per disease area, read from a versioned JSON data
 * file like the quorum rules: the built-in {@code circulation-rules.json} (a conservative default: only cases that
 * need no new discussion) or a hospital's own file. Each rule lists conditions; {@link CirculationEligibility}
 * computes each one from the case's records.
 */
public final class CirculationRules {

    /** The conditions a rule can ask for, each computed from the case's records. */
    public enum Condition {
        /** No finding flagged presumed germline, no decision reporting one, no genetic-counselling referral. */
        NO_PRESUMED_GERMLINE("no-presumed-germline",
                "no presumed germline finding or genetic-counselling referral"),
        /** No pathogenic or likely pathogenic germline finding on a secondary-finding gene to disclose. */
        NO_SECONDARY_FINDING("no-secondary-finding", "no secondary finding to disclose"),
        /** ACMG/AMP combining rules and points agree on every classified finding; no member voted disagree. */
        NO_CLASSIFICATION_DISAGREEMENT("no-classification-disagreement", "no unresolved classification disagreement"),
        /** Sample QC was run and every problem it found is acknowledged. */
        QC_ACKNOWLEDGED("qc-acknowledged", "every sample-QC problem acknowledged"),
        /** The treating physician is named and supplied treatment and family history; the diagnosis is recorded. */
        TREATING_PHYSICIAN_INFORMATION("treating-physician-information", "treating physician's information supplied"),
        /** Every treatment and trial recommendation and every somatic evidence level is at an established level. */
        ESTABLISHED_EVIDENCE_ONLY("established-evidence-only", "recommendations at established evidence levels only"),
        /** At least one observed phenotype (HPO term) is recorded on the case. */
        PHENOTYPE_RECORDED("phenotype-recorded", "phenotype recorded"),
        /** The rules file has a rule for the meeting's disease area (otherwise no case is eligible). */
        RULE_DEFINED("rule-defined", "a circulation rule for the disease area");

        private final String code;
        private final String description;

        Condition(String code, String description) {
            this.code = code;
            this.description = description;
        }

        public String code() {
            return code;
        }

        /** What the condition asks, in English (the desktop and the reports word it from the code). */
        public String description() {
            return description;
        }

        public static Optional<Condition> parse(String code) {
            for (Condition c : values()) {
                if (c.code.equalsIgnoreCase(code.strip())) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        static String codes() {
            List<String> out = new ArrayList<>();
            for (Condition c : values()) {
                if (c != RULE_DEFINED) {
                    out.add(c.code);
                }
            }
            return String.join(", ", out);
        }
    }

    /**
     * One condition of a rule with its parameters.
     *
     * @param requireQc for {@code qc-acknowledged}: a case whose QC was never run fails
     * @param levels    for {@code established-evidence-only}: the evidence levels counted as established
     */
    public record Requirement(Condition condition, boolean requireQc, Set<JapaneseEvidenceLevel> levels) {
        public Requirement {
            levels = levels == null || levels.isEmpty() ? Set.of() : Set.copyOf(levels);
        }
    }

    /** The rule of one disease area. */
    public record Rule(String id, DiseaseArea diseaseArea, List<Requirement> requirements) {
        public Rule {
            requirements = List.copyOf(requirements);
        }
    }

    /** The name of the rules file (built in, and beside a hospital's database). */
    public static final String FILE_NAME = "circulation-rules.json";

    private final String version;
    private final Map<DiseaseArea, Rule> rules;

    private CirculationRules(String version, Map<DiseaseArea, Rule> rules) {
        this.version = version;
        this.rules = rules;
    }

    /** The built-in rules. */
    public static CirculationRules builtIn() {
        try (InputStream in = CirculationRules.class.getResourceAsStream("circulation-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("built-in circulation-rules.json missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "circulation-rules.json");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in circulation rules", e);
        }
    }

    /** Rules from a file; the message of an {@link IllegalArgumentException} names the file and the problem. */
    public static CirculationRules load(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** The hospital's rules file beside a database file: {@code circulation-rules.json} in the same folder. */
    public static Path localFile(Path database) {
        return database.toAbsolutePath().resolveSibling(FILE_NAME);
    }

    /**
     * The rules in force for a database: the hospital's {@link #localFile} when present, else the built-in ones.
     *
     * @throws IOException              when the hospital's file cannot be read
     * @throws IllegalArgumentException naming the file and the problem when it is malformed
     */
    public static CirculationRules forDatabase(Path database) throws IOException {
        Path local = localFile(database);
        return Files.isRegularFile(local) ? load(local) : builtIn();
    }

    static CirculationRules parse(String json, String name) {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": not a JSON object");
        }
        String version = text(root, "version", name, null);
        JsonNode list = root.get("rules");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(name + ": missing \"rules\" array");
        }
        Map<DiseaseArea, Rule> rules = new EnumMap<>(DiseaseArea.class);
        int n = 0;
        for (JsonNode r : list) {
            n++;
            String id = text(r, "id", name, "rule " + n);
            String where = "rule '" + id + "'";
            String areaText = text(r, "diseaseArea", name, where);
            DiseaseArea area;
            try {
                area = DiseaseArea.valueOf(areaText.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + where + ": unknown disease area '" + areaText
                        + "' (cancer, rare-disease)");
            }
            JsonNode cl = r.get("conditions");
            if (cl == null || !cl.isArray()) {
                throw new IllegalArgumentException(name + ": " + where + " has no \"conditions\" array");
            }
            List<Requirement> reqs = new ArrayList<>();
            Set<Condition> seen = EnumSet.noneOf(Condition.class);
            for (JsonNode q : cl) {
                String code = text(q, "condition", name, where);
                Condition c = Condition.parse(code).filter(x -> x != Condition.RULE_DEFINED).orElseThrow(
                        () -> new IllegalArgumentException(name + ": " + where + ": unknown condition '" + code
                                + "' (" + Condition.codes() + ")"));
                if (!seen.add(c)) {
                    throw new IllegalArgumentException(name + ": " + where + ": condition '" + code + "' twice");
                }
                for (Iterator<String> it = q.fieldNames(); it.hasNext(); ) {
                    String field = it.next();
                    boolean known = field.equals("condition")
                            || field.equals("requireQc") && c == Condition.QC_ACKNOWLEDGED
                            || field.equals("levels") && c == Condition.ESTABLISHED_EVIDENCE_ONLY;
                    if (!known) {
                        throw new IllegalArgumentException(name + ": " + where + ": condition '" + code
                                + "' has no setting \"" + field + "\"");
                    }
                }
                JsonNode rq = q.get("requireQc");
                if (rq != null && !rq.isBoolean()) {
                    throw new IllegalArgumentException(name + ": " + where + ": \"requireQc\" must be true or false");
                }
                Set<JapaneseEvidenceLevel> levels = EnumSet.noneOf(JapaneseEvidenceLevel.class);
                if (c == Condition.ESTABLISHED_EVIDENCE_ONLY) {
                    JsonNode lv = q.get("levels");
                    if (lv == null || !lv.isArray() || lv.isEmpty()) {
                        throw new IllegalArgumentException(name + ": " + where + ": condition '" + code
                                + "' needs a \"levels\" array (evidence levels A-F, R counted as established)");
                    }
                    for (JsonNode l : lv) {
                        levels.add(JapaneseEvidenceLevel.parse(l.asText()).orElseThrow(() ->
                                new IllegalArgumentException(name + ": " + where + ": evidence level '" + l.asText()
                                        + "' is not one of A-F or R")));
                    }
                }
                reqs.add(new Requirement(c, rq == null || rq.asBoolean(), levels));
            }
            if (rules.put(area, new Rule(id, area, reqs)) != null) {
                throw new IllegalArgumentException(name + ": two rules for disease area " + areaText);
            }
        }
        return new CirculationRules(version, rules);
    }

    private static String text(JsonNode n, String field, String name, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(name + ": " + (where == null ? "" : where + ": ")
                    + "missing text field \"" + field + "\"");
        }
        return v.asText().strip();
    }

    public String version() {
        return version;
    }

    /** The rule of a disease area; empty when the file has none (no case of that area is then eligible). */
    public Optional<Rule> rule(DiseaseArea area) {
        return Optional.ofNullable(rules.get(area));
    }
}
