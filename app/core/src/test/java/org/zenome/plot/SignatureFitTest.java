package org.zenome.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Non-negative least squares and the 96 classes. */
class SignatureFitTest {

    @Test
    void recoversAKnownMixture() {
        Random rnd = new Random(3);
        double[][] m = new double[96][3];
        for (int j = 0; j < 3; j++) {
            double sum = 0;
            for (int i = 0; i < 96; i++) {
                m[i][j] = rnd.nextDouble() * (i / 16 == j * 2 ? 10 : 1);
                sum += m[i][j];
            }
            for (int i = 0; i < 96; i++) {
                m[i][j] /= sum;
            }
        }
        long[] counts = new long[96];
        for (int i = 0; i < 96; i++) {
            counts[i] = Math.round(3000 * m[i][0] + 7000 * m[i][2]);
        }
        SignatureFit.Result r = new SignatureFit(List.of("A", "B", "C"), m).fit(counts);
        assertThat(SignatureFit.byName(r).get("A")).isCloseTo(3000, within(60.0));
        assertThat(SignatureFit.byName(r).get("C")).isCloseTo(7000, within(60.0));
        assertThat(SignatureFit.byName(r).getOrDefault("B", 0.0)).isLessThan(60.0);
        assertThat(r.cosineSimilarity()).isGreaterThan(0.999);
    }

    @Test
    void nnlsNeverGoesNegative() {
        // b is best fitted by a negative weight on the second column without the constraint
        double[][] a = {{1, 1}, {1, 2}, {1, 3}};
        double[] x = SignatureFit.nnls(a, new double[] {3, 2, 1});
        assertThat(x[1]).isZero();
        assertThat(x[0]).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void classesFollowTheCosmicOrderAndPyrimidineConvention() {
        assertThat(Spectrum.classes()).hasSize(96);
        assertThat(Spectrum.classes().get(0)).isEqualTo("A[C>A]A");
        assertThat(Spectrum.classes().get(95)).isEqualTo("T[T>G]T");
        assertThat(Spectrum.classes().get(Spectrum.classOf("TCG", 'C', 'T'))).isEqualTo("T[C>T]G");
        // G>A in CGA is C>T in TCG on the other strand
        assertThat(Spectrum.classes().get(Spectrum.classOf("CGA", 'G', 'A'))).isEqualTo("T[C>T]G");
        assertThat(Spectrum.classOf("CNA", 'N', 'A')).isNegative();
    }
}
