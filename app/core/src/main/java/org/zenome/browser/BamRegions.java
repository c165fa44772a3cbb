package org.zenome.browser;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Reads served to igv.js as BAM, region by region, through the htsget protocol, instead of the file itself: for
 * CRAM files that igv.js 3.8.2 cannot decode in WebView (see {@code docs/adr/genome-browser-webview.md}). The
 * {@link LoopbackFileServer} answers igv.js's htsget requests with a {@link Source}; the implementation that
 * decodes the CRAM (htsjdk) lives outside this package and is found with {@link ServiceLoader}.
 */
public final class BamRegions {
    private BamRegions() {
    }

    /** One sample's reads as BAM. Thread-safe. */
    public interface Source extends Closeable {
        /** The SAM header as a complete BAM stream (BGZF, no records, EOF block). */
        byte[] header() throws IOException;

        /**
         * The reads overlapping {@code [start, end)} (0-based) of a contig of the header as a complete BAM stream
         * (header, records in coordinate order, EOF block); no records for a contig the file does not have.
         */
        byte[] region(String contig, long start, long end) throws IOException;
    }

    /** Opens a {@link Source} on reads and the reference they were written against. */
    public interface Opener {
        /**
         * @param reads     the reads file (CRAM)
         * @param index     its index
         * @param reference the indexed FASTA the reads were written against
         * @throws IOException when the files cannot be read
         */
        Source open(Path reads, Path index, Path reference) throws IOException;

        /** The opener on the class path (htsjdk's, in core), or one that refuses when there is none. */
        static Opener installed() {
            return ServiceLoader.load(Opener.class, Opener.class.getClassLoader()).findFirst()
                    .orElse((reads, index, reference) -> {
                        throw new IOException("no decoder for " + reads + " is installed");
                    });
        }
    }
}
