package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zenome.config.Settings;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Sex;
import org.zenome.importer.InvalidInputException;
import org.zenome.interpretation.Actor;
import org.zenome.qc.Coverage;
import org.zenome.qc.PairQc;
import org.zenome.qc.QcAcknowledgement;
import org.zenome.qc.QcProblem;
import org.zenome.qc.QcResult;
import org.zenome.qc.QcService;
import org.zenome.qc.QcThresholds;
import org.zenome.qc.SampleQc;
import org.zenome.qc.TrioQc;
import org.zenome.qc.TumourNormalQc;
import org.zenome.store.CaseStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome qc}: sample QC and identity checks of a case. */
@Command(name = "qc", description = {"Sample QC and identity checks of a case: coverage, Ti/Tv, het/hom, call rate, "
        + "sex from X/Y against the declared sex, Mendelian errors per trio, relatedness against the pedigree, "
        + "tumour/normal from one person. The result is kept with the case and audited.",
    "Prints TSV: section, subject, metric, value, expected, status. Exits 5 when an identity check fails.",
    "--acknowledge KEY --note TEXT --user NAME records a reviewer's acknowledgement of a problem instead."})
final class QcCommand implements Callable<Integer> {
    /** Exit code when an identity check fails (sex, relatedness, Mendelian errors, tumour/normal). */
    static final int IDENTITY_FAILED = 5;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case ID.")
    String caseId;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "QC thresholds (properties; default: "
            + QcThresholds.FILE_NAME + " of the user data directory when present, else the built-in defaults).")
    Path thresholdsFile;

    @Option(names = "--metrics", paramLabel = "SAMPLE=FILE", description = "Coverage metrics of a sample: a mosdepth "
            + "summary or Picard CollectWgsMetrics output (instead of sampling its reads).")
    Map<String, Path> metrics = new LinkedHashMap<>();

    @Option(names = "--no-reads", description = "Do not sample the case's BAM/CRAM files.")
    boolean noReads;

    @Option(names = "--acknowledge", paramLabel = "KEY", description = "Acknowledge the problem KEY of the latest QC "
            + "(see the status column, e.g. sex:SAMPLE) with --note; needs --user and the password.")
    String acknowledge;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why the case may go on despite the problem.")
    String note;

    @Mixin
    Login login;

    @Override
    public Integer call() throws InvalidInputException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CaseStore store = db.open()) {
            CaseSummary c = store.cases().find(caseId).orElseThrow(() -> new IllegalArgumentException(
                    "no case '" + caseId + "' in " + store.location()));
            QcService qc = new QcService(store, Clock.systemUTC());
            if (acknowledge != null) {
                String user = login.login(store).username();
                QcAcknowledgement a = qc.acknowledge(c, acknowledge, note, user);
                out.println("acknowledged\t" + a.problemKey() + "\t" + a.user() + "\t" + a.at());
                out.flush();
                return ZenomeCli.OK;
            }
            QcThresholds t = thresholds();
            String user = login.user != null ? login.user : "os:" + Actor.osUser().name();
            QcResult r = qc.run(c, t, metrics, !noReads, user);
            print(out, r, t);
            out.flush();
            for (QcProblem p : r.problems()) {
                err.println("zenome: " + (p.identity() ? "IDENTITY " : "warning ") + p.key() + ": " + p.message());
            }
            err.flush();
            return r.identityFailed() ? IDENTITY_FAILED : ZenomeCli.OK;
        }
    }

    private QcThresholds thresholds() throws InvalidInputException {
        if (thresholdsFile != null) {
            if (!Files.isReadable(thresholdsFile)) {
                throw new InvalidInputException(thresholdsFile, 0, "cannot read the QC thresholds file");
            }
            return QcThresholds.load(thresholdsFile);
        }
        Path dflt = Settings.load().dataDirectory().resolve(QcThresholds.FILE_NAME);
        return Files.isReadable(dflt) ? QcThresholds.load(dflt) : QcThresholds.defaults();
    }

    static void print(PrintWriter out, QcResult r, QcThresholds t) {
        out.println("section\tsubject\tmetric\tvalue\texpected\tstatus");
        java.util.Set<String> failed = new java.util.HashSet<>();
        for (QcProblem p : r.problems()) {
            failed.add(p.key());
        }
        for (SampleQc s : r.samples()) {
            String n = s.sample();
            row(out, "sample", n, "role", s.role().name().toLowerCase(Locale.ROOT), "", "");
            row(out, "sample", n, "records", Long.toString(s.records()), "", "");
            row(out, "sample", n, "call_rate", num(s.callRate(), 4), ">=" + num(t.minCallRate(), 3),
                    status(failed, "call-rate:" + n, "LOW"));
            row(out, "sample", n, "het_hom_ratio", num(s.hetHomRatio(), 3), "", "");
            row(out, "sample", n, "ti_tv", num(s.tiTv(), 3), ">=" + num(t.minTiTv(), 2),
                    status(failed, "ti-tv:" + n, "LOW"));
            row(out, "sample", n, "mean_depth_vcf", num(s.meanDepth(), 1), "", "");
            Coverage cov = s.coverage();
            if (cov != null) {
                row(out, "sample", n, "coverage_mean", num(cov.meanCoverage(), 1), ">=" + num(t.minMeanCoverage(), 1),
                        cov.genomeWide() ? status(failed, "coverage:" + n, "LOW") : "not assessed");
                row(out, "sample", n, "coverage_median", num(cov.medianCoverage(), 1), "", "");
                row(out, "sample", n, "coverage_pct_20x", num(cov.pct20x(), 3), "", "");
                row(out, "sample", n, "coverage_source", cov.source(), "", "");
                if (cov.coveredFraction() != null) {
                    // below the threshold the reads are not whole-genome reads (a review excerpt, a panel, an exome)
                    row(out, "sample", n, "coverage_genome_fraction", num(cov.coveredFraction(), 3),
                            ">=" + num(Coverage.GENOME_WIDE_MIN_FRACTION, 2), cov.genomeWide() ? "ok" : "partial reads");
                }
            }
            row(out, "sample", n, "x_het_hom_ratio", num(s.xHetRatio(), 3) + " (" + (s.xHets() + s.xHomAlts())
                    + " sites)", "female>=" + num(t.femaleMinXHetRatio(), 2) + " male<=" + num(t.maleMaxXHetRatio(), 2), "");
            double y = cov != null && !Double.isNaN(cov.yRatio()) ? cov.yRatio() : s.yDepthRatio();
            row(out, "sample", n, "y_depth_ratio", num(y, 3), "male>=" + num(t.maleMinYDepthRatio(), 2) + " female<="
                    + num(t.femaleMaxYDepthRatio(), 2), "");
            row(out, "sample", n, "sex", lower(s.inferredSex()) + " (x " + lower(s.xSex()) + ", y " + lower(s.ySex())
                    + ")", lower(s.declaredSex()), s.sexMismatch() ? "MISMATCH" : s.inferredSex() == Sex.UNKNOWN
                    || s.declaredSex() == Sex.UNKNOWN ? "undetermined" : "ok");
        }
        for (PairQc p : r.pairs()) {
            String subject = p.sampleA() + "," + p.sampleB();
            boolean enough = p.sites() >= t.minPairSites() && !Double.isNaN(p.relatedness());
            row(out, "pair", subject, "relatedness", num(p.relatedness(), 3), (Double.isNaN(p.expected()) ? "?"
                    : num(p.expected(), 2)) + " (" + p.relation() + ")", failed.contains("relatedness:" + subject)
                    ? "FAIL" : enough ? "ok" : "too few sites");
            row(out, "pair", subject, "sites", Long.toString(p.sites()), ">=" + t.minPairSites(), "");
            row(out, "pair", subject, "ibs0", Long.toString(p.ibs0()), "", "");
            row(out, "pair", subject, "ibs2", Long.toString(p.ibs2()), "", "");
            row(out, "pair", subject, "shared_hets", Long.toString(p.sharedHets()), "", "");
        }
        for (TrioQc q : r.trios()) {
            String subject = q.child() + "," + q.father() + "," + q.mother();
            row(out, "trio", subject, "mendelian_error_rate", num(q.errorRate(), 4), "<=" + num(t.maxMendelianErrorRate(), 4),
                    failed.contains("mendelian:" + q.child()) ? "FAIL" : q.sites() >= t.minPairSites() ? "ok"
                            : "too few sites");
            row(out, "trio", subject, "mendelian_errors", q.errors() + "/" + q.sites(), "", "");
        }
        for (TumourNormalQc q : r.tumourNormal()) {
            String subject = q.tumour() + "," + q.normal();
            row(out, "tumour-normal", subject, "germline_concordance", num(q.concordance(), 3), ">="
                    + num(t.minTumourNormalConcordance(), 2), failed.contains("tumour-normal:" + subject) ? "FAIL"
                    : q.germlineSites() >= t.minTumourNormalSites() ? "ok" : "too few sites");
            row(out, "tumour-normal", subject, "germline_sites", Long.toString(q.germlineSites()), ">="
                    + t.minTumourNormalSites(), "");
        }
        for (QcProblem p : r.problems()) {
            row(out, "problem", p.key(), p.identity() ? "identity" : "quality", p.message(), "", p.identity() ? "FAIL"
                    : "WARN");
        }
    }

    private static String status(java.util.Set<String> failed, String key, String bad) {
        return failed.contains(key) ? bad : "ok";
    }

    private static void row(PrintWriter out, String section, String subject, String metric, String value,
                            String expected, String status) {
        out.println(String.join("\t", section, Tsv.cell(subject), metric, Tsv.cell(value), Tsv.cell(expected),
                Tsv.cell(status)));
    }

    private static String lower(Sex s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    static String num(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return "inf";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
