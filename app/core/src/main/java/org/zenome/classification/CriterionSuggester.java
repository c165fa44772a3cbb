package org.zenome.classification;

import static org.zenome.classification.CriterionSuggestion.of;
import static org.zenome.classification.CriterionSuggestion.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Zygosity;

/**
 * Suggests criteria from the data of one variant. Pure functions of {@link VariantEvidence} and
 * {@link SuggestionSettings}; suggestions are proposals for a reviewer and never count by themselves.
 *
 * <ul>
 * <li><b>BA1 / BS1 / PM2</b> from the population allele frequency with the gene's {@link FrequencyThresholds}; PM2 at
 * {@link SuggestionSettings#pm2Strength()} (Supporting by default, ClinGen SVI 2020) when the variant is absent from
 * the annotated source or at most the threshold of its inheritance. No PM2 when the case has no frequency
 * annotation at all: absence of an annotation is not absence from controls.</li>
 * <li><b>PP3 / BP4</b> for missense variants from the settings' predictor (REVEL by default, CADD as fallback) with
 * the Pejaver et al. 2022 thresholds ({@link CalibratedPredictor}).</li>
 * <li><b>PVS1</b> for null variants in genes where loss of function is a known mechanism, following the decision
 * tree of Abou Tayoun et al. 2018 (Hum Mutat 39:1517) as far as the data allows:
 *   <ul>
 *   <li>transcript_ablation (full gene deletion): Very Strong;</li>
 *   <li>stop_gained / frameshift_variant predicted to undergo NMD (not in the last exon and not in the penultimate
 *   one): Very Strong;</li>
 *   <li>in the last exon, or known to escape NMD: Strong if it removes more than 10% of the protein, Moderate if
 *   less, Strong when the protein length is unknown;</li>
 *   <li>in the penultimate exon, where the 50-nucleotide rule decides NMD but the distance to the last exon
 *   junction is not in the data, or with the exon unknown: Strong (the tree's branch without NMD, at its
 *   strongest);</li>
 *   <li>splice_donor_variant / splice_acceptor_variant: Strong, because whether exon skipping keeps the reading
 *   frame is not in the data (raise to Very Strong when it is shown to cause a frameshift and NMD);</li>
 *   <li>start_lost (initiation codon): Moderate.</li>
 *   </ul>
 * Whether the exon is in the biologically relevant transcript and whether the lost region is critical are left to
 * the reviewer; the evidence text says so.</li>
 * <li><b>PS2 / PM6</b> when the proband carries the allele and both parents are homozygous reference: PS2 when
 * parentage is confirmed, PM6 otherwise.</li>
 * <li><b>PM3</b> for recessive disorders when the variant is in trans with a pathogenic variant (phase given).</li>
 * <li><b>PP5 / BP6</b> from ClinVar only when {@link SuggestionSettings#reputableSource()} is on (off by default,
 * Biesecker and Harrison 2018), and then only from a ClinVar record of at least
 * {@link SuggestionSettings#reputableMinStars()} review stars (two by default).</li>
 * </ul>
 */
public final class CriterionSuggester {
    private final SuggestionSettings settings;

    public CriterionSuggester(SuggestionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public SuggestionSettings settings() {
        return settings;
    }

    /** All suggestions for one variant, in guideline order. */
    public List<CriterionSuggestion> suggest(VariantEvidence v) {
        Objects.requireNonNull(v, "variant evidence");
        List<CriterionSuggestion> out = new ArrayList<>();
        pvs1(v).ifPresent(out::add);
        deNovo(v).ifPresent(out::add);
        frequency(v).ifPresent(out::add);
        pm3(v).ifPresent(out::add);
        predictor(v).ifPresent(out::add);
        reputableSource(v).ifPresent(out::add);
        out.sort((a, b) -> a.criterion().compareTo(b.criterion()));
        return List.copyOf(out);
    }

    /** BA1, BS1 or PM2 from the population allele frequency. */
    public Optional<CriterionSuggestion> frequency(VariantEvidence v) {
        if (v.populationSource() == null) {
            return Optional.empty();
        }
        FrequencyThresholds t = settings.frequencyFor(v.gene());
        String source = v.populationSource();
        Double af = v.populationAf();
        double pm2Max = t.pm2Max(v.inheritance());
        String pm2Key = v.inheritance().recessive() ? "recessive" : "dominant";
        if (af == null) {
            return Optional.of(of(AcmgCriterion.PM2, settings.pm2Strength(), "suggest.pm2.absent", source));
        }
        if (af > t.ba1Above()) {
            return Optional.of(of(AcmgCriterion.BA1, Strength.STAND_ALONE, "suggest.ba1", source, plain(af),
                    plain(t.ba1Above())));
        }
        if (af > t.bs1Above()) {
            return Optional.of(of(AcmgCriterion.BS1, Strength.STRONG, "suggest.bs1", source, plain(af),
                    plain(t.bs1Above())));
        }
        if (af <= pm2Max) {
            return Optional.of(of(AcmgCriterion.PM2, settings.pm2Strength(), "suggest.pm2." + pm2Key, source,
                    plain(af), plain(pm2Max)));
        }
        return Optional.empty();
    }

    /** PP3 or BP4 from the calibrated predictor, for missense variants. */
    public Optional<CriterionSuggestion> predictor(VariantEvidence v) {
        if (!v.hasConsequence("missense_variant")) {
            return Optional.empty();
        }
        CalibratedPredictor tool = settings.predictor();
        Double score = score(v, tool);
        if (score == null && settings.fallbackPredictor() != null) {
            tool = settings.fallbackPredictor();
            score = score(v, tool);
        }
        if (score == null) {
            return Optional.empty();
        }
        CalibratedPredictor used = tool;
        double s = score;
        return used.criterionFor(s).map(applied -> {
            boolean pp3 = applied.criterion() == AcmgCriterion.PP3;
            double threshold = (pp3 ? used.pp3Threshold(applied.strength()) : used.bp4Threshold(applied.strength()))
                    .orElseThrow();
            return of(applied.criterion(), applied.strength(), pp3 ? "suggest.pp3" : "suggest.bp4",
                    used.displayName(), plain(s), plain(threshold), applied.label());
        });
    }

    private static Double score(VariantEvidence v, CalibratedPredictor tool) {
        Double s = tool == CalibratedPredictor.REVEL ? v.revel() : v.cadd();
        return s == null || s.isNaN() ? null : s;
    }

    /** PVS1 from the Abou Tayoun 2018 decision tree, as far as the data allows. */
    public Optional<CriterionSuggestion> pvs1(VariantEvidence v) {
        if (!v.lofMechanism()) {
            return Optional.empty();
        }
        String gene = v.gene() == null ? "" : v.gene();
        if (v.hasConsequence("transcript_ablation")) {
            return Optional.of(of(AcmgCriterion.PVS1, Strength.VERY_STRONG, "suggest.pvs1.ablation", gene));
        }
        String truncating = v.hasConsequence("stop_gained") ? "stop_gained"
                : v.hasConsequence("frameshift_variant") ? "frameshift_variant" : null;
        if (truncating != null) {
            return Optional.of(truncatingPvs1(v, gene, truncating));
        }
        String splice = v.hasConsequence("splice_donor_variant") ? "splice_donor_variant"
                : v.hasConsequence("splice_acceptor_variant") ? "splice_acceptor_variant" : null;
        if (splice != null) {
            return Optional.of(of(AcmgCriterion.PVS1, Strength.STRONG, "suggest.pvs1.splice", splice, gene));
        }
        if (v.hasConsequence("start_lost")) {
            return Optional.of(of(AcmgCriterion.PVS1, Strength.MODERATE, "suggest.pvs1.start", gene));
        }
        return Optional.empty();
    }

    private static CriterionSuggestion truncatingPvs1(VariantEvidence v, String gene, String consequence) {
        Optional<Integer> n = v.exonNumber();
        Optional<Integer> count = v.exonCount();
        String exon = v.exon() == null ? "?" : v.exon().trim();
        boolean lastExon = n.isPresent() && count.isPresent() && n.get() >= count.get();
        boolean escapes = Boolean.TRUE.equals(v.nmdEscape()) || lastExon;
        if (escapes) {
            String why = lastExon ? "lastExon" : "nmdEscape";
            Integer pos = v.proteinPosition();
            Integer len = v.proteinLength();
            if (pos == null || len == null || len <= 0 || pos > len) {
                return of(AcmgCriterion.PVS1, Strength.STRONG, "suggest.pvs1." + why + ".unknownSize", consequence,
                        exon, gene);
            }
            double removed = (double) (len - pos + 1) / len;
            String percent = plain(Math.round(removed * 1000) / 10.0);
            return removed > 0.10
                    ? of(AcmgCriterion.PVS1, Strength.STRONG, "suggest.pvs1." + why + ".large", consequence, exon, gene,
                            percent)
                    : of(AcmgCriterion.PVS1, Strength.MODERATE, "suggest.pvs1." + why + ".small", consequence, exon,
                            gene, percent);
        }
        if (Boolean.FALSE.equals(v.nmdEscape())) {
            return of(AcmgCriterion.PVS1, Strength.VERY_STRONG, "suggest.pvs1.nmd", consequence, exon, gene);
        }
        if (n.isEmpty() || count.isEmpty()) {
            return of(AcmgCriterion.PVS1, Strength.STRONG, "suggest.pvs1.exonUnknown", consequence, gene);
        }
        if (n.get() == count.get() - 1) {
            return of(AcmgCriterion.PVS1, Strength.STRONG, "suggest.pvs1.penultimate", consequence, exon, gene);
        }
        return of(AcmgCriterion.PVS1, Strength.VERY_STRONG, "suggest.pvs1.nmd", consequence, exon, gene);
    }

    /** PS2 or PM6 from trio genotypes. */
    public Optional<CriterionSuggestion> deNovo(VariantEvidence v) {
        if (v.proband() == null || !v.proband().carriesAllele()
                || v.mother() != Zygosity.HOM_REF || v.father() != Zygosity.HOM_REF) {
            return Optional.empty();
        }
        String proband = v.proband().name();
        return Optional.of(v.parentageConfirmed()
                ? of(AcmgCriterion.PS2, Strength.STRONG, "suggest.ps2", proband)
                : of(AcmgCriterion.PM6, Strength.MODERATE, "suggest.pm6", proband));
    }

    /** PM3 from phase, for recessive disorders. */
    public Optional<CriterionSuggestion> pm3(VariantEvidence v) {
        if (!v.inheritance().recessive() || !Boolean.TRUE.equals(v.inTransWithPathogenic())) {
            return Optional.empty();
        }
        return Optional.of(of(AcmgCriterion.PM3, Strength.MODERATE, "suggest.pm3", v.gene() == null ? "" : v.gene()));
    }

    /**
     * PP5 or BP6 from ClinVar, only when enabled, and only from a ClinVar record whose review status has at least
     * {@link SuggestionSettings#reputableMinStars()} stars (a significance without a review status, e.g. the VCF's
     * own CLNSIG, is not enough).
     */
    public Optional<CriterionSuggestion> reputableSource(VariantEvidence v) {
        if (!settings.reputableSource() || v.clinvarRecord() == null) {
            return Optional.empty();
        }
        ClinVarAssertion r = v.clinvarRecord();
        if (r.stars() < settings.reputableMinStars()) {
            return Optional.empty();
        }
        ClinicalSignificance c = r.significance();
        String[] args = {pretty(c), Integer.toString(r.stars()), r.reviewStatus(),
            r.variationId().isEmpty() ? "-" : r.variationId(), r.source(),
            Integer.toString(settings.reputableMinStars())};
        if (c == ClinicalSignificance.PATHOGENIC || c == ClinicalSignificance.LIKELY_PATHOGENIC) {
            return Optional.of(of(AcmgCriterion.PP5, Strength.SUPPORTING, "suggest.pp5", args));
        }
        if (c == ClinicalSignificance.BENIGN || c == ClinicalSignificance.LIKELY_BENIGN) {
            return Optional.of(of(AcmgCriterion.BP6, Strength.SUPPORTING, "suggest.bp6", args));
        }
        return Optional.empty();
    }

    private static String pretty(ClinicalSignificance c) {
        String n = c.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
