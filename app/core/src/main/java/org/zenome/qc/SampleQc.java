package org.zenome.qc;

import org.zenome.domain.SampleRole;
import org.zenome.domain.Sex;

/**
 * QC of one sample. Ratios are NaN when there is nothing to divide.
 *
 * @param records        autosomal records of the case (first ALT of each) the call rate is over
 * @param called         of those, the records with a called genotype in this sample
 * @param hets           biallelic PASS autosomal records where the sample is heterozygous
 * @param homAlts        biallelic PASS autosomal records where the sample is homozygous ALT
 * @param transitions    biallelic PASS SNVs the sample carries that are transitions
 * @param transversions  ... that are transversions
 * @param meanDepth      mean genotype DP of the sample over its called autosomal records
 * @param xHets          heterozygous calls on X outside the pseudo-autosomal regions
 * @param xHomAlts       homozygous ALT calls there
 * @param yRecords       records on Y outside the pseudo-autosomal regions
 * @param yDepthRatio    mean DP on those Y records (a missing call counts 0) over the mean autosomal DP
 * @param coverage       the reads' coverage summary, or null without reads or metrics
 * @param xSex           sex from the X heterozygosity, UNKNOWN when too few sites or in between
 * @param ySex           sex from Y (reads when present, else the VCF depth), UNKNOWN when undecided
 * @param inferredSex    the sex the data shows: X and Y when they agree, either alone, UNKNOWN when they disagree
 */
public record SampleQc(String sample, SampleRole role, Sex declaredSex, long records, long called, long hets,
                       long homAlts, long transitions, long transversions, double meanDepth, long xHets, long xHomAlts,
                       long yRecords, double yDepthRatio, Coverage coverage, Sex xSex, Sex ySex, Sex inferredSex) {

    public double callRate() {
        return records == 0 ? Double.NaN : (double) called / records;
    }

    public double hetHomRatio() {
        return homAlts == 0 ? Double.NaN : (double) hets / homAlts;
    }

    public double tiTv() {
        return transversions == 0 ? Double.NaN : (double) transitions / transversions;
    }

    public double xHetRatio() {
        return xHomAlts == 0 ? (xHets == 0 ? Double.NaN : Double.POSITIVE_INFINITY) : (double) xHets / xHomAlts;
    }

    /** True when both the declared and the inferred sex are known and differ. */
    public boolean sexMismatch() {
        return declaredSex != Sex.UNKNOWN && inferredSex != Sex.UNKNOWN && declaredSex != inferredSex;
    }
}
