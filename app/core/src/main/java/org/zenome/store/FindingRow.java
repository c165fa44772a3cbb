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
    /**
     * The record's line number as the parser was given it: in the file for plain input, within its unit of blocks for
     * BGZF input (the import checks the order of the records with it and puts the units in order itself).
     */
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
    private static final String[] NO_GENES = new String[0];
    /** Every gene symbol of this allele's annotations, distinct. */
    public String[] genes = NO_GENES;
    /**
     * True when every text of this row (contig, gene, packed fields) is ASCII: the parser read it from a line it was
     * told is ASCII. The store then copies the text as bytes; false means "not known", never "not ASCII".
     */
    public boolean ascii;
    /** The display-only fields packed for the store ({@link #pack}), built on the parsing threads. */
    public String packed;

    /** Separator of the packed display fields. */
    public static final char SEP = '\u001f';

    /**
     * Packs the fields that are only displayed, in this order: chrom, ref, alt, ID, FILTER, transcript,
     * consequence, HGVS c., HGVS p., ClinVar text, ClinVar review status, SV type, SV length, other genes,
     * genotypes, ALT count, SpliceAI.
     */
    public void pack() {
        pack(new StringBuilder(96 + (genotypes == null ? 0 : genotypes.length())), genotypes);
    }

    /**
     * As {@link #pack()}, building the text in {@code d} (cleared first; a parser reuses one per thread) with the
     * genotypes given as text ({@link #genotypes} is not read), so only the packed string itself is allocated.
     */
    public void pack(StringBuilder d, CharSequence genotypes) {
        d.setLength(0);
        d.append(chrom).append(SEP).append(ref).append(SEP).append(alt).append(SEP).append(nz(variantId)).append(SEP)
                .append(nz(filter)).append(SEP).append(nz(transcript)).append(SEP).append(nz(consequence)).append(SEP)
                .append(nz(hgvsC)).append(SEP).append(nz(hgvsP)).append(SEP).append(nz(clinvarText)).append(SEP)
                .append(nz(clinvarReviewStatus)).append(SEP).append(nz(svType)).append(SEP);
        if (svLength != Integer.MIN_VALUE) {
            d.append(svLength);
        }
        d.append(SEP);
        if (genes.length > 1) {
            d.append(String.join(",", genes));
        }
        d.append(SEP);
        if (genotypes != null) {
            d.append(genotypes);
        }
        d.append(SEP).append(altCount).append(SEP);
        if (!Double.isNaN(spliceAi)) {
            appendDecimal(d, spliceAi);
        }
        packed = d.toString();
        // the packed text replaces these; dropping them keeps rows small while they wait for the writer
        ref = null;
        alt = null;
        variantId = null;
        filter = null;
        transcript = null;
        consequence = null;
        hgvsC = null;
        hgvsP = null;
        clinvarText = null;
        clinvarReviewStatus = null;
        svType = null;
        genotypes = null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Appends a number as {@link Double#toString} would read back, without its cost for the usual scores of up to
     * six decimals (0.03, 0.5, 1.0); other values fall back to {@link StringBuilder#append(double)}.
     */
    static void appendDecimal(StringBuilder d, double v) {
        double scaled = Math.rint(v * 1e6);
        if (v >= 0 && v < 1e9 && scaled / 1e6 == v) {
            long micro = (long) scaled;
            d.append(micro / 1_000_000).append('.');
            long frac = micro % 1_000_000;
            if (frac == 0) {
                d.append('0');
                return;
            }
            int digits = 6;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            String f = Long.toString(frac);
            for (int k = f.length(); k < digits; k++) {
                d.append('0');
            }
            d.append(f);
            return;
        }
        d.append(v);
    }
}
