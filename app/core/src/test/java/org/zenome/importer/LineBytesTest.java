package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ASCII view of a line and the separators found in it eight bytes at a time, against a plain search. */
class LineBytesTest {
    /** Characters a CSQ value may hold, with separators, neighbours of '|' in the byte table and non-ASCII ones. */
    private static final char[] ALPHABET = {'|', '|', '|', '}', '{', 'A', 'c', '&', ',', ';', '=', ':', '%', '.',
        '-', '\u00e9', '\u017c', '\u7c7c', '\u0100', '\u00fc', '\u20ac'};

    private static List<Integer> naive(String s, int from, int to, char c) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> fast(String s, int from, int to, char c, boolean ascii) {
        byte[] b = LineBytes.of(s, from, to, new byte[3], ascii);
        int[] pos = new int[Math.max(to - from, 1)];
        int n = LineBytes.positions(b, from, to, (byte) c, pos);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pos[i]);
        }
        return out;
    }

    @Test
    void findsExactlyTheSeparatorsOfRandomText() {
        Random random = new Random(8);
        for (int round = 0; round < 20_000; round++) {
            int len = random.nextInt(70);
            StringBuilder sb = new StringBuilder();
            boolean ascii = random.nextBoolean();
            for (int i = 0; i < len; i++) {
                char c = ALPHABET[random.nextInt(ALPHABET.length)];
                sb.append(ascii && c >= 128 ? 'x' : c);
            }
            String s = sb.toString();
            int from = len == 0 ? 0 : random.nextInt(len);
            int to = from + random.nextInt(len - from + 1);
            for (char c : new char[] {'|', ',', '&'}) {
                assertThat(fast(s, from, to, c, ascii)).as("%s [%d, %d) '%s'", s, from, to, c)
                        .isEqualTo(naive(s, from, to, c));
            }
        }
    }

    @Test
    void aCharacterAboveAsciiIsNeverASeparator() {
        // U+017C and U+7C7C end in the byte of '|': the view must not turn them into one
        String s = "a\u017cb|c\u7c7cd|\u00e9";
        assertThat(fast(s, 0, s.length(), '|', false)).containsExactly(3, 7);
    }

    @Test
    void pipeFieldsSplitLikeStringSplit() {
        Random random = new Random(9);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder("CSQ=");
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = sb.append(";DP=3").toString();
            int from = 4;
            int to = s.length() - 5;
            int expected = random.nextInt(8);
            String[] fields = Annotations.splitPipes(s, from, to, expected, null);
            String[] split = s.substring(from, to).split("\\|", -1);
            String[] padded = Arrays.copyOf(split, Math.max(split.length, Math.max(expected, 1)));
            for (int i = split.length; i < padded.length; i++) {
                padded[i] = "";
            }
            assertThat(fields).as(s).containsExactly(padded);
        }
    }
}
