package org.zenome.interpretation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.zenome.domain.Finding;
import org.zenome.domain.Genotype;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;

/**
 * Counts somatic coding mutations of a tumour/normal case: a finding counts when one of its display-transcript
 * consequences is protein-changing, the tumour carries it with enough reads and VAF and the normal sample does not.
 * Pure; the caller feeds it the findings (already narrowed by the store to coding consequences).
 */
public final class TmbCalculator {
    private final TmbSettings settings;
    private final String tumour;
    private final String normal;
    private long counted;
    private long seen;

    /**
     * @throws IllegalArgumentException when the case has no tumour sample
     */
    public TmbCalculator(TmbSettings settings, List<Sample> samples) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tumour = samples.stream().filter(s -> s.role() == SampleRole.TUMOUR).map(Sample::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("TMB needs a tumour sample; the case has none"));
        this.normal = samples.stream().filter(s -> s.role() == SampleRole.NORMAL).map(Sample::name).findFirst()
                .orElse(null);
    }

    /** Whether the case has a matched normal (without one, germline variants inflate the count). */
    public boolean matchedNormal() {
        return normal != null;
    }

    /** Looks at one finding; returns whether it counted. */
    public boolean accept(Finding f) {
        seen++;
        if (settings.passOnly() && !f.isPass()) {
            return false;
        }
        if (!coding(f.consequence())) {
            return false;
        }
        Genotype t = genotype(f, tumour);
        if (t == null || !t.zygosity().carriesAllele() && t.altDepth() <= 0) {
            return false;
        }
        double vaf = t.vaf();
        if (!Double.isNaN(vaf) && vaf < settings.minTumourVaf()) {
            return false;
        }
        if (t.altDepth() >= 0 && t.altDepth() < settings.minTumourAltReads()) {
            return false;
        }
        if (normal != null) {
            Genotype n = genotype(f, normal);
            if (n != null) {
                double nv = n.vaf();
                if (!Double.isNaN(nv) ? nv > settings.maxNormalVaf() : n.zygosity().carriesAllele()) {
                    return false;
                }
            }
        }
        counted++;
        return true;
    }

    private boolean coding(String consequence) {
        if (consequence == null) {
            return false;
        }
        for (String term : consequence.split("[&,]")) {
            if (settings.consequences().contains(term.trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Genotype genotype(Finding f, String sample) {
        if (f.genotypes() == null) {
            return null;
        }
        for (Genotype g : f.genotypes()) {
            if (g.sample().equals(sample)) {
                return g;
            }
        }
        return null;
    }

    public long counted() {
        return counted;
    }

    public long seen() {
        return seen;
    }

    public TmbResult result(String user, java.time.Instant at) {
        String how = settings.describe() + (normal == null ? "; tumour only (no matched normal)" : "; matched normal "
                + normal);
        return new TmbResult(counted, settings.callableMb(), how, user, at);
    }
}
