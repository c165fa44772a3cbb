package org.zenome.report.pdf;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.somatic.ClinicalTrial;
import org.zenome.classification.somatic.Therapy;
import org.zenome.domain.Sample;
import org.zenome.domain.SourceFile;
import org.zenome.report.ReportContent;
import org.zenome.report.ReportLanguage;
import org.zenome.report.model.AnnotationSource;
import org.zenome.report.model.PanelRecord;
import org.zenome.report.model.Phenotype;
import org.zenome.report.model.QualityMetric;
import org.zenome.report.model.ReportedFinding;
import org.zenome.report.model.SpecimenDetail;

/**
 * Turns a report's content into the values a template prints: plain maps, lists and strings already worded in the
 * report's language (from the template's messages), so that templates need no logic beyond loops and tests.
 */
final class ReportView {
    private final ReportContent r;
    private final Map<String, String> t;
    private final Locale locale;
    private final DateTimeFormatter date;

    ReportView(ReportContent r, Map<String, String> messages) {
        this.r = r;
        this.t = messages;
        this.locale = r.language().locale();
        this.date = r.language() == ReportLanguage.JA ? DateTimeFormatter.ofPattern("uuuu年M月d日")
                : DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    }

    Map<String, Object> context(Map<String, String> institution) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t", t);
        m.put("lang", r.language().code());
        m.put("inst", institution);
        m.put("report", report());
        m.put("patient", patient());
        m.put("specimens", specimens());
        m.put("test", test());
        m.put("quality", quality());
        m.put("summary", r.panel() == null ? "" : r.panel().conclusion());
        m.put("findings", rows(r.primary()));
        m.put("candidates", r.candidates());
        m.put("interpretationRecorded", r.interpretationRecorded());
        m.put("germline", rows(r.germline()));
        m.put("secondary", rows(r.secondary()));
        m.put("secondaryConsented", r.secondaryConsented());
        m.put("consentRecorded", r.consent() != null);
        m.put("tmb", r.tmbPerMb() == null ? null : String.format(Locale.ROOT, "%.1f", r.tmbPerMb()));
        m.put("tmbMethod", r.tmbMethod());
        m.put("phenotypes", phenotypes());
        m.put("panel", panel());
        List<Map<String, String>> pictures = new java.util.ArrayList<>();
        List<Map<String, String>> genomePictures = new java.util.ArrayList<>();
        for (org.zenome.report.ReportContent.Picture p : r.pictures()) {
            (p.locus().equals("genome-wide") ? genomePictures : pictures).add(Map.of("locus", p.locus(), "finding",
                    p.finding(), "src", "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(p.png())));
        }
        m.put("pictures", pictures);
        m.put("genomePictures", genomePictures);
        m.put("qcWarnings", r.quality().stream().filter(QualityMetric::warning)
                .map(q -> Map.of("label", q.label(), "value", q.value())).toList());
        m.put("recommendations", r.panel() == null ? List.of() : r.panel().recommendations());
        m.put("signatures", signatures());
        m.put("text", freeText());
        plainLanguage(m);
        m.put("relativesAtRisk", r.allFindings().stream().anyMatch(f -> f.category() != org.zenome.report.model
                .FindingCategory.PRIMARY || r.kind() == org.zenome.report.ReportKind.RARE_DISEASE));
        m.put("pageFooterCss", cssString(msg("page.footer.case") + " " + r.caseSummary().caseId() + "   "
                + r.reportId() + " v" + r.version()));
        m.put("draftCss", cssString(msg("draft.watermark")));
        return m;
    }

    private Map<String, Object> report() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.reportId());
        m.put("version", r.version());
        m.put("issueDate", r.issueDate() == null ? "" : date.format(r.issueDate()));
        m.put("generated", r.generatedAt() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .format(r.generatedAt().atZone(ZoneId.systemDefault()).withNano(0)));
        m.put("draft", r.draft());
        m.put("issuer", r.issuer());
        m.put("template", r.template());
        if (r.correction() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("previousVersion", r.correction().previousVersion());
            c.put("reason", r.correction().reason());
            c.put("changes", r.correction().changes());
            m.put("correction", c);
        } else {
            m.put("correction", null);
        }
        return m;
    }

    private Map<String, Object> patient() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", r.caseSummary().caseId());
        m.put("diagnosis", r.caseSummary().diagnosis());
        m.put("area", msg("area." + r.caseSummary().diseaseArea().name()));
        String sex = "";
        for (Sample s : r.caseSummary().samples()) {
            if (s.role() == org.zenome.domain.SampleRole.PROBAND || s.role() == org.zenome.domain.SampleRole.TUMOUR) {
                sex = msg("sex." + s.sex().name());
                break;
            }
        }
        m.put("sex", sex);
        m.put("received", r.caseSummary().received() == null ? "" : date.format(r.caseSummary().received()));
        var p = r.patient();
        m.put("name", p == null || p.name() == null ? "" : p.name());
        m.put("birthDate", p == null || p.birthDate() == null ? "" : date.format(p.birthDate()));
        m.put("hospitalId", p == null || p.hospitalPatientId() == null ? "" : p.hospitalPatientId());
        return m;
    }

    private List<Map<String, Object>> specimens() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Sample s : r.caseSummary().samples()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("role", msg("role." + s.role().name()));
            m.put("sex", msg("sex." + s.sex().name()));
            SpecimenDetail d = r.specimens().stream().filter(x -> x.sampleName().equals(s.name())).findFirst()
                    .orElse(null);
            m.put("type", d == null || d.specimenType() == null ? "" : d.specimenType());
            m.put("collected", d == null || d.collected() == null ? "" : date.format(d.collected()));
            m.put("tumourContent", d == null || d.tumourContent() == null ? ""
                    : String.format(Locale.ROOT, "%.0f%%", d.tumourContent()));
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> test() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", msg("test.method.wgs"));
        m.put("build", r.caseSummary().build() == null ? "" : r.caseSummary().build().name());
        List<Map<String, Object>> files = new ArrayList<>();
        for (SourceFile f : r.sourceFiles()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", f.kind());
            x.put("name", java.nio.file.Path.of(f.path()).getFileName().toString());
            x.put("source", f.headerSource() == null ? "" : f.headerSource().replace("##source=", ""));
            x.put("sha256", f.sha256() == null ? "" : f.sha256().substring(0, Math.min(16, f.sha256().length())));
            x.put("imported", date.format(f.importedAt().atZone(ZoneId.systemDefault()).toLocalDate()));
            x.put("tool", f.toolVersion());
            files.add(x);
        }
        m.put("files", files);
        List<Map<String, Object>> dbs = new ArrayList<>();
        for (AnnotationSource a : r.annotationSources()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", a.name());
            x.put("version", a.version());
            x.put("date", a.date());
            dbs.add(x);
        }
        m.put("databases", dbs);
        return m;
    }

    private List<Map<String, Object>> quality() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (QualityMetric q : r.quality()) {
            out.add(Map.of("label", q.label(), "value", q.value(), "warning", q.warning()));
        }
        long records = r.sourceFiles().stream().mapToLong(SourceFile::records).sum();
        if (records > 0) {
            out.add(Map.of("label", msg("quality.records"), "value", String.format(locale, "%,d", records)));
        }
        out.add(Map.of("label", msg("quality.findings"), "value",
                String.format(locale, "%,d", r.caseSummary().findingCount())));
        return out;
    }

    List<Map<String, Object>> rows(List<ReportedFinding> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReportedFinding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gene", f.gene());
            m.put("transcript", f.transcript());
            m.put("hgvsC", f.hgvsC());
            m.put("hgvsP", f.hgvsP());
            m.put("location", f.location());
            m.put("zygosity", f.zygosity() == null ? "" : msg("zygosity." + f.zygosity().name()));
            m.put("vaf", f.vaf() == null ? "" : String.format(Locale.ROOT, "%.2f", f.vaf()));
            m.put("classification", f.acmgClass() == null ? "" : msg("class." + f.acmgClass().name(),
                    f.acmgClass().displayName(locale)));
            m.put("criteria", String.join(", ", f.criteria()));
            m.put("tier", f.ampTier() == null ? "" : "Tier " + f.ampTier().code());
            m.put("level", f.evidenceLevel() == null ? "" : f.evidenceLevel().name());
            m.put("levelText", f.evidenceLevel() == null ? "" : msg("evidence." + f.evidenceLevel().name(),
                    f.evidenceLevel().description(locale)));
            List<Map<String, Object>> therapies = new ArrayList<>();
            for (Therapy th : f.therapies()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("drug", th.drug());
                x.put("approval", msg("approval." + th.approval().name(), th.approval().displayName(locale)));
                x.put("level", th.evidenceLevel().name());
                x.put("trials", String.join(", ", th.trials().stream().map(ClinicalTrial::identifier).toList()));
                x.put("reference", th.reference());
                therapies.add(x);
            }
            m.put("therapies", therapies);
            m.put("condition", f.condition());
            m.put("inheritance", f.inheritance());
            m.put("comment", f.comment());
            m.put("confirmation", confirmation(f.confirmation()));
            m.put("counselling", f.counselling());
            out.add(m);
        }
        return out;
    }

    /**
     * The findings in the patient's words: what matters for treatment, the cause of the disease, what may concern
     * relatives; the other somatic changes are only counted.
     */
    private void plainLanguage(Map<String, Object> m) {
        List<Map<String, Object>> plain = new ArrayList<>();
        int others = 0;
        for (ReportedFinding f : r.allFindings()) {
            String key;
            switch (f.category()) {
                case SECONDARY -> key = "pe.plain.secondary";
                case PRESUMED_GERMLINE -> key = "pe.plain.germline";
                default -> key = primaryKey(f);
            }
            if (key == null) {
                others++;
                continue;
            }
            plain.add(Map.of("gene", f.gene(), "text", msg(key)));
        }
        m.put("plain", plain);
        m.put("plainOthers", others == 0 ? "" : msg("pe.plain.others").replace("{n}", Integer.toString(others)));
    }

    private static String primaryKey(ReportedFinding f) {
        if (f.acmgClass() != null) {
            return switch (f.acmgClass()) {
                case PATHOGENIC, LIKELY_PATHOGENIC -> "pe.plain.cause";
                case UNCERTAIN_SIGNIFICANCE -> "pe.plain.vus";
                default -> null;
            };
        }
        if (f.evidenceLevel() != null) {
            return switch (f.evidenceLevel()) {
                case A, B -> "pe.plain.therapy";
                case C, D -> "pe.plain.therapyPossible";
                case R -> "pe.plain.resistance";
                default -> null;
            };
        }
        return f.ampTier() == null ? "pe.plain.underReview" : null;
    }

    private String confirmation(ConfirmatoryTest c) {
        if (c == null) {
            return "";
        }
        if (!c.required()) {
            return msg("confirmation.notRequired");
        }
        String s = msg("confirmation." + c.status().name());
        if (c.method() != null) {
            s += " (" + msg("confirmation.method." + c.method().name()) + ")";
        }
        return s;
    }

    private List<Map<String, Object>> phenotypes() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Phenotype p : r.phenotypes()) {
            out.add(Map.of("id", p.hpoId(), "label", p.label(), "excluded", p.excluded(), "onset",
                    p.onsetLabel() == null ? "" : p.onsetLabel()));
        }
        return out;
    }

    private Map<String, Object> panel() {
        PanelRecord p = r.panel();
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", p.meetingDate() == null ? "" : date.format(p.meetingDate()));
        m.put("format", p.format());
        List<Map<String, Object>> att = new ArrayList<>();
        for (PanelRecord.Attendee a : p.attendees()) {
            att.add(Map.of("name", a.name(), "role", a.role()));
        }
        m.put("attendees", att);
        m.put("quorum", msg(p.quorumMet() ? "panel.quorum.met" : "panel.quorum.notMet"));
        m.put("quorumNote", p.quorumNote());
        m.put("circulation", circulation(p.circulation()));
        m.put("auditAnchor", p.auditAnchor());
        m.put("signedOffBy", p.signedOffBy() == null ? "" : p.signedOffBy());
        m.put("signedOffAt", p.signedOffAt() == null ? ""
                : date.format(p.signedOffAt().atZone(ZoneId.systemDefault()).toLocalDate()));
        return m;
    }

    /** The eligibility for circulation, shown beside the quorum; null for a meeting not by circulation. */
    private Map<String, Object> circulation(PanelRecord.Circulation c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", msg(!c.checked() ? "panel.circulation.unchecked" : c.eligible() ? "panel.circulation.eligible"
                : "panel.circulation.notEligible"));
        m.put("rule", c.rule());
        List<Map<String, Object>> conditions = new ArrayList<>();
        for (PanelRecord.Condition x : c.conditions()) {
            conditions.add(Map.of("label", msg("panel.circulation.condition." + x.code(), x.code()), "met",
                    msg(x.met() ? "panel.circulation.met" : "panel.circulation.unmet"), "detail", x.detail()));
        }
        m.put("conditions", conditions);
        return m;
    }

    private List<Map<String, Object>> signatures() {
        List<Map<String, Object>> out = new ArrayList<>();
        PanelRecord p = r.panel();
        if (p != null && p.signedOffBy() != null) {
            out.add(Map.of("role", msg("signature.chair"), "name", p.signedOffBy(), "date",
                    date.format(p.signedOffAt().atZone(ZoneId.systemDefault()).toLocalDate())));
        }
        out.add(Map.of("role", msg("signature.issuer"), "name", r.draft() ? "" : r.issuer(), "date",
                r.draft() || r.issueDate() == null ? "" : date.format(r.issueDate())));
        return out;
    }

    /** Free-text parts: the edited text when given, else the template's default wording. */
    private Map<String, String> freeText() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : t.entrySet()) {
            if (e.getKey().startsWith("text.")) {
                m.put(e.getKey().substring(5), e.getValue());
            }
        }
        r.freeText().forEach((k, v) -> m.put(k.startsWith("text.") ? k.substring(5) : k, v));
        return m;
    }

    private String msg(String key) {
        return msg(key, key);
    }

    private String msg(String key, String fallback) {
        String v = t.get(key);
        return v == null ? fallback : v;
    }

    /** A CSS string literal (quotes included) that cannot break out of the style sheet. */
    static String cssString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\' || ch == '<' || ch == '>' || ch == '&' || ch < 0x20) {
                b.append('\\').append(Integer.toHexString(ch)).append(' ');
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
