package org.zenome.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A 1-based, inclusive genomic interval on a normalised chromosome name ({@link Contigs#normalise}). */
public record Region(String chrom, int start, int end) {
    private static final Pattern FORM = Pattern.compile("^\\s*([A-Za-z0-9_.]+)(?::([0-9,]+)(?:-([0-9,]+))?)?\\s*$");

    public Region {
        Objects.requireNonNull(chrom, "chrom");
        if (start < 1 || end < start) {
            throw new IllegalArgumentException("region must have 1 <= start <= end: " + chrom + ":" + start + "-" + end);
        }
    }

    /** Parses {@code chr17:41196312-41277500}, {@code 17:41196312} or {@code chrX}; empty on bad text. */
    public static Optional<Region> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String chrom = Contigs.normalise(m.group(1));
        try {
            int start = m.group(2) == null ? 1 : Integer.parseInt(m.group(2).replace(",", ""));
            int end = m.group(3) == null ? (m.group(2) == null ? Integer.MAX_VALUE : start)
                    : Integer.parseInt(m.group(3).replace(",", ""));
            if (start < 1 || end < start) {
                return Optional.empty();
            }
            return Optional.of(new Region(chrom, start, end));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return end == Integer.MAX_VALUE ? chrom : chrom + ":" + start + "-" + end;
    }
}
