package org.zenome.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Contigs;
import org.zenome.domain.Impact;
import org.zenome.domain.VariantType;
import org.zenome.domain.Zygosity;
import org.zenome.store.FindingRow;

/**
 * Turns VCF data lines into findings, one per ALT allele (as {@code bcftools norm -m-} would split them),
 * checking each line against the VCF specification as it goes. It reads only the INFO keys and FORMAT fields
 * it needs; the whole line is kept with the first finding of each record so nothing is lost.
 *
 * <p>One parser serves one file and one thread: it tracks the sort order of the records.
 */
public final class VcfRecordParser {
    /** INFO keys that carry a population allele frequency (the maximum of those present is used). */
    static final List<String> POPULATION_AF_KEYS = List.of("gnomADg_AF", "gnomAD_AF", "gnomADe_AF", "GNOMADAF",
            "GNOMADAF_popmax", "gnomad_af", "gnomAD_AF_popmax", "AF_popmax", "EXACAF", "EXACMAX_AF", "1000GAF",
            "1000G_MAX_AF", "ToMMo_AF", "TOMMO_AF", "tommo_af", "jMorp_AF", "SWEGENAF");
    static final List<String> CADD_KEYS = List.of("CADD_PHRED", "CADD_phred", "CADD");
    static final List<String> REVEL_KEYS = List.of("REVEL", "REVEL_score");
    static final List<String> SPLICEAI_KEYS = List.of("SpliceAI_DS_max", "SpliceAI_max", "SpliceAI");
    static final List<String> CLNSIG_KEYS = List.of("CLNSIG", "CLINVAR_CLNSIG");
    static final List<String> CLNREVSTAT_KEYS = List.of("CLNREVSTAT", "CLINVAR_CLNREVSTAT");

    private static final int K_CSQ = 0;
    private static final int K_ANN = 1;
    private static final int K_END = 2;
    private static final int K_SVTYPE = 3;
    private static final int K_SVLEN = 4;
    private static final int K_DP = 5;
    private static final int FIXED_KEYS = 6;

    private final String file;
    private final VcfHeader header;
    private final AnnotationLayout vep;
    private final AnnotationLayout snpEff;
    private final int sampleCount;
    private final int primarySample;
    private final KeyTable keys;
    private final int[] slotKind;
    private final Map<String, long[]> consequenceCache = new HashMap<>();
    private String lastContig = "";
    private int lastChromOrder;
    private String lastNormalised = "";
    private final Map<String, Integer> contigOrder = new HashMap<>();
    private final Map<String, ContigName> contigNames = new HashMap<>();
    private final Map<String, Long> undefinedInfo = new LinkedHashMap<>();
    private long records;
    private long skippedReferenceBlocks;

    // per-record scratch
    /** Where each wanted INFO key's value is in the line being parsed ({@code slotFrom} -1 when absent). */
    private final int[] slotFrom;
    private final int[] slotTo;
    /** The slots set in the current record, to clear them for the next one. */
    private final int[] setSlots;
    private int setCount;
    /** Positions of the first nine tabs of the line being parsed. */
    private final int[] tabs = new int[9];
    /** The sample columns of the record being parsed (null without samples). */
    private final Genotypes genotypes;
    /** One finding's genotype text and packed display text, built here and copied once into the finding. */
    private final StringBuilder genotypeText = new StringBuilder(256);
    private final StringBuilder packText = new StringBuilder(512);
    /** Reused arrays and repeated values of the CSQ and ANN entries. */
    private final FieldScratch vepScratch;
    private final FieldScratch snpEffScratch;
    /**
     * The ASCII view of the annotation values of the line being parsed ({@link LineBytes}), reused; large enough for
     * the lines of a genome (growing it is a path the compiled parser has not seen, so it would be compiled again).
     */
    private byte[] lineBytes = new byte[1 << 16];
    private int csqFrom = -1;
    private int csqTo;
    private int annFrom = -1;
    private int annTo;

    /**
     * @param primarySample sample column whose VAF and depth go into the table (proband or tumour), or -1
     */
    public VcfRecordParser(String file, VcfHeader header, int primarySample) {
        this.file = file;
        this.header = header;
        this.vep = AnnotationLayout.vep(header.csqFields());
        this.snpEff = AnnotationLayout.snpEff(header.annFields());
        this.sampleCount = header.samples().size();
        this.primarySample = primarySample;
        List<String> keys = new ArrayList<>(List.of("CSQ", "ANN", "END", "SVTYPE", "SVLEN", "DP"));
        List<Integer> kinds = new ArrayList<>(List.of(K_CSQ, K_ANN, K_END, K_SVTYPE, K_SVLEN, K_DP));
        addKeys(keys, kinds, POPULATION_AF_KEYS, 100);
        addKeys(keys, kinds, CADD_KEYS, 200);
        addKeys(keys, kinds, REVEL_KEYS, 300);
        addKeys(keys, kinds, SPLICEAI_KEYS, 400);
        addKeys(keys, kinds, CLNSIG_KEYS, 500);
        addKeys(keys, kinds, CLNREVSTAT_KEYS, 600);
        this.keys = new KeyTable(keys, header.info().keySet());
        slotKind = kinds.stream().mapToInt(Integer::intValue).toArray();
        slotFrom = new int[keys.size()];
        slotTo = new int[keys.size()];
        setSlots = new int[keys.size()];
        java.util.Arrays.fill(slotFrom, -1);
        genotypes = sampleCount > 0 ? new Genotypes(sampleCount) : null;
        vepScratch = vep == null ? null : new FieldScratch(vep);
        snpEffScratch = snpEff == null ? null : new FieldScratch(snpEff);
        int order = 0;
        for (VcfHeader.Contig c : header.contigs()) {
            contigOrder.put(c.id(), order++);
        }
        // every declared contig's name and order worked out once, here: the parser only looks them up
        for (VcfHeader.Contig c : header.contigs()) {
            contigNames.put(c.id(), contigName(c.id()));
        }
    }

    /** A contig's normalised name and its place in the genome's order. */
    private record ContigName(String normalised, int order) {
    }

    private ContigName contigName(String chrom) {
        String normalised = Contigs.normalise(chrom);
        return new ContigName(normalised, Contigs.order(normalised, contigOrder.getOrDefault(chrom, contigOrder.size())));
    }

    private static void addKeys(List<String> keys, List<Integer> kinds, List<String> add, int kind) {
        for (String k : add) {
            keys.add(k);
            kinds.add(kind);
        }
    }

    public long skippedReferenceBlocks() {
        return skippedReferenceBlocks;
    }

    public long records() {
        return records;
    }

    /** Warnings collected so far (undefined INFO keys, contigs missing from the header). */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        for (Map.Entry<String, Long> e : undefinedInfo.entrySet()) {
            w.add(file + ": INFO key '" + e.getKey() + "' is not defined in the header (kept as text)");
        }
        for (Map.Entry<String, Long> e : undefinedFormat.entrySet()) {
            w.add(file + ": FORMAT key '" + e.getKey() + "' is not defined in the header (kept as text)");
        }
        for (Map.Entry<String, String> e : perGenotypeMismatch.entrySet()) {
            w.add(file + ": FORMAT key '" + e.getKey() + "' is declared Number=G but not every value list fits the "
                    + "sample's ploidy (e.g. " + e.getValue() + "); kept as text");
        }
        for (String f : undefinedFilter) {
            w.add(file + ": FILTER '" + f + "' is not defined in the header");
        }
        if (iupacRef != 0) {
            w.add(file + ": REF contains IUPAC ambiguity codes (e.g. '" + iupacRef + "'); kept as given");
        }
        return w;
    }

    /**
     * Parses one data line into zero or more findings appended to {@code out}.
     *
     * @return the number of findings added
     */
    public int parse(String line, long lineNo, List<FindingRow> out) throws InvalidInputException {
        return parse(line, lineNo, -1, out);
    }

    /**
     * Parses one data line.
     *
     * @param offset BGZF virtual offset of the line in its file, or -1 to keep the line text with the finding
     */
    public int parse(String line, long lineNo, long offset, List<FindingRow> out) throws InvalidInputException {
        return parse(line, lineNo, offset, false, out);
    }

    /**
     * Parses one data line known to be ASCII or not: {@code ascii} true promises that every character of
     * {@code line} is below 128 (the import checks whole blocks at once); it is passed on to the findings
     * ({@link FindingRow#ascii}) so the store can copy their text without encoding it.
     */
    public int parse(String line, long lineNo, long offset, boolean ascii, List<FindingRow> out)
            throws InvalidInputException {
        int[] tabs = this.tabs;
        // the loops over the line's characters are in small methods of their own: a method whose loops run many times
        // per call is compiled on-stack first and then again as a whole (the parser: twice half a second of C2)
        int nTabs = findTabs(line, tabs);
        int len = line.length();
        int expectedColumns = sampleCount == 0 ? 8 : 9 + sampleCount;
        if (nTabs < 7) {
            if (line.isBlank()) {
                throw fail(lineNo, "empty line in the data section");
            }
            throw fail(lineNo, "wrong number of columns: " + (nTabs + 1) + " found, " + expectedColumns
                    + " expected (columns must be separated by tabs)");
        }
        // consecutive records share the contig: keep one string for it (the consumer compares it per record). Every
        // 32nd record keeps its own copy and so takes the new-contig path below: that path is then in the compiled
        // parser's profile from the start, instead of having the parser thrown away and compiled again (half a second
        // to a second of the optimising compiler on two cores) at the genome's first contig change
        String chrom = line.substring(0, tabs[0]);
        if (chrom.equals(lastContig) & (records & 31) != 0) {
            chrom = lastContig;
        }
        if (chrom.isEmpty()) {
            throw fail(lineNo, "CHROM is empty");
        }
        int pos = parsePos(line, tabs[0] + 1, tabs[1], lineNo);
        String id = line.substring(tabs[1] + 1, tabs[2]);
        String ref = text(line, tabs[2] + 1, tabs[3]);
        String altField = text(line, tabs[3] + 1, tabs[4]);
        double qual = parseQual(line, tabs[4] + 1, tabs[5], lineNo);
        String filter = tabs[6] - tabs[5] == 5 && line.startsWith("PASS", tabs[5] + 1) ? "PASS"
                : line.substring(tabs[5] + 1, tabs[6]);
        int infoEnd = nTabs > 7 ? tabs[7] : len;
        checkRef(ref, lineNo);
        String[] alts = splitAlts(altField, lineNo);
        records++;

        // sample columns: count them fully now (cheap) so malformed lines are refused
        int formatStart = -1;
        int formatEnd = -1;
        if (sampleCount > 0) {
            // FORMAT and at least one sample: nine tabs (tabs[8] of a shorter line is the previous line's)
            if (nTabs < 9) {
                throw fail(lineNo, "wrong number of columns: " + (nTabs + 1) + " found, " + expectedColumns + " expected");
            }
            int total = 10 + countTabs(line, tabs[8] + 1);
            if (total != expectedColumns) {
                throw fail(lineNo, "wrong number of columns: " + total + " found, " + expectedColumns + " expected");
            }
            formatStart = tabs[7] + 1;
            formatEnd = tabs[8];
        } else if (nTabs > 7) {
            throw fail(lineNo, "wrong number of columns: " + (nTabs + 1) + "+ found, 8 expected (the header has no samples)");
        }

        // reference-only sites: gVCF blocks (<NON_REF> / <*> only) and monomorphic sites (ALT '.')
        int realAlts = 0;
        for (String a : alts) {
            if (!isReferencePlaceholder(a)) {
                realAlts++;
            }
        }
        if (realAlts == 0) {
            skippedReferenceBlocks++;
            FindingRow marker = new FindingRow();
            marker.contig = chrom;
            marker.pos = pos;
            marker.lineNo = lineNo;
            marker.offset = offset;
            marker.firstOfRecord = true;
            marker.altIndex = 0;
            out.add(marker);
            return 0;
        }

        // INFO
        scanInfo(line, tabs[6] + 1, infoEnd, lineNo);

        List<String[]>[] vepByAllele = null;
        if (vep != null && csqFrom >= 0) {
            lineBytes = LineBytes.of(line, csqFrom, csqTo, lineBytes, ascii);
            vepByAllele = Annotations.byAllele(line, csqFrom, csqTo, vep, ref, alts, vep.needed, vepScratch, lineBytes);
        }
        List<String[]>[] annByAllele = null;
        if (snpEff != null && annFrom >= 0) {
            lineBytes = LineBytes.of(line, annFrom, annTo, lineBytes, ascii);
            annByAllele = Annotations.byAllele(line, annFrom, annTo, snpEff, ref, alts, snpEff.needed, snpEffScratch,
                    lineBytes);
        }

        // genotypes
        Genotypes gts = null;
        if (sampleCount > 0) {
            FormatLayout layout = formatLayout(line, formatStart, formatEnd, lineNo);
            gts = genotypes;
            gts.read(line, formatStart, formatEnd, len, alts.length, layout.perGenotype, layout.keys, file, lineNo);
            if (gts.perGenotypeMismatch != null && perGenotypeMismatch.size() < 20) {
                perGenotypeMismatch.putIfAbsent(gts.perGenotypeMismatch, gts.perGenotypeExample);
            }
        }

        if (chrom != lastContig) { // a new contig, or the periodic copy above
            lastContig = chrom;
            ContigName c = contigNames.get(chrom);
            if (c == null) {
                c = contigName(chrom); // a contig the header does not declare
                contigNames.put(chrom, c);
            }
            lastNormalised = c.normalised();
            lastChromOrder = c.order();
        }
        String normalisedChrom = lastNormalised;
        int chromOrder = lastChromOrder;
        int infoEndPos = intOrMin(line, K_END);
        int infoDepth = intOrMin(line, K_DP);
        String clnsig = firstNonNull(line, 500);
        String clnrev = firstNonNull(line, 600);
        boolean pass = filter.equals("PASS") || filter.equals(".");
        if (!pass && undefinedFilter.size() < 100 && !filter.equals(lastCheckedFilter)) {
            // a FILTER value is checked against the header once per run of records that share it (LowQual, ...)
            lastCheckedFilter = filter;
            for (String f : filter.split(";", -1)) {
                if (!header.filters.contains(f) && !f.equals("PASS")) {
                    undefinedFilter.add(f);
                }
            }
        }

        int added = 0;
        for (int a = 0; a < alts.length; a++) {
            String alt = alts[a];
            if (isReferencePlaceholder(alt)) {
                continue;
            }
            FindingRow r = new FindingRow();
            r.lineNo = lineNo;
            r.ascii = ascii;
            r.contig = chrom;
            if (added == 0) {
                r.firstOfRecord = true;
                r.offset = offset;
                if (offset < 0) {
                    r.line = line;
                }
            }
            r.chrom = normalisedChrom;
            r.chromOrder = chromOrder;
            r.pos = pos;
            r.ref = ref;
            r.alt = alt;
            r.altIndex = a + 1;
            r.altCount = alts.length;
            r.variantId = id.equals(".") ? "" : id;
            r.qual = qual;
            r.filter = filter;
            r.pass = pass;
            VariantType type = VariantType.of(ref, alt);
            r.variantType = type.ordinal();
            if (type == VariantType.STRUCTURAL) {
                r.svType = slotFrom[K_SVTYPE] >= 0 ? slotText(line, K_SVTYPE) : symbolicType(alt);
                r.svLength = svLength(slotText(line, K_SVLEN), a);
            }
            r.end = infoEndPos != Integer.MIN_VALUE && infoEndPos >= pos ? infoEndPos : pos + ref.length() - 1;
            r.depth = infoDepth == Integer.MIN_VALUE ? -1 : infoDepth;
            annotate(r, vepByAllele, annByAllele, a);
            r.populationAf = maxOf(line, 100, a, alts.length, r.populationAf);
            r.cadd = pick(line, 200, a, alts.length, r.cadd);
            r.revel = pick(line, 300, a, alts.length, r.revel);
            r.spliceAi = spliceAi(line, a, alts.length, r.spliceAi);
            if (clnsig != null) {
                r.clinvarText = clnsig;
                r.clinvar = ClinicalSignificance.parse(clnsig).rank();
            }
            if (clnrev != null) {
                r.clinvarReviewStatus = clnrev;
            }
            genotypeText.setLength(0);
            if (gts != null) {
                gts.fill(r, a + 1, primarySample, genotypeText);
            }
            r.pack(packText, gts != null ? genotypeText : null);
            out.add(r);
            added++;
        }
        return added;
    }

    /** The FORMAT keys of a record and which of them the header declares Number=G. */
    private record FormatLayout(String[] keys, boolean[] perGenotype) {
    }

    private final Map<String, FormatLayout> formatLayouts = new HashMap<>();
    private final Map<String, Long> undefinedFormat = new LinkedHashMap<>();
    private final Map<String, String> perGenotypeMismatch = new LinkedHashMap<>();
    private final Set<String> undefinedFilter = new LinkedHashSet<>();
    private String lastCheckedFilter = "";
    private char iupacRef;

    /** The FORMAT text of the previous record and its layout: consecutive records nearly always share it. */
    private String lastFormat = "";
    private FormatLayout lastLayout;

    /**
     * The layout of the FORMAT column at {@code line[from, to)}, cached per distinct text (the previous record's is
     * compared in place, without a copy); undefined keys are noted for a warning.
     */
    private FormatLayout formatLayout(String line, int from, int to, long lineNo) {
        if (lastLayout != null && to - from == lastFormat.length() && line.regionMatches(from, lastFormat, 0, to - from)) {
            return lastLayout;
        }
        String format = line.substring(from, to);
        FormatLayout l = formatLayouts.get(format);
        if (l == null) {
            String[] keys = format.split(":", -1);
            boolean[] g = new boolean[keys.length];
            for (int i = 0; i < keys.length; i++) {
                VcfHeader.Definition d = header.format().get(keys[i]);
                if (d == null) {
                    if (undefinedFormat.size() < 100 && !keys[i].isEmpty()) {
                        undefinedFormat.putIfAbsent(keys[i], lineNo);
                    }
                } else {
                    g[i] = "G".equals(d.number());
                }
            }
            l = new FormatLayout(keys, g);
            if (formatLayouts.size() < 1000) {
                formatLayouts.put(format, l);
            }
        }
        lastFormat = format;
        lastLayout = l;
        return l;
    }

    /** Mask and most severe rank of {@code &}-joined consequence terms, cached per distinct text. */
    private long[] consequenceInfo(String terms) {
        long[] v = consequenceCache.getOrDefault(terms, NO_INFO); // never null: a null result is a path of its own
        return v == NO_INFO ? newConsequenceInfo(terms) : v;
    }

    private static final long[] NO_INFO = new long[0];

    private long[] newConsequenceInfo(String terms) {
        String t = terms.indexOf(',') >= 0 ? terms.replace(',', '&') : terms;
        long[] v = new long[] {Consequences.mask(t), Consequences.mostSevereRank(t)};
        if (consequenceCache.size() < 10_000) {
            consequenceCache.put(terms, v);
        }
        return v;
    }

    private void annotate(FindingRow r, List<String[]>[] vepByAllele, List<String[]>[] annByAllele, int a) {
        long mask = 0;
        int rank = Consequences.BY_SEVERITY.size();
        String[] genes = null;
        int geneCount = 0;
        String[] display = null;
        AnnotationLayout displayLayout = null;
        for (int pass = 0; pass < 2; pass++) {
            List<String[]>[] byAllele = pass == 0 ? vepByAllele : annByAllele;
            AnnotationLayout l = pass == 0 ? vep : snpEff;
            if (byAllele == null || byAllele[a].isEmpty()) {
                continue;
            }
            String[] mane = null;
            String[] canonical = null;
            int canonicalRank = Integer.MAX_VALUE;
            String[] severe = null;
            int severeRank = Integer.MAX_VALUE;
            for (String[] e : byAllele[a]) {
                long[] info = consequenceInfo(Annotations.get(e, l.consequence));
                mask |= info[0];
                int er = (int) info[1];
                rank = Math.min(rank, er);
                String g = Annotations.get(e, l.symbol);
                if (!g.isEmpty() && !g.equals("-")) {
                    boolean seen = false;
                    for (int k = 0; k < geneCount; k++) {
                        if (genes[k].equals(g)) {
                            seen = true;
                            break;
                        }
                    }
                    if (!seen) {
                        if (genes == null) {
                            genes = geneScratch; // reused: the finding gets a copy of its genes below
                        } else if (geneCount == genes.length) {
                            genes = java.util.Arrays.copyOf(genes, geneCount * 2);
                            geneScratch = genes;
                        }
                        genes[geneCount++] = g;
                    }
                }
                if (mane == null && l.mane >= 0 && !Annotations.get(e, l.mane).isEmpty()) {
                    mane = e;
                }
                if (l.canonical >= 0 && er < canonicalRank && "YES".equals(Annotations.get(e, l.canonical))) {
                    canonical = e;
                    canonicalRank = er;
                }
                if (er < severeRank) {
                    severe = e;
                    severeRank = er;
                }
            }
            if (display == null) {
                display = mane != null ? mane : canonical != null ? canonical : severe;
                displayLayout = l;
            }
        }
        r.consequenceMask = mask;
        r.consequenceRank = rank;
        r.genes = geneCount == 0 ? NO_GENES : java.util.Arrays.copyOf(genes, geneCount);
        if (display == null) {
            r.gene = geneCount == 0 ? "" : genes[0];
            return;
        }
        AnnotationLayout layout = displayLayout;
        String[] d = display;
        r.gene = Annotations.get(d, layout.symbol);
        if (r.gene.equals("-")) {
            r.gene = "";
        }
        r.transcript = Annotations.get(d, layout.feature);
        r.consequence = Annotations.consequence(d, layout);
        Impact impact = Impact.parse(Annotations.get(d, layout.impact));
        r.impact = impact == null ? 4 : impact.ordinal();
        r.hgvsC = Annotations.hgvs(Annotations.get(d, layout.hgvsc));
        r.hgvsP = Annotations.hgvs(Annotations.get(d, layout.hgvsp));
        List<String[]> entries = layout == vep ? vepByAllele[a] : annByAllele[a];
        // scores carried in the annotation (max over this allele's transcripts)
        for (String[] e : entries) {
            for (int f : layout.populationAf) {
                r.populationAf = max(r.populationAf, number(Annotations.get(e, f)));
            }
            if (layout.cadd >= 0) {
                r.cadd = max(r.cadd, number(Annotations.get(e, layout.cadd)));
            }
            if (layout.revel >= 0) {
                r.revel = max(r.revel, number(Annotations.get(e, layout.revel)));
            }
            for (int f : layout.spliceAi) {
                r.spliceAi = max(r.spliceAi, number(Annotations.get(e, f)));
            }
            if (layout.clinSig >= 0 && r.clinvarText == null) {
                String cs = Annotations.get(e, layout.clinSig);
                if (!cs.isEmpty()) {
                    r.clinvarText = cs;
                }
            }
        }
        if (r.clinvarText != null) {
            r.clinvar = ClinicalSignificance.parse(r.clinvarText).rank();
        }
    }

    private static final String[] NO_GENES = new String[0];
    /** The genes of the finding being annotated (grows as needed; copied into the finding). */
    private String[] geneScratch = new String[4];

    /** A number, or the largest of VEP's {@code &}-joined numbers; NaN when none. */
    private static double number(String s) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        if (s.indexOf('&') < 0) {
            return FastNumbers.parseDouble(s, 0, s.length());
        }
        double best = Double.NaN;
        int start = 0;
        while (start <= s.length()) {
            int amp = s.indexOf('&', start);
            int end = amp < 0 ? s.length() : amp;
            best = max(best, FastNumbers.parseDouble(s, start, end));
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return best;
    }

    private void scanInfo(String line, int from, int to, long lineNo) {
        csqFrom = -1;
        annFrom = -1;
        for (int k = 0; k < setCount; k++) {
            slotFrom[setSlots[k]] = -1;
        }
        setCount = 0;
        if (to - from == 1 && line.charAt(from) == '.') {
            return;
        }
        int start = from;
        while (start < to) {
            int semi = line.indexOf(';', start);
            int end = semi < 0 || semi > to ? to : semi;
            if (end > start) {
                int eq = end;
                for (int i = start; i < end; i++) {
                    if (line.charAt(i) == '=') {
                        eq = i;
                        break;
                    }
                }
                int slot = keys.find(line, start, eq);
                if (slot == K_CSQ) {
                    csqFrom = eq == end ? end : eq + 1;
                    csqTo = end;
                } else if (slot == K_ANN) {
                    annFrom = eq == end ? end : eq + 1;
                    annTo = end;
                } else if (slot >= 0) {
                    // a repeated key: its last value counts, as before
                    if (slotFrom[slot] < 0) {
                        setSlots[setCount++] = slot;
                    }
                    slotFrom[slot] = eq == end ? end : eq + 1;
                    slotTo[slot] = end;
                } else if (slot == KeyTable.UNKNOWN && undefinedInfo.size() < 100) {
                    undefinedInfo.putIfAbsent(line.substring(start, eq), lineNo);
                }
            }
            start = end + 1;
        }
    }

    /** The strings of one ASCII character, shared: the REF and ALT of most records are single bases. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ONE_CHAR[c] = String.valueOf(c).intern();
        }
    }

    /** {@code line.substring(from, to)}, without a copy for a single ASCII character. */
    static String text(String line, int from, int to) {
        if (to - from == 1) {
            char c = line.charAt(from);
            if (c < 128) {
                return ONE_CHAR[c];
            }
        }
        return line.substring(from, to);
    }

    /** Puts the positions of the first nine tabs of {@code line} in {@code tabs}; how many there are. */
    private static int findTabs(String line, int[] tabs) {
        int n = 0;
        for (int i = line.indexOf('\t'); i >= 0 && n < 9; i = line.indexOf('\t', i + 1)) {
            tabs[n++] = i;
        }
        return n;
    }

    /** The number of tabs in {@code line} from {@code from} on. */
    private static int countTabs(String line, int from) {
        int n = 0;
        for (int i = line.indexOf('\t', from); i >= 0; i = line.indexOf('\t', i + 1)) {
            n++;
        }
        return n;
    }

    /** The text of an INFO slot of the current record, or null when the record does not have the key. */
    private String slotText(String line, int slot) {
        return slotFrom[slot] < 0 ? null : line.substring(slotFrom[slot], slotTo[slot]);
    }

    /**
     * The value of the first key of {@code kind} (in the order of the key lists above) that the record has with a
     * value other than empty or '.', or null. Only the record's own keys are looked at, not every key of the lists.
     */
    private String firstNonNull(String line, int kind) {
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < setCount; k++) {
            int i = setSlots[k];
            if (slotKind[i] == kind && i < best) {
                int from = slotFrom[i];
                int to = slotTo[i];
                if (to > from && !(to - from == 1 && line.charAt(from) == '.')) {
                    best = i;
                }
            }
        }
        return best == Integer.MAX_VALUE ? null : line.substring(slotFrom[best], slotTo[best]);
    }

    private double maxOf(String line, int kind, int allele, int altCount, double current) {
        double best = current;
        for (int k = 0; k < setCount; k++) {
            int i = setSlots[k];
            if (slotKind[i] == kind) {
                best = max(best, perAllele(line, slotFrom[i], slotTo[i], allele, altCount));
            }
        }
        return best;
    }

    /**
     * {@code current} when it is a number, else the allele's value of the first key of {@code kind} (in the order of
     * the key lists above) that has one; only the record's own keys are looked at.
     */
    private double pick(String line, int kind, int allele, int altCount, double current) {
        if (!Double.isNaN(current)) {
            return current;
        }
        int best = Integer.MAX_VALUE;
        double value = current;
        for (int k = 0; k < setCount; k++) {
            int i = setSlots[k];
            if (slotKind[i] == kind && i < best) {
                double v = perAllele(line, slotFrom[i], slotTo[i], allele, altCount);
                if (!Double.isNaN(v)) {
                    best = i;
                    value = v;
                }
            }
        }
        return value;
    }

    private double spliceAi(String line, int allele, int altCount, double current) {
        for (int k = 0; k < setCount; k++) {
            int i = setSlots[k];
            if (slotKind[i] == 400) {
                if (line.lastIndexOf('|', slotTo[i] - 1) >= slotFrom[i]) {
                    // SpliceAI's own format: ALLELE|SYMBOL|DS_AG|DS_AL|DS_DG|DS_DL|DP_AG|DP_AL|DP_DG|DP_DL
                    for (String entry : slotText(line, i).split(",")) {
                        String[] f = entry.split("\\|", -1);
                        for (int j = 2; j <= 5 && j < f.length; j++) {
                            current = max(current, parseDoubleOrNaN(f[j]));
                        }
                    }
                } else {
                    current = max(current, perAllele(line, slotFrom[i], slotTo[i], allele, altCount));
                }
            }
        }
        return current;
    }

    /**
     * The value for one allele of the INFO value at {@code line[from, to)}, read in place: the allele's value of a
     * Number=A list, the single value of a Number=1 field, else the largest of the list; NaN for none.
     */
    static double perAllele(String line, int from, int to, int allele, int altCount) {
        if (to <= from || to - from == 1 && line.charAt(from) == '.') {
            return Double.NaN;
        }
        int comma = line.indexOf(',', from);
        if (comma < 0 || comma >= to) {
            return FastNumbers.parseDouble(line, from, to);
        }
        int parts = 1;
        for (int c = comma; c >= 0 && c < to; c = line.indexOf(',', c + 1)) {
            parts++;
        }
        double best = Double.NaN;
        int start = from;
        for (int p = 0; p < parts; p++) {
            int c = line.indexOf(',', start);
            int end = c < 0 || c >= to ? to : c;
            if (parts != altCount) {
                best = max(best, FastNumbers.parseDouble(line, start, end));
            } else if (p == allele) {
                return FastNumbers.parseDouble(line, start, end);
            }
            start = end + 1;
        }
        return best;
    }

    static double max(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.max(a, b);
    }

    static double parseDoubleOrNaN(String s) {
        if (s == null || s.isEmpty() || s.equals(".") || s.equals("-")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The integer of an INFO slot (its first value), or {@link Integer#MIN_VALUE} when absent or not a number. */
    private int intOrMin(String line, int slot) {
        int from = slotFrom[slot];
        if (from < 0) {
            return Integer.MIN_VALUE;
        }
        int to = slotTo[slot];
        int comma = line.indexOf(',', from);
        if (comma >= 0 && comma < to) {
            to = comma;
        }
        if (to <= from || line.charAt(from) == '.') {
            return Integer.MIN_VALUE;
        }
        try {
            return Integer.parseInt(line, from, to, 10);
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private static int svLength(String value, int allele) {
        if (value == null || value.isEmpty()) {
            return Integer.MIN_VALUE;
        }
        String[] parts = value.split(",", -1);
        String p = parts.length > allele ? parts[allele] : parts[0];
        try {
            return Integer.parseInt(p);
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private static String symbolicType(String alt) {
        if (alt.startsWith("<")) {
            String t = alt.substring(1, alt.length() - 1);
            int colon = t.indexOf(':');
            return colon > 0 ? t.substring(0, colon) : t;
        }
        return "BND";
    }

    static boolean isReferencePlaceholder(String alt) {
        return alt.equals("<NON_REF>") || alt.equals("<*>") || alt.equals(".");
    }

    private int parsePos(String line, int from, int to, long lineNo) throws InvalidInputException {
        if (to <= from) {
            throw fail(lineNo, "POS is empty");
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                throw fail(lineNo, "POS '" + line.substring(from, to) + "' is not a positive integer");
            }
            v = v * 10 + (c - '0');
            if (v > Integer.MAX_VALUE) {
                throw fail(lineNo, "POS " + line.substring(from, to) + " is out of range");
            }
        }
        return (int) v;
    }

    private double parseQual(String line, int from, int to, long lineNo) throws InvalidInputException {
        if (to - from == 1 && line.charAt(from) == '.') {
            return Double.NaN;
        }
        double d = FastNumbers.parseDouble(line, from, to);
        if (Double.isNaN(d) || d < 0 && d != -1) {
            throw fail(lineNo, "QUAL '" + line.substring(from, to) + "' is not a non-negative number or '.'");
        }
        return d;
    }

    private void checkRef(String ref, long lineNo) throws InvalidInputException {
        if (ref.isEmpty()) {
            throw fail(lineNo, "REF is empty");
        }
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (iupacRef == 0 && isIupac(c) && "ACGTNacgtn".indexOf(c) < 0) {
                iupacRef = c;
            }
            if (!isIupac(c)) {
                throw fail(lineNo, "REF '" + abbreviate(ref) + "' contains '" + ref.charAt(i)
                        + "', which is not a base (A, C, G, T, N or an IUPAC code)");
            }
        }
    }

    private final String[] oneAlt = new String[1];

    private String[] splitAlts(String field, long lineNo) throws InvalidInputException {
        if (field.isEmpty()) {
            throw fail(lineNo, "ALT is empty (use '.' for no alternate allele)");
        }
        String[] alts;
        if (field.indexOf(',') < 0) {
            alts = oneAlt; // reused: the array is read only while its record is parsed
            alts[0] = field;
        } else {
            alts = splitCommas(field);
        }
        for (String a : alts) {
            checkAlt(a, alts.length, lineNo);
        }
        return alts;
    }

    /** {@code s.split(",", -1)} without the list and regular-expression machinery (multi-allelic ALT columns). */
    static String[] splitCommas(String s) {
        int n = 1;
        for (int i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) {
            n++;
        }
        String[] out = new String[n];
        int start = 0;
        for (int k = 0; k < n - 1; k++) {
            int comma = s.indexOf(',', start);
            out[k] = text(s, start, comma);
            start = comma + 1;
        }
        out[n - 1] = text(s, start, s.length());
        return out;
    }

    private void checkAlt(String a, int count, long lineNo) throws InvalidInputException {
        if (a.isEmpty()) {
            throw fail(lineNo, "ALT has an empty allele");
        }
        if (a.equals(".")) {
            if (count > 1) {
                throw fail(lineNo, "ALT '.' may not be combined with other alleles");
            }
            return;
        }
        if (a.equals("*")) {
            return;
        }
        if (a.charAt(0) == '<') {
            if (a.length() < 3 || a.charAt(a.length() - 1) != '>') {
                throw fail(lineNo, "ALT '" + abbreviate(a) + "' is not a valid symbolic allele <ID>");
            }
            return;
        }
        if (a.indexOf('[') >= 0 || a.indexOf(']') >= 0) {
            return; // breakend: t[p[, t]p], ]p]t, [p[t
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (!(c == 'A' || c == 'C' || c == 'G' || c == 'T' || c == 'N' || c == 'a' || c == 'c' || c == 'g'
                    || c == 't' || c == 'n')) {
                if (c == '.' && (i == 0 || i == a.length() - 1) && a.length() > 1) {
                    continue; // single breakend: .A or A.
                }
                throw fail(lineNo, "ALT allele '" + abbreviate(a) + "' contains '" + c
                        + "', which is not a base (A, C, G, T or N)");
            }
        }
    }

    private static final boolean[] IUPAC = new boolean[128];

    static {
        for (char c : "ACGTNRYKMSWBDHVacgtnrykmswbdhv".toCharArray()) {
            IUPAC[c] = true;
        }
    }

    private static boolean isIupac(char c) {
        return c < 128 && IUPAC[c];
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private InvalidInputException fail(long lineNo, String problem) {
        return new InvalidInputException(file, lineNo, problem, null);
    }

    /** Contig order of this file (header order), for callers that display contigs. */
    public Map<String, Integer> contigOrder() {
        return contigOrder;
    }

    /** Samples of the file. */
    public int sampleCount() {
        return sampleCount;
    }

    /** Zygosity code of sample {@code s} packed in a row's zygosity column. */
    public static Zygosity zygosity(long packed, int s) {
        return Zygosity.ofCode((int) ((packed >>> (3 * s)) & 7));
    }
}
