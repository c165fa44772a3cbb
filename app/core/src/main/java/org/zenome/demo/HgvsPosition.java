package org.zenome.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in HGVS c. coordinates: {@code 123}, {@code -45} (5' UTR), {@code *67} (3' UTR), each optionally
 * with an intronic offset ({@code 123+5}, {@code 124-12}).
 *
 * @param region where the anchor base lies (5' UTR, coding sequence, 3' UTR)
 * @param number the number after the region prefix (always positive)
 * @param offset the intronic offset in transcript direction, 0 for an exonic base
 */
record HgvsPosition(Region region, int number, int offset) {
    enum Region { UTR5, CDS, UTR3 }

    private static final Pattern P = Pattern.compile("([-*]?)(\\d+)([+-]\\d+)?");

    static HgvsPosition parse(String text) {
        String t = text.startsWith("c.") ? text.substring(2) : text;
        Matcher m = P.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an HGVS c. position: " + text);
        }
        Region r = m.group(1).isEmpty() ? Region.CDS : m.group(1).equals("-") ? Region.UTR5 : Region.UTR3;
        int off = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new HgvsPosition(r, Integer.parseInt(m.group(2)), off);
    }

    /** The 1-based position in the mature transcript of the anchor base. */
    int transcriptPosition(int utr5Length, int cdsLength) {
        switch (region) {
            case UTR5:
                return utr5Length - number + 1;
            case CDS:
                return utr5Length + number;
            default:
                return utr5Length + cdsLength + number;
        }
    }

    /** The position of a transcript base (with an intronic offset) in c. notation. */
    static HgvsPosition ofTranscript(int t, int offset, int utr5Length, int cdsLength) {
        if (t <= utr5Length) {
            return new HgvsPosition(Region.UTR5, utr5Length - t + 1, offset);
        }
        if (t <= utr5Length + cdsLength) {
            return new HgvsPosition(Region.CDS, t - utr5Length, offset);
        }
        return new HgvsPosition(Region.UTR3, t - utr5Length - cdsLength, offset);
    }

    HgvsPosition withOffset(int newOffset) {
        return new HgvsPosition(region, number, newOffset);
    }

    @Override
    public String toString() {
        String prefix = region == Region.UTR5 ? "-" : region == Region.UTR3 ? "*" : "";
        String off = offset > 0 ? "+" + offset : offset < 0 ? Integer.toString(offset) : "";
        return prefix + number + off;
    }
}
