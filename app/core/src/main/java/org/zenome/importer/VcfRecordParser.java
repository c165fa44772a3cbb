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
    private final Map<String, Integer> keySlot = new HashMap<>();
    private final int[] slotKind;
    private final Map<String, Integer> contigOrder = new HashMap<>();
    private final Map<String, String> contigNames = new HashMap<>();
    private final Set<String> finishedContigs = new HashSet<>();
    private final Map<String, Long> undefinedInfo = new LinkedHashMap<>();
    private final Set<String> undefinedContigs = new LinkedHashSet<>();
    private String currentContig;
    private int lastPos;
    private long seq;
    private long skippedReferenceBlocks;

    // per-record scratch
    private final String[] slotValue;

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
        for (int i = 0; i < keys.size(); i++) {
            keySlot.put(keys.get(i), i);
        }
        slotKind = kinds.stream().mapToInt(Integer::intValue).toArray();
        slotValue = new String[keys.size()];
        int order = 0;
        for (VcfHeader.Contig c : header.contigs()) {
            contigOrder.put(c.id(), order++);
        }
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
        return seq;
    }

    /** Warnings collected so far (undefined INFO keys, contigs missing from the header). */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        for (Map.Entry<String, Long> e : undefinedInfo.entrySet()) {
            w.add(file + ":" + e.getValue() + ": INFO key '" + e.getKey() + "' is not defined in the header (kept as text)");
        }
        for (String c : undefinedContigs) {
            w.add(file + ": contig '" + c + "' is not defined in the header");
        }
        return w;
    }

    /**
     * Parses one data line into zero or more findings appended to {@code out}.
     *
     * @return the number of findings added
     */
    public int parse(String line, long lineNo, List<FindingRow> out) throws InvalidInputException {
        int[] tabs = new int[9];
        int nTabs = 0;
        int len = line.length();
        for (int i = 0; i < len && nTabs < 9; i++) {
            if (line.charAt(i) == '\t') {
                tabs[nTabs++] = i;
            }
        }
        int expectedColumns = sampleCount == 0 ? 8 : 9 + sampleCount;
        if (nTabs < 7) {
            if (line.isBlank()) {
                throw fail(lineNo, "empty line in the data section");
            }
            throw fail(lineNo, "wrong number of columns: " + (nTabs + 1) + " found, " + expectedColumns
                    + " expected (columns must be separated by tabs)");
        }
        String chrom = line.substring(0, tabs[0]);
        if (chrom.isEmpty()) {
            throw fail(lineNo, "CHROM is empty");
        }
        int pos = parsePos(line, tabs[0] + 1, tabs[1], lineNo);
        String id = line.substring(tabs[1] + 1, tabs[2]);
        String ref = line.substring(tabs[2] + 1, tabs[3]);
        String altField = line.substring(tabs[3] + 1, tabs[4]);
        double qual = parseQual(line, tabs[4] + 1, tabs[5], lineNo);
        String filter = line.substring(tabs[5] + 1, tabs[6]);
        int infoEnd = nTabs > 7 ? tabs[7] : len;
        checkOrder(chrom, pos, lineNo);
        checkRef(ref, lineNo);
        String[] alts = splitAlts(altField, lineNo);
        long thisSeq = seq++;

        // sample columns: count them fully now (cheap) so malformed lines are refused
        int formatStart = -1;
        int formatEnd = -1;
        if (sampleCount > 0) {
            if (nTabs < 8) {
                throw fail(lineNo, "wrong number of columns: " + (nTabs + 1) + " found, " + expectedColumns + " expected");
            }
            int extra = 0;
            for (int i = tabs[8] + 1; i < len; i++) {
                if (line.charAt(i) == '\t') {
                    extra++;
                }
            }
            int total = 10 + extra;
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
            return 0;
        }

        // INFO
        java.util.Arrays.fill(slotValue, null);
        scanInfo(line, tabs[6] + 1, infoEnd, lineNo);

        List<String[]>[] vepByAllele = vep != null && slotValue[K_CSQ] != null
                ? Annotations.byAllele(slotValue[K_CSQ], vep, ref, alts) : null;
        List<String[]>[] annByAllele = snpEff != null && slotValue[K_ANN] != null
                ? Annotations.byAllele(slotValue[K_ANN], snpEff, ref, alts) : null;

        // genotypes
        Genotypes gts = sampleCount > 0 ? Genotypes.parse(line, formatStart, formatEnd, len, sampleCount, alts.length,
                file, lineNo) : null;

        String normalisedChrom = contigNames.computeIfAbsent(chrom, Contigs::normalise);
        int chromOrder = Contigs.order(normalisedChrom, contigOrder.getOrDefault(chrom, contigOrder.size()));
        int infoEndPos = intOrMin(slotValue[K_END]);
        String svTypeInfo = slotValue[K_SVTYPE];
        int infoDepth = intOrMin(slotValue[K_DP]);
        String clnsig = firstNonNull(500);
        String clnrev = firstNonNull(600);
        boolean pass = filter.equals("PASS") || filter.equals(".");

        int added = 0;
        for (int a = 0; a < alts.length; a++) {
            String alt = alts[a];
            if (isReferencePlaceholder(alt)) {
                continue;
            }
            FindingRow r = new FindingRow();
            r.recordSeq = thisSeq;
            r.lineNo = lineNo;
            if (added == 0) {
                r.line = line;
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
                r.svType = svTypeInfo != null ? svTypeInfo : symbolicType(alt);
                r.svLength = svLength(slotValue[K_SVLEN], a);
            }
            r.end = infoEndPos != Integer.MIN_VALUE && infoEndPos >= pos ? infoEndPos : pos + ref.length() - 1;
            r.depth = infoDepth == Integer.MIN_VALUE ? -1 : infoDepth;
            annotate(r, vepByAllele, annByAllele, a);
            r.populationAf = maxOf(100, a, alts.length, r.populationAf);
            r.cadd = pick(200, a, alts.length, r.cadd);
            r.revel = pick(300, a, alts.length, r.revel);
            r.spliceAi = spliceAi(a, alts.length, r.spliceAi);
            if (clnsig != null) {
                r.clinvarText = clnsig;
                r.clinvar = ClinicalSignificance.parse(clnsig).rank();
            }
            if (clnrev != null) {
                r.clinvarReviewStatus = clnrev;
            }
            if (gts != null) {
                gts.fill(r, a + 1, primarySample);
            }
            out.add(r);
            added++;
        }
        return added;
    }

    private void annotate(FindingRow r, List<String[]>[] vepByAllele, List<String[]>[] annByAllele, int a) {
        List<String[]> entries = null;
        AnnotationLayout layout = null;
        if (vepByAllele != null && !vepByAllele[a].isEmpty()) {
            entries = vepByAllele[a];
            layout = vep;
        } else if (annByAllele != null && !annByAllele[a].isEmpty()) {
            entries = annByAllele[a];
            layout = snpEff;
        }
        Set<String> genes = new LinkedHashSet<>();
        long mask = 0;
        int rank = Consequences.BY_SEVERITY.size();
        if (vepByAllele != null) {
            for (String[] e : vepByAllele[a]) {
                String c = Annotations.consequence(e, vep);
                mask |= Consequences.mask(c);
                rank = Math.min(rank, Consequences.mostSevereRank(c));
            }
            genes.addAll(Annotations.genes(vepByAllele[a], vep));
        }
        if (annByAllele != null) {
            for (String[] e : annByAllele[a]) {
                String c = Annotations.consequence(e, snpEff);
                mask |= Consequences.mask(c);
                rank = Math.min(rank, Consequences.mostSevereRank(c));
            }
            genes.addAll(Annotations.genes(annByAllele[a], snpEff));
        }
        r.consequenceMask = mask;
        r.consequenceRank = rank;
        r.genes = genes.toArray(new String[0]);
        if (entries == null) {
            r.gene = genes.isEmpty() ? "" : genes.iterator().next();
            return;
        }
        String[] d = Annotations.display(entries, layout);
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
        // scores carried in the annotation (max over this allele's transcripts)
        for (String[] e : entries) {
            for (int f : layout.populationAf) {
                r.populationAf = max(r.populationAf, parseDoubleOrNaN(firstOf(Annotations.get(e, f))));
            }
            r.cadd = max(r.cadd, parseDoubleOrNaN(firstOf(Annotations.get(e, layout.cadd))));
            r.revel = max(r.revel, parseDoubleOrNaN(firstOf(Annotations.get(e, layout.revel))));
            for (int f : layout.spliceAi) {
                r.spliceAi = max(r.spliceAi, parseDoubleOrNaN(firstOf(Annotations.get(e, f))));
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

    /** VEP joins several values of one field with {@code &}; take the largest number. */
    private static String firstOf(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        double best = Double.NaN;
        for (String p : s.split("&")) {
            best = max(best, parseDoubleOrNaN(p));
        }
        return Double.isNaN(best) ? "" : Double.toString(best);
    }

    private void scanInfo(String line, int from, int to, long lineNo) {
        if (to - from == 1 && line.charAt(from) == '.') {
            return;
        }
        int start = from;
        while (start < to) {
            int semi = line.indexOf(';', start);
            int end = semi < 0 || semi > to ? to : semi;
            if (end > start) {
                int eq = -1;
                for (int i = start; i < end; i++) {
                    if (line.charAt(i) == '=') {
                        eq = i;
                        break;
                    }
                }
                String key = eq < 0 ? line.substring(start, end) : line.substring(start, eq);
                Integer slot = keySlot.get(key);
                if (slot != null) {
                    slotValue[slot] = eq < 0 ? "" : line.substring(eq + 1, end);
                } else if (!header.info.containsKey(key) && undefinedInfo.size() < 100) {
                    undefinedInfo.putIfAbsent(key, lineNo);
                }
            }
            start = end + 1;
        }
    }

    private String firstNonNull(int kind) {
        for (int i = FIXED_KEYS; i < slotKind.length; i++) {
            if (slotKind[i] == kind && slotValue[i] != null && !slotValue[i].isEmpty() && !slotValue[i].equals(".")) {
                return slotValue[i];
            }
        }
        return null;
    }

    private double maxOf(int kind, int allele, int altCount, double current) {
        double best = current;
        for (int i = FIXED_KEYS; i < slotKind.length; i++) {
            if (slotKind[i] == kind && slotValue[i] != null) {
                best = max(best, perAllele(slotValue[i], allele, altCount));
            }
        }
        return best;
    }

    private double pick(int kind, int allele, int altCount, double current) {
        if (!Double.isNaN(current)) {
            return current;
        }
        for (int i = FIXED_KEYS; i < slotKind.length; i++) {
            if (slotKind[i] == kind && slotValue[i] != null) {
                double v = perAllele(slotValue[i], allele, altCount);
                if (!Double.isNaN(v)) {
                    return v;
                }
            }
        }
        return current;
    }

    private double spliceAi(int allele, int altCount, double current) {
        for (int i = FIXED_KEYS; i < slotKind.length; i++) {
            if (slotKind[i] == 400 && slotValue[i] != null) {
                String v = slotValue[i];
                if (v.indexOf('|') >= 0) {
                    // SpliceAI's own format: ALLELE|SYMBOL|DS_AG|DS_AL|DS_DG|DS_DL|DP_AG|DP_AL|DP_DG|DP_DL
                    for (String entry : v.split(",")) {
                        String[] f = entry.split("\\|", -1);
                        for (int k = 2; k <= 5 && k < f.length; k++) {
                            current = max(current, parseDoubleOrNaN(f[k]));
                        }
                    }
                } else {
                    current = max(current, perAllele(v, allele, altCount));
                }
            }
        }
        return current;
    }

    /** Value for one allele of a Number=A field, or the single value of a Number=1 field. */
    static double perAllele(String value, int allele, int altCount) {
        if (value.isEmpty() || value.equals(".")) {
            return Double.NaN;
        }
        if (value.indexOf(',') < 0) {
            return parseDoubleOrNaN(value);
        }
        String[] parts = value.split(",", -1);
        if (parts.length == altCount) {
            return parseDoubleOrNaN(parts[allele]);
        }
        double best = Double.NaN;
        for (String p : parts) {
            best = max(best, parseDoubleOrNaN(p));
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

    private static int intOrMin(String s) {
        if (s == null || s.isEmpty() || s.equals(".")) {
            return Integer.MIN_VALUE;
        }
        int comma = s.indexOf(',');
        try {
            return Integer.parseInt(comma < 0 ? s : s.substring(0, comma));
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
        String q = line.substring(from, to);
        try {
            double d = Double.parseDouble(q);
            if (Double.isNaN(d) || d < 0 && d != -1) {
                throw fail(lineNo, "QUAL '" + q + "' is not a non-negative number or '.'");
            }
            return d;
        } catch (NumberFormatException e) {
            throw fail(lineNo, "QUAL '" + q + "' is not a number or '.'");
        }
    }

    private void checkOrder(String chrom, int pos, long lineNo) throws InvalidInputException {
        if (!chrom.equals(currentContig)) {
            if (finishedContigs.contains(chrom)) {
                throw fail(lineNo, "records are not sorted: contig '" + chrom + "' appears again after '"
                        + currentContig + "' (sort the file, e.g. bcftools sort)");
            }
            if (currentContig != null) {
                finishedContigs.add(currentContig);
            }
            if (!contigOrder.containsKey(chrom) && !header.contigs().isEmpty()) {
                undefinedContigs.add(chrom);
            }
            currentContig = chrom;
            lastPos = pos;
            return;
        }
        if (pos < lastPos) {
            throw fail(lineNo, "records are not sorted: POS " + pos + " after " + lastPos + " on contig '" + chrom
                    + "' (sort the file, e.g. bcftools sort)");
        }
        lastPos = pos;
    }

    private void checkRef(String ref, long lineNo) throws InvalidInputException {
        if (ref.isEmpty()) {
            throw fail(lineNo, "REF is empty");
        }
        for (int i = 0; i < ref.length(); i++) {
            if (!isIupac(ref.charAt(i))) {
                throw fail(lineNo, "REF '" + abbreviate(ref) + "' contains '" + ref.charAt(i)
                        + "', which is not a base (A, C, G, T, N or an IUPAC code)");
            }
        }
    }

    private String[] splitAlts(String field, long lineNo) throws InvalidInputException {
        if (field.isEmpty()) {
            throw fail(lineNo, "ALT is empty (use '.' for no alternate allele)");
        }
        String[] alts = field.indexOf(',') < 0 ? new String[] {field} : field.split(",", -1);
        for (String a : alts) {
            checkAlt(a, alts.length, lineNo);
        }
        return alts;
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

    private static boolean isIupac(char c) {
        switch (Character.toUpperCase(c)) {
            case 'A': case 'C': case 'G': case 'T': case 'N':
            case 'R': case 'Y': case 'K': case 'M': case 'S': case 'W': case 'B': case 'D': case 'H': case 'V':
                return true;
            default:
                return false;
        }
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
