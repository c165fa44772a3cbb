package org.zenome.casefiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zenome.browser.BrowserFileException;
import org.zenome.browser.GenomicFileType;
import org.zenome.browser.ReferenceGenome;
import org.zenome.browser.TrackSpec;
import org.zenome.domain.ReferenceGenomeFiles;

/** Checks a configured reference genome and turns it into the browser's {@link ReferenceGenome}. */
public final class ReferenceGenomes {
    /** The label of the reference's gene track. */
    public static final String GENES_TRACK = "Genes";

    private ReferenceGenomes() {
    }

    /**
     * The browser's reference for the files: the FASTA with its {@code .fai} (and {@code .gzi} when bgzipped),
     * the genes and the cytobands when given.
     *
     * @throws BrowserFileException naming the file that is missing, unindexed or of the wrong kind
     */
    public static ReferenceGenome toBrowser(ReferenceGenomeFiles files) throws BrowserFileException {
        ReferenceGenome ref = ReferenceGenome.of(files.build(), files.fasta());
        if (files.cytoband() != null) {
            GenomicFileType t = GenomicFileType.of(files.cytoband());
            ref = ref.withCytoband(files.cytoband());
            if (t != GenomicFileType.CYTOBAND && t != GenomicFileType.CYTOBAND_GZIP && t != GenomicFileType.TEXT
                    && t != GenomicFileType.GZIP) {
                throw new BrowserFileException(BrowserFileException.Problem.UNSUPPORTED_FORMAT, files.cytoband(),
                        "a cytoband table is a UCSC cytoBand.txt(.gz): " + files.cytoband());
            }
        }
        if (files.annotation() != null) {
            ref = ref.withAnnotation(TrackSpec.annotation(GENES_TRACK, files.annotation()));
        }
        return ref;
    }

    /** The sequence names of the FASTA's {@code .fai}, in order. */
    public static List<String> contigs(ReferenceGenome ref) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(ref.fastaIndex(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.add(line.substring(0, tab));
                }
            }
        }
        return out;
    }

    /**
     * The contigs of {@code wanted} that the reference lacks, comparing the way igv.js does ({@code chr1} is
     * {@code 1}, {@code chrM} is {@code MT}).
     */
    public static List<String> missing(Collection<String> wanted, Collection<String> reference) {
        Set<String> have = new LinkedHashSet<>();
        reference.forEach(c -> have.add(canonical(c)));
        List<String> out = new ArrayList<>();
        for (String c : wanted) {
            if (!have.contains(canonical(c))) {
                out.add(c);
            }
        }
        return out;
    }

    static String canonical(String contig) {
        String c = contig.toLowerCase(Locale.ROOT);
        if (c.startsWith("chr")) {
            c = c.substring(3);
        }
        return c.equals("mt") ? "m" : c;
    }

    /** Absolute, normalised. */
    static Path abs(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
