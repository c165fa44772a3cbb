package org.zenome.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.ConfirmationMethod;
import org.zenome.classification.ConfirmationStatus;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.ClinicalTrial;
import org.zenome.classification.somatic.JapanApprovalStatus;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Therapy;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.report.model.AnnotationSource;
import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.model.Consent;
import org.zenome.report.model.FindingCategory;
import org.zenome.report.model.Interpretation;
import org.zenome.report.model.PanelRecord;
import org.zenome.report.model.PatientIdentity;
import org.zenome.report.model.Phenotype;
import org.zenome.report.model.QualityMetric;
import org.zenome.report.model.ReportedFinding;
import org.zenome.report.model.SpecimenDetail;
import org.zenome.store.CaseStore;

/**
 * Clinical records as the classification and panel modules will provide them, built over the real findings of the
 * test store: what a panel would decide for the test cases.
 */
final class TestRecords implements ClinicalRecordSource {
    static final Instant SIGNED = Instant.parse("2026-11-20T09:30:00Z");
    private final CaseStore store;
    boolean signedOff = true;
    /** When set, only these cases are signed off. */
    java.util.Set<String> signedOffCases;
    Boolean consent = Boolean.TRUE;
    boolean interpretation = true;

    TestRecords(CaseStore store) {
        this.store = store;
    }

    @Override
    public Optional<Interpretation> interpretation(CaseSummary c) {
        if (!interpretation) {
            return Optional.empty();
        }
        List<ReportedFinding> out = new ArrayList<>();
        for (Finding f : store.findings().query(c.id(), VariantFilter.all(), 0, 1000)) {
            ReportedFinding base = ReportBuilder.fromFinding(c, f, FindingCategory.PRIMARY, "");
            if (c.diseaseArea() == DiseaseArea.CANCER) {
                switch (f.gene()) {
                    case "BRCA2" -> out.add(germline(base, FindingCategory.PRESUMED_GERMLINE, AcmgClass.PATHOGENIC,
                            "Hereditary breast and ovarian cancer", new ConfirmatoryTest(true, ConfirmationMethod.SANGER,
                                    ConfirmationStatus.ORDERED, LocalDate.of(2026, 11, 21), "")));
                    case "MLH1" -> out.add(germline(base, FindingCategory.SECONDARY, AcmgClass.LIKELY_PATHOGENIC,
                            "Lynch syndrome", ConfirmatoryTest.requiredNotOrdered()));
                    default -> out.add(somatic(base, f.gene()));
                }
            } else {
                switch (f.gene()) {
                    case "SCN1A" -> out.add(germline(base, FindingCategory.PRIMARY, AcmgClass.PATHOGENIC,
                            "Dravet syndrome (AD, de novo)", new ConfirmatoryTest(true, ConfirmationMethod.SANGER,
                                    ConfirmationStatus.CONFIRMED, LocalDate.of(2026, 11, 25), "")));
                    case "MYH7" -> out.add(germline(base, FindingCategory.SECONDARY, AcmgClass.PATHOGENIC,
                            "Hypertrophic cardiomyopathy", ConfirmatoryTest.requiredNotOrdered()));
                    default -> {
                    }
                }
            }
        }
        return Optional.of(new Interpretation(out, c.diseaseArea() == DiseaseArea.CANCER ? 12.4 : null,
                "coding SNVs and indels / 35.8 Mb callable", List.of(
                        new AnnotationSource("Ensembl VEP", "113", "2024-10", ""),
                        new AnnotationSource("ClinVar", "20241103", "2024-11-03", ""),
                        new AnnotationSource("ToMMo 54KJPN", "v20230626", "2023-06-26", "")),
                List.of(new Phenotype("HP:0001250", "Seizure", false),
                        new Phenotype("HP:0001263", "Global developmental delay", false),
                        new Phenotype("HP:0001249", "Intellectual disability", true))));
    }

    private static ReportedFinding somatic(ReportedFinding b, String gene) {
        AmpTier tier = AmpTier.TIER_III;
        JapaneseEvidenceLevel level = JapaneseEvidenceLevel.F;
        if (gene.equals("PIK3CA") || gene.equals("BRAF")) {
            tier = AmpTier.TIER_II_C;
            level = JapaneseEvidenceLevel.C;
        }
        List<Therapy> therapies = List.of();
        if (gene.equals("EGFR")) {
            tier = AmpTier.TIER_I_A;
            level = JapaneseEvidenceLevel.A;
            therapies = List.of(new Therapy("オシメルチニブ (osimertinib)", JapanApprovalStatus.APPROVED_SAME_CANCER,
                    JapaneseEvidenceLevel.A, "NCCN NSCLC", List.of()));
        } else if (gene.equals("KRAS")) {
            tier = AmpTier.TIER_II_D;
            level = JapaneseEvidenceLevel.D;
            therapies = List.of(new Therapy("Investigational KRAS G12D inhibitor", JapanApprovalStatus.CLINICAL_TRIAL,
                    JapaneseEvidenceLevel.D, "", List.of(ClinicalTrial.of("jRCT2031230001"))));
        }
        return new ReportedFinding(b.findingId(), FindingCategory.PRIMARY, b.gene(), b.transcript(), b.hgvsC(),
                b.hgvsP(), b.chrom(), b.pos(), b.ref(), b.alt(), null, b.vaf(), null, List.of(), tier, level,
                therapies, "", "", "", null, false);
    }

    private static ReportedFinding germline(ReportedFinding b, FindingCategory cat, AcmgClass cls, String condition,
                                            ConfirmatoryTest test) {
        return new ReportedFinding(b.findingId(), cat, b.gene(), b.transcript(), b.hgvsC(), b.hgvsP(), b.chrom(),
                b.pos(), b.ref(), b.alt(), b.zygosity(), b.vaf(), cls, List.of("PVS1", "PS2", "PM2_Supporting"), null,
                null, List.of(), condition, "AD", "", test, true);
    }

    @Override
    public Optional<PanelRecord> panel(CaseSummary c) {
        return Optional.of(new PanelRecord(LocalDate.of(2026, 11, 19), "ハイブリッド (hybrid)", List.of(
                new PanelRecord.Attendee("山田 太郎", "がん薬物療法専門医"),
                new PanelRecord.Attendee("佐藤 花子", "臨床遺伝専門医"),
                new PanelRecord.Attendee("鈴木 一郎", "病理医"),
                new PanelRecord.Attendee("高橋 美咲", "認定遺伝カウンセラー")), true, "",
                c.diseaseArea() == DiseaseArea.CANCER ? "EGFR L858R を認め、EGFR チロシンキナーゼ阻害薬の適応と考えられる。"
                        : "SCN1A の新生（de novo）病的バリアントを認め、Dravet 症候群の診断を支持する。",
                c.diseaseArea() == DiseaseArea.CANCER
                        ? List.of("オシメルチニブによる治療を検討する", "BRCA2 の確認検査と遺伝カウンセリング")
                        : List.of("SCN1A に基づく治療薬の選択（ナトリウムチャネル遮断薬を避ける）", "両親への遺伝カウンセリング"),
                signed(c) ? "山田 太郎" : null, signed(c) ? SIGNED : null));
    }

    private boolean signed(CaseSummary c) {
        return signedOff && (signedOffCases == null || signedOffCases.contains(c.caseId()));
    }

    @Override
    public Optional<Consent> consent(CaseSummary c) {
        return consent == null ? Optional.empty() : Optional.of(new Consent(consent, "高橋 美咲", SIGNED));
    }

    @Override
    public Optional<PatientIdentity> patient(CaseSummary c) {
        return Optional.of(new PatientIdentity("ゲノム 花子", LocalDate.of(1970, 4, 1), "H-123456"));
    }

    @Override
    public List<SpecimenDetail> specimens(CaseSummary c) {
        return List.of(new SpecimenDetail("TUMOR", "FFPE 腫瘍組織", LocalDate.of(2026, 10, 1), 60.0),
                new SpecimenDetail("NORMAL", "末梢血", LocalDate.of(2026, 10, 1), null));
    }

    @Override
    public List<QualityMetric> quality(CaseSummary c) {
        return List.of(new QualityMetric("Mean depth (tumour)", "98.2x"));
    }
}
