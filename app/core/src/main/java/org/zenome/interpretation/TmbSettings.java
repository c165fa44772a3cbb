package org.zenome.interpretation;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How tumour mutational burden is counted from a tumour/normal VCF.
 *
 * @param callableMb         callable coding sequence in megabases (the denominator); about 33 Mb for the coding
 *                           exons of a genome, the panel's size for a panel
 * @param minTumourVaf       least tumour variant allele fraction
 * @param minTumourAltReads  least reads supporting the variant in the tumour
 * @param maxNormalVaf       most VAF in the normal sample (above it the variant is taken as germline)
 * @param includeSynonymous  count synonymous variants too (some assays do)
 * @param passOnly           only variants with FILTER PASS
 */
public record TmbSettings(double callableMb, double minTumourVaf, int minTumourAltReads, double maxNormalVaf,
                          boolean includeSynonymous, boolean passOnly) {

    /** Protein-changing consequences counted: SNVs and small indels in coding sequence. */
    public static final Set<String> CODING = Set.of("missense_variant", "stop_gained", "stop_lost", "start_lost",
            "frameshift_variant", "inframe_insertion", "inframe_deletion", "protein_altering_variant");

    public TmbSettings {
        if (!(callableMb > 0) || callableMb > 3500) {
            throw new IllegalArgumentException("the callable size must be between 0 and 3500 Mb, not " + callableMb);
        }
        if (minTumourVaf < 0 || minTumourVaf > 1 || maxNormalVaf < 0 || maxNormalVaf > 1) {
            throw new IllegalArgumentException("allele fractions must be between 0 and 1");
        }
    }

    public static TmbSettings defaults() {
        return new TmbSettings(33.0, 0.05, 3, 0.02, false, true);
    }

    public TmbSettings withCallableMb(double mb) {
        return new TmbSettings(mb, minTumourVaf, minTumourAltReads, maxNormalVaf, includeSynonymous, passOnly);
    }

    /** The consequences counted with these settings. */
    public Set<String> consequences() {
        Set<String> s = new LinkedHashSet<>(CODING);
        if (includeSynonymous) {
            s.add("synonymous_variant");
        }
        return s;
    }

    /** For the report: how the mutations were counted. */
    public String describe() {
        return String.format(Locale.ROOT, "coding %s; %s; tumour VAF >= %.2f and >= %d alt reads; normal VAF <= %.2f;"
                        + " callable %.2f Mb", includeSynonymous ? "incl. synonymous" : "non-synonymous",
                passOnly ? "PASS only" : "all FILTER values", minTumourVaf, minTumourAltReads, maxNormalVaf,
                callableMb);
    }
}
