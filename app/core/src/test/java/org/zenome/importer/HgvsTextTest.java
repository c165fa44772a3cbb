package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** HGVS text from VEP: the transcript prefix removed, {@code %3D} decoded, everything else as written. */
class HgvsTextTest {
    @Test
    void decodesVepsEqualsSign() {
        assertThat(Annotations.hgvs("ENSP00000350283.3:p.Leu12%3D")).isEqualTo("p.Leu12=");
        assertThat(Annotations.hgvs("ENST00000357654.9:c.3113A>G")).isEqualTo("c.3113A>G");
        assertThat(Annotations.hgvs("p.Ter100%3d")).isEqualTo("p.Ter100=");
        assertThat(Annotations.hgvs("c.1%25A")).isEqualTo("c.1%25A");
        assertThat(Annotations.hgvs("")).isEmpty();
        assertThat(Annotations.hgvs(null)).isEmpty();
    }

    @Test
    void sameAsReplacingEveryEncodedEqualsSign() {
        char[] alphabet = {'%', '3', 'D', 'd', '=', 'p', '.', ':', 'A'};
        Random random = new Random(3);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String raw = sb.toString();
            String expected = raw.isEmpty() ? "" : (raw.indexOf(':') >= 0 ? raw.substring(raw.indexOf(':') + 1) : raw)
                    .replace("%3D", "=").replace("%3d", "=");
            assertThat(Annotations.hgvs(raw)).as(raw).isEqualTo(expected);
        }
    }
}
