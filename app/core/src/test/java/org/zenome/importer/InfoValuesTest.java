package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** INFO numbers read in place from the line: per allele, single values, lists that do not fit, missing values. */
class InfoValuesTest {
    private static double read(String line, String value, int allele, int altCount) {
        int from = line.indexOf(value);
        return VcfRecordParser.perAllele(line, from, from + value.length(), allele, altCount);
    }

    @Test
    void readsTheAllelesValueOfANumberAList() {
        String line = "x;AF=0.25,0.5,1e-3;y";
        assertThat(read(line, "0.25,0.5,1e-3", 0, 3)).isEqualTo(0.25);
        assertThat(read(line, "0.25,0.5,1e-3", 1, 3)).isEqualTo(0.5);
        assertThat(read(line, "0.25,0.5,1e-3", 2, 3)).isEqualTo(0.001);
    }

    @Test
    void takesTheLargestOfAListThatDoesNotMatchTheAlleles() {
        String line = "AF=0.25,.,0.75;DP=3";
        assertThat(read(line, "0.25,.,0.75", 0, 2)).isEqualTo(0.75);
        assertThat(read(line, "0.25,.,0.75", 0, 1)).isEqualTo(0.75);
    }

    @Test
    void missingAndMalformedValuesAreNaN() {
        String line = "A=.;B=;C=abc;D=.,.;E=-;F=0.1,x";
        assertThat(read(line, ".", 0, 1)).isNaN();
        assertThat(VcfRecordParser.perAllele(line, 4, 4, 0, 1)).isNaN();
        assertThat(read(line, "abc", 0, 1)).isNaN();
        assertThat(read(line, ".,.", 1, 2)).isNaN();
        assertThat(read(line, "-", 0, 1)).isNaN();
        assertThat(read(line, "0.1,x", 1, 2)).isNaN();
        assertThat(read(line, "0.1,x", 0, 2)).isEqualTo(0.1);
    }

    @Test
    void aSingleValueServesEveryAllele() {
        String line = "CADD=23.5";
        assertThat(read(line, "23.5", 0, 2)).isEqualTo(23.5);
        assertThat(read(line, "23.5", 1, 2)).isEqualTo(23.5);
    }

    @Test
    void altColumnsSplitLikeStringSplit() {
        for (String alts : new String[] {"A,C", "A,C,G", "A,", ",A", ",", "A,,C", "<DEL>,T", "AC,ACGT,<*>"}) {
            assertThat(VcfRecordParser.splitCommas(alts)).as(alts).containsExactly(alts.split(",", -1));
        }
    }
}
