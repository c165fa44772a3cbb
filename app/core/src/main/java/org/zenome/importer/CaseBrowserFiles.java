package org.zenome.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zenome.browser.BrowserFileException;
import org.zenome.browser.GenomicFileType;
import org.zenome.browser.ReferenceGenome;
import org.zenome.browser.TrackSpec;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SourceFile;

/**
 * Checks the genome browser's files of an import (reads per sample, a case reference) before anything is
 * written, and describes them as source files. The files are referenced in place: a WGS BAM is far too large to
 * copy or hash at import, so they are recorded with their size and no checksum.
 */
final class CaseBrowserFiles {
    private CaseBrowserFiles() {
    }

    static List<SourceFile> check(ImportRequest request, List<String> vcfSamples, GenomeBuild build,
                                  String toolVersion, List<String> warnings) throws InvalidInputException, IOException {
        List<SourceFile> out = new ArrayList<>();
        Instant now = Instant.now();
        for (Map.Entry<String, Path> e : request.alignments().entrySet()) {
            String sample = e.getKey();
            Path file = e.getValue();
            if (!vcfSamples.contains(sample)) {
                throw new InvalidInputException(file.toString(), 0, "reads given for sample '" + sample
                        + "', which is not in the VCF (samples: " + String.join(", ", vcfSamples) + ")", null);
            }
            TrackSpec reads;
            try {
                reads = TrackSpec.alignments(sample, file);
            } catch (BrowserFileException ex) {
                throw new InvalidInputException(ex.file().toString(), 0, describe(ex), ex);
            }
            if (Files.getLastModifiedTime(reads.index()).compareTo(Files.getLastModifiedTime(reads.file())) < 0) {
                warnings.add(reads.index() + ": the index is older than " + reads.file().getFileName()
                        + "; re-index it (samtools index) if the reads were rewritten");
            }
            String kind = reads.fileType() == GenomicFileType.CRAM ? SourceFile.CRAM : SourceFile.BAM;
            out.add(new SourceFile(kind, reads.file().toString(), Files.size(reads.file()), "", null, null, now,
                    toolVersion, 0, 0, 0, sample));
        }
        if (request.reference() != null) {
            try {
                ReferenceGenome ref = ReferenceGenome.of(build, request.reference());
                out.add(new SourceFile(SourceFile.REFERENCE, ref.fasta().toString(), Files.size(ref.fasta()), "",
                        null, null, now, toolVersion, 0, 0, 0, null));
                if (request.referenceAnnotation() != null) {
                    TrackSpec genes = TrackSpec.annotation("Genes", request.referenceAnnotation());
                    out.add(new SourceFile(SourceFile.ANNOTATION, genes.file().toString(), Files.size(genes.file()), "",
                            null, null, now, toolVersion, 0, 0, 0, null));
                }
            } catch (BrowserFileException ex) {
                throw new InvalidInputException(ex.file().toString(), 0, describe(ex), ex);
            }
        }
        return out;
    }

    /** One line for the user, without repeating the file name the exception's message starts with. */
    static String describe(BrowserFileException e) {
        return switch (e.problem()) {
            case MISSING_FILE -> "file not found or not readable";
            case MISSING_INDEX -> e.getMessage().replace(" beside " + e.file(), "")
                    .replace("no index", "no index found beside it") + "; create it with "
                    + (GenomicFileType.of(e.file()).name().startsWith("FASTA") ? "samtools faidx" : "samtools index");
            case NOT_BGZF -> "not BGZF-compressed (compress it with bgzip)";
            case UNSUPPORTED_FORMAT -> e.getMessage().replace(": " + e.file(), "");
        };
    }
}
