package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time newline search and ASCII check of the BGZF workers agree with a byte-by-byte scan. */
class LineScanTest {
    @Test
    void newlineSearchAndAsciiCheckMatchAPlainScan() {
        Random random = new Random(8);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                int kind = random.nextInt(10);
                b[i] = (byte) (kind == 0 ? '\n' : kind == 1 ? 0x0b : kind == 2 ? 0x8a : kind == 3 ? 0x09 : 'A' + kind);
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            int expected = -1;
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertThat(ImportPipeline.indexOf(b, from, to)).as("round %d", round).isEqualTo(expected);
            boolean ascii = true;
            for (int i = 0; i < to; i++) {
                ascii &= b[i] >= 0;
            }
            assertThat(ImportPipeline.ascii(b, to)).as("round %d", round).isEqualTo(ascii);
        }
    }
}
