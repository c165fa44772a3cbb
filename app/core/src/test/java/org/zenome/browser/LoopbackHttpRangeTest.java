package org.zenome.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parsing of the Range header (RFC 9110 section 14) against a 1000-byte file. */
class LoopbackHttpRangeTest {
    private static final long N = 1000;

    private static HttpRange.Result parse(String h) {
        return HttpRange.parse(h, N);
    }

    @Test
    void noHeaderMeansTheWholeFile() {
        assertThat(parse(null)).isEqualTo(new HttpRange.Whole());
    }

    @Test
    void closedOpenAndSuffixRanges() {
        assertThat(parse("bytes=0-499")).isEqualTo(new HttpRange.Part(0, 499, N));
        assertThat(parse("bytes=500-999")).isEqualTo(new HttpRange.Part(500, 999, N));
        assertThat(parse("bytes=500-")).isEqualTo(new HttpRange.Part(500, 999, N));
        assertThat(parse("bytes=-500")).isEqualTo(new HttpRange.Part(500, 999, N));
        assertThat(parse("bytes=-1")).isEqualTo(new HttpRange.Part(999, 999, N));
        assertThat(parse("bytes=-5000")).isEqualTo(new HttpRange.Part(0, 999, N));
        assertThat(parse("bytes=990-5000")).isEqualTo(new HttpRange.Part(990, 999, N));
        assertThat(parse("bytes=999-999")).isEqualTo(new HttpRange.Part(999, 999, N));
        assertThat(parse(" Bytes = 10 - 19 ")).isEqualTo(new HttpRange.Part(10, 19, N));
        assertThat(parse("bytes=0-99999999999999999999999")).isEqualTo(new HttpRange.Part(0, 999, N));
    }

    @Test
    void contentRangeAndLength() {
        HttpRange.Part p = (HttpRange.Part) parse("bytes=10-19");
        assertThat(p.length()).isEqualTo(10);
        assertThat(p.contentRange()).isEqualTo("bytes 10-19/1000");
        assertThat(new HttpRange.Unsatisfiable(N).contentRange()).isEqualTo("bytes */1000");
    }

    @Test
    void unsatisfiableRanges() {
        assertThat(parse("bytes=1000-")).isEqualTo(new HttpRange.Unsatisfiable(N));
        assertThat(parse("bytes=1000-2000")).isEqualTo(new HttpRange.Unsatisfiable(N));
        assertThat(parse("bytes=-0")).isEqualTo(new HttpRange.Unsatisfiable(N));
        assertThat(parse("bytes=99999999999999999999-")).isEqualTo(new HttpRange.Unsatisfiable(N));
        assertThat(HttpRange.parse("bytes=0-0", 0)).isEqualTo(new HttpRange.Unsatisfiable(0));
        assertThat(HttpRange.parse("bytes=-10", 0)).isEqualTo(new HttpRange.Unsatisfiable(0));
    }

    @Test
    void malformedOtherUnitsAndMultipleRangesAreIgnored() {
        for (String h : new String[] {"", "bytes", "bytes=", "bytes=-", "bytes=a-b", "bytes=5-4", "bytes=1-2-3",
                "bytes=+1-2", "items=0-1", "bytes=0-1,3-4", "bytes=--5", "bytes=0x10-20"}) {
            assertThat(parse(h)).as(h).isEqualTo(new HttpRange.Whole());
        }
    }
}
