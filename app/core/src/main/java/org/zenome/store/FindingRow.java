package org.zenome.store;

/**
 * One finding as the importer hands it to the store: the columns the table shows and filters on. Mutable
 * and reused-free by design of the import pipeline (a fresh row per ALT allele); not part of the domain.
 * Unknown numbers are {@code NaN} (doubles) or -1 (integers).
 */
public final class FindingRow {
    /** 0-based ordinal of the VCF data line within the file. */
    public long recordSeq;
    /**
     * The original data line, on the first finding of each record only, when the source cannot be re-read
     * by offset (plain or gzip input); null otherwise.
     */
    public String line;
    /** BGZF virtual offset of the record's line in the source file (first finding of a record), or -1. */
    public long offset = -1;
    /** True on the first finding of each record. */
    public boolean firstOfRecord;
    /** The contig as written in the file. */
    public String contig;
    public long lineNo;
    public String chrom;
    public int chromOrder;
    public int pos;
    public int end;
    public String ref;
    public String alt;
    public int altIndex;
    public int altCount;
    public String variantId;
    public double qual = Double.NaN;
    public String filter;
    public boolean pass;
    public int variantType;
    public String svType;
    public int svLength = Integer.MIN_VALUE;
    public String gene;
    public String transcript;
    public String consequence;
    /** Impact ordinal (HIGH 0 ... MODIFIER 3), 4 when unannotated. */
    public int impact = 4;
    /** Most severe consequence rank over every transcript of this allele. */
    public int consequenceRank;
    /** Bit mask of every consequence term of every transcript of this allele. */
    public long consequenceMask;
    public String hgvsC;
    public String hgvsP;
    public double populationAf = Double.NaN;
    public int clinvar;
    public String clinvarText;
    public String clinvarReviewStatus;
    public double cadd = Double.NaN;
    public double revel = Double.NaN;
    public double spliceAi = Double.NaN;
    public int depth = -1;
    /** Zygosity codes, 3 bits per sample column. */
    public long zygosity;
    /** Compact per-sample genotypes: {@code GT,refDepth,altDepth,DP,GQ} joined by {@code ;}. */
    public String genotypes;
    /** VAF of the primary sample (proband or tumour). */
    public double vaf = Double.NaN;
    /** Every gene symbol of this allele's annotations, distinct. */
    public String[] genes = new String[0];
}
