package org.zenome.panel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zenome.domain.DiseaseArea;

/**
 * The quorum rules of expert panels per disease area, read from a versioned JSON data file (the built-in
 * {@code quorum-rules.json} follows the MHLW notice; a hospital may supply its own file).
 */
public final class QuorumRules {
    /** When a requirement applies. */
    public enum Condition {
        ALWAYS, IN_HOUSE_ANALYSIS, PAEDIATRIC_CASE
    }

    /**
     * One requirement: at least {@code min} attendees present in {@code role}.
     *
     * @param perCase       checked per agenda case (the case's conditions decide)
     * @param waivedByHistory waived for a case whose treating physician supplied treatment and family history
     * @param ofTheCase     only attendees tied to the case count (the case's own treating physician, or a
     *                      substitute recorded for that case), not anyone present in the role
     */
    public record Requirement(PanelRole role, int min, Condition when, boolean perCase, boolean waivedByHistory,
                              boolean ofTheCase) {
        public Requirement(PanelRole role, int min, Condition when, boolean perCase, boolean waivedByHistory) {
            this(role, min, when, perCase, waivedByHistory, perCase && role == PanelRole.TREATING_PHYSICIAN);
        }
    }

    private final String version;
    private final Map<DiseaseArea, List<Requirement>> rules;

    private QuorumRules(String version, Map<DiseaseArea, List<Requirement>> rules) {
        this.version = version;
        this.rules = rules;
    }

    /** The built-in rules. */
    public static QuorumRules builtIn() {
        try (InputStream in = QuorumRules.class.getResourceAsStream("quorum-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("built-in quorum-rules.json missing");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "quorum-rules.json");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in quorum rules", e);
        }
    }

    /** Rules from a file; the message of the exception names the file and the problem. */
    public static QuorumRules load(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    static QuorumRules parse(String json, String name) {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ")");
        }
        String version = text(root, "version", name);
        Map<DiseaseArea, List<Requirement>> rules = new EnumMap<>(DiseaseArea.class);
        JsonNode list = root.get("rules");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(name + ": missing \"rules\" array");
        }
        for (JsonNode r : list) {
            String areaText = text(r, "diseaseArea", name);
            DiseaseArea area;
            try {
                area = DiseaseArea.valueOf(areaText.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": unknown disease area '" + areaText
                        + "' (cancer, rare-disease)");
            }
            List<Requirement> reqs = new ArrayList<>();
            JsonNode rl = r.get("requirements");
            if (rl == null || !rl.isArray()) {
                throw new IllegalArgumentException(name + ": rule " + areaText + " has no \"requirements\" array");
            }
            for (JsonNode q : rl) {
                String roleText = text(q, "role", name);
                PanelRole role = PanelRole.parse(roleText).orElseThrow(() -> new IllegalArgumentException(name
                        + ": unknown role '" + roleText + "' (" + PanelRole.codes() + ")"));
                int min = q.path("min").asInt(1);
                if (min < 0) {
                    throw new IllegalArgumentException(name + ": negative minimum for role " + roleText);
                }
                String when = q.path("when").asText("always");
                Condition c = switch (when) {
                    case "always" -> Condition.ALWAYS;
                    case "in-house-analysis" -> Condition.IN_HOUSE_ANALYSIS;
                    case "paediatric-case" -> Condition.PAEDIATRIC_CASE;
                    default -> throw new IllegalArgumentException(name + ": unknown condition '" + when
                            + "' for role " + roleText + " (always, in-house-analysis, paediatric-case)");
                };
                String waived = q.path("waivedWhen").asText("");
                if (!waived.isEmpty() && !waived.equals("history-supplied")) {
                    throw new IllegalArgumentException(name + ": unknown waivedWhen '" + waived + "' for role "
                            + roleText + " (history-supplied)");
                }
                boolean perCase = q.path("perCase").asBoolean(false);
                // the treating physician is the patient's own: by default only the one of the case counts
                boolean ofTheCase = q.path("ofTheCase").asBoolean(perCase && role == PanelRole.TREATING_PHYSICIAN);
                if (ofTheCase && !perCase) {
                    throw new IllegalArgumentException(name + ": \"ofTheCase\" needs \"perCase\": true (role "
                            + roleText + ")");
                }
                reqs.add(new Requirement(role, min, c, perCase, !waived.isEmpty(), ofTheCase));
            }
            if (rules.put(area, List.copyOf(reqs)) != null) {
                throw new IllegalArgumentException(name + ": two rules for disease area " + areaText);
            }
        }
        return new QuorumRules(version, rules);
    }

    private static String text(JsonNode n, String field, String name) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(name + ": missing text field \"" + field + "\"");
        }
        return v.asText();
    }

    public String version() {
        return version;
    }

    public List<Requirement> requirements(DiseaseArea area) {
        return rules.getOrDefault(area, List.of());
    }

    /** Checks the attendance of a meeting against the rule of its disease area. */
    public QuorumResult check(Meeting meeting, Instant now) {
        List<QuorumProblem> problems = new ArrayList<>();
        Map<PanelRole, Integer> present = new EnumMap<>(PanelRole.class);
        for (Attendee a : meeting.present()) {
            present.merge(a.role(), 1, Integer::sum);
        }
        for (Requirement r : requirements(meeting.diseaseArea())) {
            if (r.min() == 0) {
                continue;
            }
            int have = present.getOrDefault(r.role(), 0);
            if (!r.perCase()) {
                if (r.when() == Condition.IN_HOUSE_ANALYSIS && !meeting.inHouseAnalysis()) {
                    continue;
                }
                if (r.when() == Condition.PAEDIATRIC_CASE
                        && meeting.agenda().stream().noneMatch(AgendaItem::paediatric)) {
                    continue;
                }
                if (have < r.min()) {
                    problems.add(new QuorumProblem(null, r.role(), r.min(), have));
                }
                continue;
            }
            for (AgendaItem item : meeting.agenda()) {
                if (r.when() == Condition.PAEDIATRIC_CASE && !item.paediatric()) {
                    continue;
                }
                if (r.when() == Condition.IN_HOUSE_ANALYSIS && !meeting.inHouseAnalysis()) {
                    continue;
                }
                if (r.waivedByHistory() && item.historySupplied()) {
                    continue;
                }
                int forCase = r.ofTheCase() ? (int) meeting.present().stream()
                        .filter(a -> a.role() == r.role() && item.attendedBy(a)).count()
                        : have;
                if (forCase < r.min()) {
                    problems.add(new QuorumProblem(item.caseId(), r.role(), r.min(), forCase));
                }
            }
        }
        return new QuorumResult(version, problems.isEmpty(), problems, now);
    }
}
