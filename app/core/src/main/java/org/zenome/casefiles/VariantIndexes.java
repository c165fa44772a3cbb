package org.zenome.casefiles;

import htsjdk.tribble.index.IndexFactory;
import htsjdk.tribble.index.tabix.TabixFormat;
import htsjdk.tribble.index.tabix.TabixIndex;
import htsjdk.variant.vcf.VCFCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tabix index of the store's copy of a case's VCF, so that igv.js reads the variants region by region
 * instead of the whole file. The import copies the pipeline's index when there is one; otherwise it is built
 * here once, on first use, with htsjdk (a whole-genome VCF takes a while; it runs on the worker).
 */
public final class VariantIndexes {
    private static final Logger LOG = LoggerFactory.getLogger(VariantIndexes.class);

    private VariantIndexes() {
    }

    /** The {@code .tbi} or {@code .csi} beside the bgzipped VCF, building a {@code .tbi} if neither exists. */
    public static Path ensureIndex(Path vcfGz) throws IOException {
        for (String suffix : new String[] {".tbi", ".csi"}) {
            Path existing = vcfGz.resolveSibling(vcfGz.getFileName() + suffix);
            if (Files.isRegularFile(existing)) {
                return existing;
            }
        }
        Path tbi = vcfGz.resolveSibling(vcfGz.getFileName() + ".tbi");
        Path tmp = vcfGz.resolveSibling(vcfGz.getFileName() + ".tbi.partial");
        long t0 = System.nanoTime();
        try {
            TabixIndex index = IndexFactory.createTabixIndex(vcfGz.toFile(), new VCFCodec(), TabixFormat.VCF, null);
            index.write(tmp);
            Files.move(tmp, tbi, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("cannot index " + vcfGz + ": " + e.getMessage(), e);
        }
        LOG.info("Built the tabix index of {} in {} ms", vcfGz.getFileName(), (System.nanoTime() - t0) / 1_000_000);
        return tbi;
    }
}
