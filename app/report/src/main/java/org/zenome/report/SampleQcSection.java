package org.zenome.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zenome.domain.CaseSummary;
import org.zenome.plot.PlotRenderer;
import org.zenome.plot.PlotService;
import org.zenome.qc.PairQc;
import org.zenome.qc.QcAcknowledgement;
import org.zenome.qc.QcProblem;
import org.zenome.qc.QcResult;
import org.zenome.qc.SampleQc;
import org.zenome.qc.TrioQc;
import org.zenome.qc.TumourNormalQc;
import org.zenome.report.model.QualityMetric;
import org.zenome.store.CaseStore;

/**
 * The sample QC of a case in its report: the metrics of the latest QC, every problem no reviewer has acknowledged as
 * a warning (the draft shows them until acknowledged), acknowledged ones with their note, and the genome-wide pictures.
 */
final class SampleQcSection {
    /** Locus of the genome-wide pictures among the report's pictures (the templates show them apart). */
    static final String GENOME_WIDE = "genome-wide";

    private SampleQcSection() {
    }

    static List<QualityMetric> metrics(CaseStore store, CaseSummary c, ReportLanguage lang) {
        Optional<QcResult> latest;
        List<QcAcknowledgement> acks;
        try {
            latest = store.qc().latest(c.id());
            acks = store.qc().acknowledgements(c.id());
        } catch (UnsupportedOperationException e) {
            return List.of();
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        boolean ja = lang == ReportLanguage.JA;
        QcResult r = latest.get();
        List<QualityMetric> out = new ArrayList<>();
        Map<String, QcAcknowledgement> done = acks.stream().collect(Collectors.toMap(QcAcknowledgement::problemKey,
                Function.identity(), (a, b) -> b));
        for (QcProblem p : r.problems()) {
            QcAcknowledgement a = done.get(p.key());
            if (a == null) {
                out.add(new QualityMetric(ja ? (p.identity() ? "検体同一性の警告（未確認）" : "QC警告（未確認）")
                        : (p.identity() ? "Sample identity warning (not acknowledged)" : "QC warning (not acknowledged)"),
                        p.message(), true));
            } else {
                out.add(new QualityMetric(ja ? "QC警告（確認済み）" : "QC warning (acknowledged)", p.message() + " — "
                        + a.note() + " (" + a.user() + ", " + a.at().toString().substring(0, 10) + ")"));
            }
        }
        for (SampleQc s : r.samples()) {
            StringBuilder v = new StringBuilder();
            v.append(String.format(Locale.ROOT, ja ? "コール率 %.3f, Ti/Tv %s, het/hom %s" : "call rate %.3f, Ti/Tv %s, "
                    + "het/hom %s", s.callRate(), num(s.tiTv()), num(s.hetHomRatio())));
            if (s.coverage() != null && s.coverage().genomeWide()) {
                v.append(String.format(Locale.ROOT, ja ? ", 平均深度 %.1fx" : ", mean coverage %.1fx",
                        s.coverage().meanCoverage()));
            } else {
                if (s.coverage() != null) {
                    // reads of a few regions only (a review excerpt, a panel): no genome-wide coverage to report
                    v.append(String.format(Locale.ROOT, ja ? ", リードはゲノムの一部のみ（抽出した位置の %.1f%%を被覆: 抜粋または標的領域のリード）: 全ゲノムの深度は評価対象外"
                            : ", reads cover only %.1f%% of the sampled genome positions (an excerpt or targeted reads): "
                            + "genome-wide coverage not assessed", 100 * s.coverage().coveredFraction()));
                }
                if (!Double.isNaN(s.meanDepth())) {
                    v.append(String.format(Locale.ROOT, ja ? ", 変異部位の平均深度 %.1fx" : ", mean depth at variants %.1fx",
                            s.meanDepth()));
                }
            }
            v.append(ja ? ", 推定性別 " : ", inferred sex ").append(sex(s.inferredSex(), ja)).append(ja ? "（申告 "
                    : " (declared ").append(sex(s.declaredSex(), ja)).append(ja ? "）" : ")");
            out.add(new QualityMetric((ja ? "検体QC: " : "Sample QC: ") + s.sample(), v.toString()));
        }
        for (TrioQc t : r.trios()) {
            out.add(new QualityMetric(ja ? "メンデル遺伝の不一致率" : "Mendelian error rate", String.format(Locale.ROOT,
                    "%s (%d/%d) %s", num(t.errorRate()), t.errors(), t.sites(), t.child())));
        }
        for (PairQc p : r.pairs()) {
            out.add(new QualityMetric((ja ? "血縁係数: " : "Relatedness: ") + p.sampleA() + " / " + p.sampleB(),
                    String.format(Locale.ROOT, ja ? "%s（家系図 %s: %s）" : "%s (pedigree %s: %s)", num(p.relatedness()),
                            p.relation(), Double.isNaN(p.expected()) ? "?" : num(p.expected()))));
        }
        for (TumourNormalQc t : r.tumourNormal()) {
            out.add(new QualityMetric(ja ? "腫瘍・正常の同一人物確認" : "Tumour/normal from one person",
                    String.format(Locale.ROOT, "%s (%d)", num(t.concordance()), t.germlineSites())));
        }
        return out;
    }

    /** The genome-wide pictures of the case as PNG (QC always when computed; the tumour pictures for cancer). */
    static List<ReportContent.Picture> pictures(CaseStore store, CaseSummary c, boolean cancer, ReportLanguage lang) {
        List<ReportContent.Picture> out = new ArrayList<>();
        try {
            for (PlotService.Picture p : new PlotService(store).forReport(c, cancer, lang.locale())) {
                out.add(new ReportContent.Picture(GENOME_WIDE, caption(p, lang), PlotRenderer.png(p.chart(), 1600, 700)));
            }
        } catch (UnsupportedOperationException e) {
            return List.of();
        }
        return out;
    }

    private static String caption(PlotService.Picture p, ReportLanguage lang) {
        boolean ja = lang == ReportLanguage.JA;
        switch (p.kind()) {
            case QC:
                return ja ? "検体QCと血縁関係" : "Sample QC and relatedness";
            case VAF:
                return ja ? "ゲノム全体のアレル頻度と深度比" : "Allele fraction and depth ratio along the genome";
            case CN:
                return ja ? "コピー数（セグメント）" : "Copy-number segments";
            case SV:
                return ja ? "構造異常" : "Structural variants";
            case SPECTRUM:
                return ja ? "一塩基置換のスペクトラム（96分類）" : "SNV spectrum (96 classes)";
            default:
                return p.kind().id();
        }
    }

    private static String sex(org.zenome.domain.Sex s, boolean ja) {
        switch (s) {
            case MALE:
                return ja ? "男性" : "male";
            case FEMALE:
                return ja ? "女性" : "female";
            default:
                return ja ? "不明" : "unknown";
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "NA" : Double.isInfinite(v) ? "inf" : String.format(Locale.ROOT, "%.3f", v);
    }
}
