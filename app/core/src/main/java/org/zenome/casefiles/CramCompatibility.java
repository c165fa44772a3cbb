package org.zenome.casefiles;

import htsjdk.samtools.cram.build.CramContainerIterator;
import htsjdk.samtools.cram.structure.Container;
import htsjdk.samtools.cram.structure.Slice;
import htsjdk.samtools.cram.structure.block.Block;
import htsjdk.samtools.cram.structure.block.BlockCompressionMethod;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.browser.GenomicFileType;
import org.zenome.browser.TrackKind;
import org.zenome.browser.TrackSpec;

/**
 * Whether igv.js 3.8.2 can decode a CRAM itself in WebView, judged from the blocks of its first containers; reads
 * it cannot decode are served to it as BAM ({@link TrackSpec#servedAsBam}). Two encodings defeat it:
 * <ul>
 *   <li><b>rANS order-0 frequency tables that sum to 4096.</b> htsjdk's rANS 4x8 encoder normalises order-0
 *       frequencies to exactly 4096 (it deliberately drops htslib's {@code fsum++}, which makes the total 4095),
 *       and the decoder of {@code @gmod/cram} 5 in igv.js 3.8.2 asserts {@code total < 4096}
 *       ({@code readStatsO0}): every CRAM written by htsjdk (GATK, Picard, Zenome's demo) fails with
 *       "assertion failed". samtools/htslib and noodles write 4095.</li>
 *   <li><b>LZMA blocks</b> (samtools {@code use_lzma}): {@code @gmod/cram} decodes xz with WebAssembly, which
 *       WebView lacks.</li>
 * </ul>
 * Only the first containers are read (the writer's choices are the same throughout a file); a file that cannot
 * be inspected is served as BAM too, where htsjdk's decoder reports any real problem.
 */
public final class CramCompatibility {
    private static final Logger LOG = LoggerFactory.getLogger(CramCompatibility.class);
    private static final int CONTAINERS = 4;
    private static final int TOTAL_FREQ = 4096;

    private CramCompatibility() {
    }

    /**
     * Why igv.js cannot decode this CRAM itself, or empty when it can.
     *
     * @throws IOException when the file cannot be read
     */
    public static Optional<String> problem(Path cram) throws IOException {
        List<String> problems = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(cram), 1 << 16)) {
            CramContainerIterator it = new CramContainerIterator(in);
            for (int n = 0; n < CONTAINERS && it.hasNext(); n++) {
                Container c = it.next();
                for (Slice s : c.getSlices()) {
                    List<Block> blocks = new ArrayList<>();
                    blocks.add(s.getSliceBlocks().getCoreBlock());
                    for (Integer id : s.getSliceBlocks().getExternalContentIDs()) {
                        blocks.add(s.getSliceBlocks().getExternalBlock(id));
                    }
                    for (Block b : blocks) {
                        problem(b).filter(p -> !problems.contains(p)).ifPresent(problems::add);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot read the CRAM containers of " + cram + ": " + e.getMessage(), e);
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static Optional<String> problem(Block b) {
        if (b == null) {
            return Optional.empty();
        }
        BlockCompressionMethod method = b.getCompressionMethod();
        if (method == BlockCompressionMethod.LZMA) {
            return Optional.of("LZMA blocks (igv.js decodes them with WebAssembly, which WebView lacks)");
        }
        if (method == BlockCompressionMethod.RANS && b.getCompressedContentSize() > 9) {
            byte[] raw = b.getCompressedContent();
            if (raw[0] == 0 && order0Total(raw) >= TOTAL_FREQ) {
                return Optional.of("rANS order-0 frequencies summing to 4096 (htsjdk's encoder; igv.js requires less)");
            }
        }
        return Optional.empty();
    }

    /** The sum of an rANS 4x8 order-0 frequency table (after the 9-byte prefix; run-length coded symbols). */
    static int order0Total(byte[] raw) {
        int p = 9;
        int rle = 0;
        int total = 0;
        int symbol = raw[p++] & 0xff;
        do {
            int f = raw[p++] & 0xff;
            if (f >= 128) {
                f = ((f & 127) << 8) | (raw[p++] & 0xff);
            }
            total += f;
            if (rle == 0 && p < raw.length && symbol + 1 == (raw[p] & 0xff)) {
                symbol = raw[p++] & 0xff;
                rle = raw[p++] & 0xff;
            } else if (rle != 0) {
                rle--;
                symbol++;
            } else {
                symbol = raw[p++] & 0xff;
            }
        } while (symbol != 0 && p < raw.length);
        return total;
    }

    /**
     * The track as igv.js should get it: a CRAM it cannot decode is served as BAM decoded against
     * {@code referenceFasta} (which must be the reference the CRAM was written against); anything else unchanged.
     */
    public static TrackSpec forBrowser(TrackSpec track, Path referenceFasta) {
        if (track.kind() != TrackKind.ALIGNMENTS || track.fileType() != GenomicFileType.CRAM || track.isServedAsBam()) {
            return track;
        }
        try {
            Optional<String> problem = problem(track.file());
            if (problem.isEmpty()) {
                return track;
            }
            LOG.info("{} is served to the genome browser as BAM: {}", track.file(), problem.get());
        } catch (IOException e) {
            LOG.warn("{} is served to the genome browser as BAM: {}", track.file(), e.getMessage());
        }
        return track.servedAsBam(referenceFasta);
    }
}
