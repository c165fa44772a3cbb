package org.zenome.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A sample's simulated reads in both formats.
 *
 * @param sample the sample name (the read group's SM)
 * @param bam    coordinate-sorted BAM
 * @param bai    its index ({@code .bam.bai})
 * @param cram   the same reads as CRAM 3.0 against the demo reference
 * @param crai   its index ({@code .cram.crai})
 */
public record DemoAlignments(String sample, Path bam, Path bai, Path cram, Path crai) {
    public DemoAlignments {
        Objects.requireNonNull(sample, "sample");
    }

    public List<Path> files() {
        return List.of(bam, bai, cram, crai);
    }
}
