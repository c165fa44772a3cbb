package org.zenome.demo;

import java.util.Map;
import java.util.Random;

/** Bases, the standard genetic code and HGVS amino-acid names. */
final class Dna {
    static final String BASES = "ACGT";
    private static final String CODON_ORDER_AA =
            "KNKNTTTTRSRSIIMIQHQHPPPPRRRRLLLLEDEDAAAAGGGGVVVV*Y*YSSSS*CWCLFLF";
    private static final Map<Character, String> THREE_LETTER = Map.ofEntries(
            Map.entry('A', "Ala"), Map.entry('R', "Arg"), Map.entry('N', "Asn"), Map.entry('D', "Asp"),
            Map.entry('C', "Cys"), Map.entry('Q', "Gln"), Map.entry('E', "Glu"), Map.entry('G', "Gly"),
            Map.entry('H', "His"), Map.entry('I', "Ile"), Map.entry('L', "Leu"), Map.entry('K', "Lys"),
            Map.entry('M', "Met"), Map.entry('F', "Phe"), Map.entry('P', "Pro"), Map.entry('S', "Ser"),
            Map.entry('T', "Thr"), Map.entry('W', "Trp"), Map.entry('Y', "Tyr"), Map.entry('V', "Val"),
            Map.entry('*', "Ter"));

    private Dna() {
    }

    static char complement(char b) {
        switch (b) {
            case 'A':
                return 'T';
            case 'C':
                return 'G';
            case 'G':
                return 'C';
            case 'T':
                return 'A';
            default:
                return 'N';
        }
    }

    static String reverseComplement(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = s.length() - 1; i >= 0; i--) {
            sb.append(complement(s.charAt(i)));
        }
        return sb.toString();
    }

    /** Amino acid of a codon (one letter, '*' for stop, 'X' when the codon holds anything but ACGT). */
    static char translate(CharSequence codon) {
        int idx = 0;
        for (int i = 0; i < 3; i++) {
            int b = baseIndex(Character.toUpperCase(codon.charAt(i)));
            if (b < 0) {
                return 'X';
            }
            idx = idx * 4 + b;
        }
        return CODON_ORDER_AA.charAt(idx);
    }

    /** Index in the order A, C, G, T used by {@link #CODON_ORDER_AA}, -1 for anything else. */
    private static int baseIndex(char b) {
        switch (b) {
            case 'A':
                return 0;
            case 'C':
                return 1;
            case 'G':
                return 2;
            case 'T':
                return 3;
            default:
                return -1;
        }
    }

    static String threeLetter(char aa) {
        String s = THREE_LETTER.get(aa);
        if (s == null) {
            throw new IllegalArgumentException("no amino acid " + aa);
        }
        return s;
    }

    /** One-letter code of a three-letter amino-acid name (Ter for stop). */
    static char oneLetter(String three) {
        for (Map.Entry<Character, String> e : THREE_LETTER.entrySet()) {
            if (e.getValue().equals(three)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("no amino acid " + three);
    }

    static boolean isStop(CharSequence codon) {
        return translate(codon) == '*';
    }

    /** A base drawn with the human genome's composition (about 41 % GC). */
    static char randomBase(Random rng) {
        double u = rng.nextDouble();
        if (u < 0.295) {
            return 'A';
        }
        if (u < 0.5) {
            return 'C';
        }
        if (u < 0.705) {
            return 'G';
        }
        return 'T';
    }

    /** A random base different from {@code not}. */
    static char otherBase(Random rng, char not) {
        char b;
        do {
            b = BASES.charAt(rng.nextInt(4));
        } while (b == not);
        return b;
    }

    /** A random sense codon (no stop). */
    static String randomSenseCodon(Random rng) {
        while (true) {
            String c = "" + randomBase(rng) + randomBase(rng) + randomBase(rng);
            if (!isStop(c)) {
                return c;
            }
        }
    }
}
