package org.zenome.importer;

import java.util.zip.Inflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inflater for BGZF blocks: Intel's ISA-L through the Genomics Kernel Library (GKL, what GATK uses with htsjdk)
 * where its native library loads (Linux and macOS on x86-64), else the JDK's zlib. ISA-L inflates a whole genome's
 * 1.5 GB in about 1.1 s where zlib takes 2.5 s (issue 8). {@code -Dzenome.isal=false} keeps zlib.
 *
 * <p>ISA-L is only trusted with good data: a block it does not inflate to exactly the size in its header is inflated
 * again with zlib ({@link BgzfBlocks#inflate}), so a damaged block is reported in the same words either way, and the
 * CRC32 of every block is checked after both.
 */
final class BlockInflaters {
    private static final Logger LOG = LoggerFactory.getLogger(BlockInflaters.class);
    private static Boolean isal;

    private BlockInflaters() {
    }

    /** A raw-deflate ({@code nowrap}) inflater; the caller ends it. */
    static Inflater create() {
        if (isalAvailable()) {
            try {
                return new com.intel.gkl.compression.IntelInflater(true);
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("ISA-L inflater not created: {}", e.toString());
            }
        }
        return new Inflater(true);
    }

    /** Whether {@code inflater} is ISA-L's (whose failures are re-checked with zlib). */
    static boolean fast(Inflater inflater) {
        return !inflater.getClass().equals(Inflater.class);
    }

    /** Whether ISA-L is loaded and not switched off ({@code -Dzenome.isal=false}, read at each call). */
    static boolean isalAvailable() {
        return !"false".equals(System.getProperty("zenome.isal")) && isalLoaded();
    }

    private static synchronized boolean isalLoaded() {
        if (isal == null) {
            boolean ok = false;
            try {
                ok = new com.intel.gkl.compression.IntelInflaterFactory().usingIntelInflater();
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("ISA-L inflater not available: {}", e.toString());
            }
            isal = ok;
            LOG.debug("BGZF blocks can be inflated with {}", ok ? "ISA-L (GKL)" : "zlib (JDK) only");
        }
        return isal;
    }
}
