package org.zenome.demo;

/**
 * The effect of an edit of the coding sequence on the protein, computed from the synthetic reference: HGVS p.,
 * VEP-style codons and amino acids. Translation reads downstream only as far as the reference has sequence.
 */
final class CodingChange {
    /** How far downstream (in codons) a frameshift is translated looking for the new stop. */
    private static final int LOOKAHEAD_CODONS = 200;

    /**
     * @param consequence SO term(s) for the coding change
     * @param hgvsP       HGVS p. (three-letter, "Ter", "=" for synonymous) without the protein ID
     * @param proteinPos  VEP Protein_position ("946" or "507-508")
     * @param aminoAcids  VEP Amino_acids ("R/C", "S", "IF/I", "L/X")
     * @param codons      VEP Codons ("Cgt/Tgt")
     */
    record Result(String consequence, String hgvsP, String proteinPos, String aminoAcids, String codons) {
    }

    private CodingChange() {
    }

    /** Coding-strand base at transcript position t ('N' when the reference has none). */
    static char codingBase(TranscriptModel m, SyntheticReference ref, int t) {
        char b = ref.base(m.gene().chrom(), m.genomic(t));
        return m.plusStrand() ? b : Dna.complement(b);
    }

    /**
     * Describes replacing coding positions [cs, ce] (1-based c. numbers; ce = cs - 1 for an insertion after
     * c.(cs-1)) by {@code inserted} (coding strand).
     */
    static Result describe(TranscriptModel m, SyntheticReference ref, int cs, int ce, String inserted) {
        int cdsLen = m.cdsLength();
        int u5 = m.utr5();
        int anchor = ce >= cs ? cs : Math.max(1, cs - 1);
        int codonStart = (anchor - 1) / 3 * 3 + 1;
        int lastAffected = Math.max(ce, cs);
        int codonEnd = Math.min(cdsLen, ((lastAffected - 1) / 3 + 1) * 3);
        int limit = Math.min(cdsLen, codonEnd + 3 * LOOKAHEAD_CODONS);
        StringBuilder refSeq = new StringBuilder();
        for (int c = codonStart; c <= limit; c++) {
            char b = codingBase(m, ref, u5 + c);
            if (b == 'N') {
                break;
            }
            refSeq.append(b);
        }
        int known = refSeq.length();
        int deleted = ce - cs + 1;
        int relStart = cs - codonStart;
        if (relStart + deleted > known) {
            throw new IllegalStateException(m.gene().symbol() + ": coding change outside the known sequence");
        }
        String altSeq = refSeq.substring(0, relStart) + inserted + refSeq.substring(relStart + deleted);
        int firstCodon = (codonStart - 1) / 3 + 1;
        String refAa = translate(refSeq);
        String altAa = translate(altSeq);

        // codons and amino acids as VEP prints them: the affected codons, changed bases upper case
        int spanRef = codonEnd - codonStart + 1;
        if (deleted == 0 && cs > 1 && (cs - 1) % 3 == 0) {
            spanRef = Math.min(3, known);
        }
        spanRef = Math.min(spanRef, known);
        StringBuilder refCodons = new StringBuilder();
        for (int i = 0; i < spanRef; i++) {
            char b = refSeq.charAt(i);
            refCodons.append(i >= relStart && i < relStart + deleted ? b : Character.toLowerCase(b));
        }
        StringBuilder altCodons = new StringBuilder();
        for (int i = 0; i < relStart; i++) {
            altCodons.append(Character.toLowerCase(refSeq.charAt(i)));
        }
        altCodons.append(inserted.toUpperCase());
        for (int i = relStart + deleted; i < spanRef; i++) {
            altCodons.append(Character.toLowerCase(refSeq.charAt(i)));
        }
        int netChange = inserted.length() - deleted;
        boolean frameshift = netChange % 3 != 0;
        String refSpanAa = refAa.substring(0, Math.min(refAa.length(), spanRef / 3));
        int lastProt = firstCodon + spanRef / 3 - 1;
        String proteinPos = lastProt > firstCodon ? firstCodon + "-" + lastProt : Integer.toString(firstCodon);

        if (frameshift) {
            int i0 = firstDifference(refAa, altAa);
            int pos = firstCodon + i0;
            char r = refAa.charAt(i0);
            char a = altAa.charAt(i0);
            String p;
            if (a == '*') {
                p = "p." + Dna.threeLetter(r) + pos + "Ter";
            } else {
                int stop = altAa.indexOf('*', i0);
                p = "p." + Dna.threeLetter(r) + pos + Dna.threeLetter(a) + "fsTer"
                        + (stop < 0 ? "?" : Integer.toString(stop - i0 + 1));
            }
            return new Result("frameshift_variant", p, proteinPos, refSpanAa + "/X",
                    refCodons + "/" + altCodons);
        }
        if (deleted == 1 && inserted.length() == 1) {
            char r = refAa.charAt(0);
            char a = altAa.charAt(0);
            String p;
            String so;
            if (r == a) {
                p = "p." + Dna.threeLetter(r) + firstCodon + "=";
                so = r == '*' ? "stop_retained_variant" : "synonymous_variant";
            } else if (firstCodon == 1 && r == 'M') {
                p = "p.Met1?";
                so = "start_lost";
            } else if (r == '*') {
                p = "p.Ter" + firstCodon + Dna.threeLetter(a) + "extTer?";
                so = "stop_lost";
            } else if (a == '*') {
                p = "p." + Dna.threeLetter(r) + firstCodon + "Ter";
                so = "stop_gained";
            } else {
                p = "p." + Dna.threeLetter(r) + firstCodon + Dna.threeLetter(a);
                so = "missense_variant";
            }
            String aa = r == a ? String.valueOf(r) : r + "/" + a;
            return new Result(so, p, Integer.toString(firstCodon), aa, refCodons + "/" + altCodons);
        }
        // in-frame: compare the translations
        String altSpanAa = translate(altCodons.toString());
        String aminoAcids = (refSpanAa.isEmpty() ? "-" : refSpanAa) + "/" + (altSpanAa.isEmpty() ? "-" : altSpanAa);
        int prefix = firstDifference(refAa, altAa);
        String so = netChange < 0 ? "inframe_deletion" : "inframe_insertion";
        String p;
        if (netChange < 0 && isPureDeletion(refAa, altAa, prefix, -netChange / 3)) {
            int k = -netChange / 3;
            int s = prefix;
            while (s + k < refAa.length() && refAa.charAt(s) == refAa.charAt(s + k)) {
                s++;
            }
            p = "p." + Dna.threeLetter(refAa.charAt(s)) + (firstCodon + s)
                    + (k > 1 ? "_" + Dna.threeLetter(refAa.charAt(s + k - 1)) + (firstCodon + s + k - 1) : "")
                    + "del";
        } else if (netChange > 0 && isPureInsertion(refAa, altAa, prefix, netChange / 3)) {
            int k = netChange / 3;
            String ins = altAa.substring(prefix, prefix + k);
            int s = prefix;
            while (s < refAa.length() && ins.charAt(0) == refAa.charAt(s)) {
                ins = ins.substring(1) + refAa.charAt(s);
                s++;
            }
            if (s >= k && refAa.substring(s - k, s).equals(ins)) {
                p = "p." + Dna.threeLetter(refAa.charAt(s - k)) + (firstCodon + s - k)
                        + (k > 1 ? "_" + Dna.threeLetter(refAa.charAt(s - 1)) + (firstCodon + s - 1) : "") + "dup";
            } else {
                StringBuilder three = new StringBuilder();
                for (char c : ins.toCharArray()) {
                    three.append(Dna.threeLetter(c));
                }
                p = "p." + Dna.threeLetter(refAa.charAt(s - 1)) + (firstCodon + s - 1) + "_"
                        + Dna.threeLetter(refAa.charAt(s)) + (firstCodon + s) + "ins" + three;
            }
        } else {
            throw new IllegalStateException(m.gene().symbol() + ": in-frame delins not supported");
        }
        return new Result(so, p, proteinPos, aminoAcids, refCodons + "/" + altCodons);
    }

    private static boolean isPureDeletion(String ref, String alt, int prefix, int k) {
        return prefix + k <= ref.length() && prefix <= alt.length()
                && samePrefix(alt.substring(prefix), ref.substring(prefix + k));
    }

    private static boolean isPureInsertion(String ref, String alt, int prefix, int k) {
        return prefix + k <= alt.length() && prefix <= ref.length()
                && samePrefix(alt.substring(prefix + k), ref.substring(prefix));
    }

    private static boolean samePrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.regionMatches(0, b, 0, n);
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        if (a.length() == b.length()) {
            throw new IllegalStateException("no protein difference");
        }
        return n;
    }

    static String translate(CharSequence seq) {
        StringBuilder sb = new StringBuilder(seq.length() / 3);
        for (int i = 0; i + 3 <= seq.length(); i += 3) {
            sb.append(Dna.translate(seq.subSequence(i, i + 3)));
        }
        return sb.toString();
    }
}
