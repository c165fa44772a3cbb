package org.zenome.interpretation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Finding;
import org.zenome.domain.Genotype;
import org.zenome.domain.Impact;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;

/**
 * Flags findings of a cancer case that are presumably germline and pathogenic (ESMO PMWG, Kuzbari et al. 2023):
 * in a hereditary cancer gene, pathogenic or likely pathogenic by ClinVar (or a null variant), and either present in
 * the normal sample, or, without a normal, at a tumour VAF near 0.5 or 1.0. Each flag carries the recommendations
 * "confirmatory germline test" and "genetic counselling referral".
 */
public final class PresumedGermline {

    /** Why a finding was flagged. */
    public enum Reason {
        /** The matched normal sample carries the variant. */
        IN_NORMAL,
        /** Tumour-only: the VAF is near 0.5 (heterozygous). */
        VAF_NEAR_HALF,
        /** Tumour-only: the VAF is near 1.0 (homozygous or loss of the other allele). */
        VAF_NEAR_ONE
    }

    /** What the panel is advised to do for a flagged finding. */
    public enum Recommendation {
        CONFIRMATORY_GERMLINE_TEST,
        GENETIC_COUNSELLING_REFERRAL
    }

    /**
     * One flagged finding.
     *
     * @param vaf          the tumour VAF (NaN when unknown)
     * @param pathogenicBy what makes it presumably pathogenic, e.g. {@code ClinVar Pathogenic} or {@code null variant}
     */
    public record Flag(Finding finding, Reason reason, double vaf, String pathogenicBy,
                       List<Recommendation> recommendations) {
    }

    private final SecondaryFindingList genes;

    public PresumedGermline(SecondaryFindingList genes) {
        this.genes = Objects.requireNonNull(genes, "genes");
    }

    /** With the shipped hereditary cancer gene list. */
    public static PresumedGermline standard() {
        try (InputStream in = PresumedGermline.class.getResourceAsStream(
                "/org/zenome/interpretation/hereditary-cancer-genes.tsv")) {
            return new PresumedGermline(SecondaryFindingList.read(new InputStreamReader(in, StandardCharsets.UTF_8),
                    "hereditary-cancer-genes.tsv"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped hereditary cancer gene list", e);
        }
    }

    public SecondaryFindingList genes() {
        return genes;
    }

    /**
     * Checks one finding.
     *
     * @param clinvarOverride ClinVar significance from an annotation source, or null to use the imported one
     */
    public Optional<Flag> check(Finding f, List<Sample> samples, ClinicalSignificance clinvarOverride) {
        if (!genes.contains(f.gene())) {
            return Optional.empty();
        }
        ClinicalSignificance cs = clinvarOverride != null ? clinvarOverride
                : ClinicalSignificance.parse(f.clinvarSignificance());
        String by;
        if (cs == ClinicalSignificance.PATHOGENIC || cs == ClinicalSignificance.LIKELY_PATHOGENIC) {
            by = "ClinVar " + (cs == ClinicalSignificance.PATHOGENIC ? "Pathogenic" : "Likely pathogenic");
        } else if (f.impact() == Impact.HIGH) {
            by = "null variant (" + f.consequence() + ")";
        } else {
            return Optional.empty();
        }
        Genotype tumour = genotype(f, samples, SampleRole.TUMOUR);
        double vaf = tumour == null ? Double.NaN : tumour.vaf();
        Reason reason = germlineOrigin(f, samples).orElse(null);
        if (reason == null) {
            return Optional.empty();
        }
        return Optional.of(new Flag(f, reason, vaf, by, List.of(Recommendation.CONFIRMATORY_GERMLINE_TEST,
                Recommendation.GENETIC_COUNSELLING_REFERRAL)));
    }

    /**
     * Why a finding of a tumour case looks germline, whatever its gene: the matched normal carries it, or, without
     * a normal, its tumour VAF is near 0.5 or 1.0; empty otherwise.
     */
    public static Optional<Reason> germlineOrigin(Finding f, List<Sample> samples) {
        Genotype tumour = genotype(f, samples, SampleRole.TUMOUR);
        Genotype normal = genotype(f, samples, SampleRole.NORMAL);
        double vaf = tumour == null ? Double.NaN : tumour.vaf();
        boolean hasNormal = samples.stream().anyMatch(s -> s.role() == SampleRole.NORMAL);
        if (hasNormal) {
            if (normal != null && (normal.zygosity().carriesAllele() || normal.vaf() >= 0.1)) {
                return Optional.of(Reason.IN_NORMAL);
            }
        } else if (!Double.isNaN(vaf)) {
            if (vaf >= 0.35 && vaf <= 0.65) {
                return Optional.of(Reason.VAF_NEAR_HALF);
            } else if (vaf >= 0.85) {
                return Optional.of(Reason.VAF_NEAR_ONE);
            }
        }
        return Optional.empty();
    }

    /** Checks many findings. */
    public List<Flag> check(List<Finding> findings, List<Sample> samples) {
        List<Flag> out = new ArrayList<>();
        for (Finding f : findings) {
            check(f, samples, null).ifPresent(out::add);
        }
        return out;
    }

    private static Genotype genotype(Finding f, List<Sample> samples, SampleRole role) {
        String name = samples.stream().filter(s -> s.role() == role).map(Sample::name).findFirst().orElse(null);
        if (name == null || f.genotypes() == null) {
            return null;
        }
        return f.genotypes().stream().filter(g -> g.sample().equals(name)).findFirst().orElse(null);
    }
}
