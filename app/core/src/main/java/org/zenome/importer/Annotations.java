package org.zenome.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zenome.domain.Impact;
import org.zenome.domain.TranscriptAnnotation;

/**
 * Splits a CSQ or ANN value into its entries and assigns each to the ALT allele it describes, the way VEP
 * and SnpEff write them: VEP trims the first base when REF and every ALT share it ({@code -} for nothing
 * left), or gives {@code ALLELE_NUM}; SnpEff writes the ALT itself (somatic {@code ALT-REF} too).
 */
public final class Annotations {
    private Annotations() {
    }

    /** Entries per ALT (index 0 = first ALT), each entry as its field array. */
    @SuppressWarnings("unchecked")
    public static List<String[]>[] byAllele(String value, AnnotationLayout layout, String ref, String[] alts) {
        return byAllele(value, layout, ref, alts, null);
    }

    /**
     * As {@link #byAllele(String, AnnotationLayout, String, String[])}, materialising only the fields marked in
     * {@code only} (others are empty strings); null means every field.
     */
    @SuppressWarnings("unchecked")
    static List<String[]>[] byAllele(String value, AnnotationLayout layout, String ref, String[] alts, boolean[] only) {
        return byAllele(value, 0, value == null ? 0 : value.length(), layout, ref, alts, only);
    }

    /** As above, for the value at {@code line[from, to)} (no copy of the whole annotation text). */
    static List<String[]>[] byAllele(String value, int from, int to, AnnotationLayout layout, String ref, String[] alts,
                                     boolean[] only) {
        return byAllele(value, from, to, layout, ref, alts, only, null);
    }

    /**
     * As above, with the entries' arrays, the lists and repeated field values taken from {@code scratch} (null for
     * fresh ones): the result is valid until the next call with the same scratch.
     */
    static List<String[]>[] byAllele(String value, int from, int to, AnnotationLayout layout, String ref, String[] alts,
                                     boolean[] only, FieldScratch scratch) {
        return byAllele(value, from, to, layout, ref, alts, only, scratch,
                value == null ? null : LineBytes.of(value, from, to, null, false));
    }

    /** As above, with {@code bytes} the ASCII view of {@code value} ({@link LineBytes}) covering {@code [from, to)}. */
    @SuppressWarnings("unchecked")
    static List<String[]>[] byAllele(String value, int from, int to, AnnotationLayout layout, String ref, String[] alts,
                                     boolean[] only, FieldScratch scratch, byte[] bytes) {
        List<String[]>[] out;
        if (scratch != null) {
            scratch.reset();
            out = scratch.lists(alts.length);
        } else {
            out = new List[alts.length];
            for (int i = 0; i < alts.length; i++) {
                out[i] = new ArrayList<>(4);
            }
        }
        if (value == null || to <= from || (to - from == 1 && value.charAt(from) == '.')) {
            return out;
        }
        String[] vepAlleles = layout.source.equals(AnnotationLayout.VEP) ? vepAlleles(ref, alts) : null;
        int start = from;
        int n = to;
        while (start < n) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 || comma > n ? n : comma;
            if (end > start) {
                String[] fields = splitPipes(value, start, end, layout.names.size(), only, scratch, bytes);
                int a = alleleIndex(fields, layout, alts, vepAlleles);
                if (a >= 0) {
                    out[a].add(fields);
                } else if (alts.length == 1) {
                    out[0].add(fields);
                }
            }
            start = end + 1;
        }
        return out;
    }

    private static int alleleIndex(String[] f, AnnotationLayout l, String[] alts, String[] vepAlleles) {
        if (l.alleleNum >= 0) {
            String num = get(f, l.alleleNum);
            if (!num.isEmpty()) {
                try {
                    int k = Integer.parseInt(num);
                    if (k >= 1 && k <= alts.length) {
                        return k - 1;
                    }
                } catch (NumberFormatException e) {
                    // fall through to allele matching
                }
            }
        }
        String allele = get(f, l.allele);
        if (vepAlleles != null) {
            for (int i = 0; i < vepAlleles.length; i++) {
                if (allele.equals(vepAlleles[i])) {
                    return i;
                }
            }
        }
        for (int i = 0; i < alts.length; i++) {
            if (allele.equals(alts[i])) {
                return i;
            }
        }
        int dash = allele.indexOf('-');
        if (dash > 0) {
            String head = allele.substring(0, dash);
            for (int i = 0; i < alts.length; i++) {
                if (head.equals(alts[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The allele strings VEP writes for each ALT: {@code alts} itself when they are the same (read it only). */
    static String[] vepAlleles(String ref, String[] alts) {
        boolean trim = ref.length() > 0;
        boolean anyLonger = ref.length() > 1;
        boolean symbolic = false;
        for (String a : alts) {
            if (a.isEmpty() || a.charAt(0) == '<' || a.indexOf('[') >= 0 || a.indexOf(']') >= 0
                    || a.charAt(0) != ref.charAt(0)) {
                trim = false;
            }
            if (a.length() > 1) {
                anyLonger = true;
                symbolic |= a.charAt(0) == '<';
            }
        }
        trim = trim && anyLonger;
        if (!trim && !symbolic) {
            return alts; // VEP writes the ALTs as they are (the usual SNV): no copy
        }
        String[] out = new String[alts.length];
        for (int i = 0; i < alts.length; i++) {
            String a = alts[i];
            if (a.startsWith("<") && a.endsWith(">")) {
                out[i] = svTerm(a);
            } else if (trim) {
                out[i] = a.length() > 1 ? a.substring(1) : "-";
            } else {
                out[i] = a;
            }
        }
        return out;
    }

    private static String svTerm(String symbolic) {
        String t = symbolic.substring(1, symbolic.length() - 1);
        int colon = t.indexOf(':');
        String base = colon > 0 ? t.substring(0, colon) : t;
        switch (base) {
            case "DEL":
                return "deletion";
            case "DUP":
                return "duplication";
            case "INS":
                return "insertion";
            case "INV":
                return "inversion";
            case "CNV":
                return "copy_number_variation";
            default:
                return t;
        }
    }

    static String[] splitPipes(String s, int from, int to, int expected, boolean[] only) {
        return splitPipes(s, from, to, expected, only, null);
    }

    static String[] splitPipes(String s, int from, int to, int expected, boolean[] only, FieldScratch scratch) {
        return splitPipes(s, from, to, expected, only, scratch, LineBytes.of(s, from, to, null, false));
    }

    /**
     * Splits {@code s[from, to)} at its {@code |}s, found in {@code bytes}, the ASCII view of {@code s} at the same
     * indexes ({@link LineBytes}): eight bytes at a time instead of a search call per field.
     */
    static String[] splitPipes(String s, int from, int to, int expected, boolean[] only, FieldScratch scratch,
                               byte[] bytes) {
        String[] out = scratch == null ? new String[Math.max(expected, 1)] : scratch.array(Math.max(expected, 1));
        int[] bars = scratch == null ? new int[to - from] : scratch.positions(to - from);
        int n = LineBytes.positions(bytes, from, to, (byte) '|', bars);
        if (n >= out.length) {
            out = java.util.Arrays.copyOf(out, n + 1);
        }
        int start = from;
        for (int k = 0; k <= n; k++) {
            int i = k < n ? bars[k] : to;
            out[k] = only != null && (k >= only.length || !only[k]) || start == i ? ""
                    : scratch != null && k < scratch.interned.length && scratch.interned[k] ? scratch.text(s, start, i)
                    : s.substring(start, i);
            start = i + 1;
        }
        for (int i = n + 1; i < out.length; i++) {
            out[i] = "";
        }
        return out;
    }

    static String get(String[] f, int i) {
        return i >= 0 && i < f.length && f[i] != null ? f[i] : "";
    }

    /** The entry to show for an allele: MANE Select, else canonical, else the most severe consequence. */
    public static String[] display(List<String[]> entries, AnnotationLayout l) {
        if (entries.isEmpty()) {
            return null;
        }
        if (l.mane >= 0) {
            for (String[] e : entries) {
                if (!get(e, l.mane).isEmpty()) {
                    return e;
                }
            }
        }
        if (l.canonical >= 0) {
            String[] best = null;
            int bestRank = Integer.MAX_VALUE;
            for (String[] e : entries) {
                if ("YES".equalsIgnoreCase(get(e, l.canonical))) {
                    int r = Consequences.mostSevereRank(get(e, l.consequence));
                    if (r < bestRank) {
                        best = e;
                        bestRank = r;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        String[] best = entries.get(0);
        int bestRank = Consequences.mostSevereRank(get(best, l.consequence));
        for (String[] e : entries) {
            int r = Consequences.mostSevereRank(get(e, l.consequence));
            if (r < bestRank) {
                best = e;
                bestRank = r;
            }
        }
        return best;
    }

    /** Removes the {@code ENST...:} prefix and decodes VEP's {@code %3D}. */
    public static String hgvs(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        int colon = raw.indexOf(':');
        String s = colon >= 0 ? raw.substring(colon + 1) : raw;
        return s.indexOf('%') >= 0 ? s.replace("%3D", "=").replace("%3d", "=") : s;
    }

    /** Consequence terms normalised to VEP's {@code &} separator (SnpEff may use {@code &} too). */
    public static String consequence(String[] e, AnnotationLayout l) {
        return get(e, l.consequence).replace(',', '&');
    }

    /** Every distinct gene symbol of the entries. */
    public static Set<String> genes(List<String[]> entries, AnnotationLayout l) {
        Set<String> genes = new LinkedHashSet<>();
        for (String[] e : entries) {
            String g = get(e, l.symbol);
            if (!g.isEmpty() && !g.equals("-")) {
                genes.add(g);
            }
        }
        return genes;
    }

    /** Converts entries to domain transcript annotations for the detail pane. */
    public static List<TranscriptAnnotation> toDomain(List<String[]> entries, AnnotationLayout l) {
        List<TranscriptAnnotation> out = new ArrayList<>(entries.size());
        for (String[] e : entries) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < l.names.size(); i++) {
                fields.put(l.names.get(i), get(e, i));
            }
            String exon = get(e, l.exon);
            String intron = get(e, l.intron);
            if (l.source.equals(AnnotationLayout.SNPEFF)) {
                // SnpEff's Rank is the exon or intron number depending on the annotation
                if (consequence(e, l).contains("intron")) {
                    intron = exon;
                    exon = "";
                }
            }
            out.add(new TranscriptAnnotation(l.source, get(e, l.symbol), get(e, l.gene), get(e, l.feature),
                    get(e, l.biotype), consequence(e, l), Impact.parse(get(e, l.impact)), hgvs(get(e, l.hgvsc)),
                    hgvs(get(e, l.hgvsp)), exon, intron, "YES".equalsIgnoreCase(get(e, l.canonical)),
                    get(e, l.mane), fields));
        }
        return out;
    }
}
