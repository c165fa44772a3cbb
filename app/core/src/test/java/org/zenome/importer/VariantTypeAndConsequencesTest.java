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
