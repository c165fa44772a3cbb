package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zenome.domain.Impact;
import org.zenome.domain.VariantType;

/** Allele typing after trimming, and the consequence terms' severity and stored bits. */
class VariantTypeAndConsequencesTest {

    @ParameterizedTest(name = "{0}>{1} is {2}")
    @CsvSource({
        "A, G, SNV",
        "ACT, AGT, SNV",          // padded SNV (common prefix and suffix)
        "CAT, CGT, SNV",
        "TCA, TCG, SNV",
        "AC, GT, MNV",
        "CAT, CGC, MNV",
        "A, AT, INSERTION",
        "AT, ATCT, INSERTION",    // non-minimal insertion
        "GCACA, GCA, DELETION",   // second allele of GCACA>G,GCA: trimmed to GC>-
        "AT, T, DELETION",        // deletion anchored on the right
        "ATG, C, INDEL",
        "acT, aGt, SNV",          // soft-masked (lower-case) bases compare case-insensitively
        "T, *, SPANNING_DELETION",
        "N, <DEL>, STRUCTURAL",
        "N, <INS:ME:ALU>, STRUCTURAL",
        "G, G]13:123460], STRUCTURAL",
        "T, ]13:123456]T, STRUCTURAL",
        "A, A., STRUCTURAL",      // single breakends
        "C, .C, STRUCTURAL",
    })
    void typesAlleles(String ref, String alt, VariantType expected) {
        assertThat(VariantType.of(ref, alt)).isEqualTo(expected);
    }

    @Test
    void intragenicVariantIsItsOwnModifierTerm() {
        assertThat(Consequences.canonical("intragenic_variant")).isEqualTo("intragenic_variant");
        assertThat(Consequences.rank("intragenic_variant")).isGreaterThan(Consequences.rank("intron_variant"))
                .isLessThan(Consequences.rank("intergenic_variant"));
        assertThat(Consequences.mask("intragenic_variant") & Consequences.mask("intron_variant")).isZero();
        assertThat(Impact.parse("MODIFIER")).isEqualTo(Impact.MODIFIER);
    }

    /** The short cuts (one-base alleles) type every pair as trimming the common suffix and prefix does. */
    @Test
    void shortCutsAgreeWithTrimming() {
        java.util.Random random = new java.util.Random(11);
        String bases = "ACGTNacgtn";
        for (int i = 0; i < 200_000; i++) {
            String ref = randomAllele(random, bases);
            String alt = randomAllele(random, bases);
            assertThat(VariantType.of(ref, alt)).as(ref + ">" + alt).isEqualTo(byTrimming(ref, alt));
        }
    }

    private static String randomAllele(java.util.Random random, String bases) {
        int n = 1 + (random.nextInt(3) == 0 ? random.nextInt(4) : 0);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append(bases.charAt(random.nextInt(random.nextBoolean() ? 2 : bases.length())));
        }
        return b.toString();
    }

    /** The typing of sequence alleles by trimming alone, as VariantType.of was first written. */
    private static VariantType byTrimming(String ref, String alt) {
        int r = ref.length();
        int a = alt.length();
        while (r > 0 && a > 0 && Character.toUpperCase(ref.charAt(r - 1)) == Character.toUpperCase(alt.charAt(a - 1))) {
            r--;
            a--;
        }
        int p = 0;
        while (p < r && p < a && Character.toUpperCase(ref.charAt(p)) == Character.toUpperCase(alt.charAt(p))) {
            p++;
        }
        int dr = r - p;
        int da = a - p;
        if (dr == 0 && da == 0) {
            return ref.length() == 1 ? VariantType.SNV : VariantType.MNV;
        }
        if (dr == 0) {
            return VariantType.INSERTION;
        }
        if (da == 0) {
            return VariantType.DELETION;
        }
        if (dr == da) {
            return dr == 1 ? VariantType.SNV : VariantType.MNV;
        }
        return VariantType.INDEL;
    }

    @Test
    void impactNamesParseExactlyOrLeniently() {
        for (Impact i : Impact.values()) {
            assertThat(Impact.parse(i.name())).isEqualTo(i);
            assertThat(Impact.parse(" " + i.name().toLowerCase(java.util.Locale.ROOT) + " ")).isEqualTo(i);
        }
        assertThat(Impact.parse(null)).isNull();
        assertThat(Impact.parse("")).isNull();
        assertThat(Impact.parse("SEVERE")).isNull();
        assertThat(Impact.parse("HIGHER")).isNull();
        assertThat(Impact.parse("LOW\u00e9")).isNull();
        assertThat(Impact.parse("H")).isNull();
    }

    @Test
    void storedMaskBitsOfTheOriginalTermsAreUnchanged() {
        // findings files of layout 1 hold masks with bit i = i-th term of the original list
        assertThat(Consequences.mask("transcript_ablation")).isEqualTo(1L);
        assertThat(Consequences.mask("coding_transcript_variant")).isEqualTo(1L << 30);
        assertThat(Consequences.mask("upstream_gene_variant")).isEqualTo(1L << 31);
        assertThat(Consequences.mask("intergenic_variant")).isEqualTo(1L << 39);
        assertThat(Consequences.mask("sequence_variant")).isEqualTo(1L << 40);
        assertThat(Consequences.mask("intragenic_variant")).isEqualTo(1L << 41);
        assertThat(Consequences.mask("missense_variant&intragenic_variant"))
                .isEqualTo(Consequences.maskOf(java.util.List.of("missense_variant", "intragenic_variant")));
    }
}
