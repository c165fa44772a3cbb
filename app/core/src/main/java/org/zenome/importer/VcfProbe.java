package org.zenome.importer;

import java.io.IOException;
import java.nio.file.Path;

/** Reads only the header of a VCF, for the import dialog and the build check. */
public final class VcfProbe {
    private VcfProbe() {
    }

    public static VcfSummary inspect(Path vcf) throws IOException, InvalidInputException {
        return summarise(readHeader(vcf, vcf.toString()));
    }

    /** Parses the header of a file; refuses a file without a complete header. */
    public static VcfHeader readHeader(Path vcf, String name) throws IOException, InvalidInputException {
        try (VcfInput in = VcfInput.open(vcf, name)) {
            return readHeader(in);
        }
    }

    static VcfHeader readHeader(VcfInput in) throws InvalidInputException {
        VcfHeaderParser parser = new VcfHeaderParser(in.name());
        String line;
        while (true) {
            try {
                line = in.readLine();
            } catch (InvalidInputException e) {
                if (e.line() <= 1 && e.problem().startsWith("not valid UTF-8")) {
                    if (isUtf16(in.path())) {
                        throw new InvalidInputException(in.name(), 1, "not a VCF file: the file is UTF-16 text; a VCF "
                                + "is UTF-8 (save it as UTF-8)", null);
                    }
                    // binary content on the first line: an index, a BAM, an archive, ...
                    throw new InvalidInputException(in.name(), 1,
                            "not a VCF file: the first line must be ##fileformat=VCFv4.x (the file is binary)", null);
                }
                throw e;
            }
            if (line == null) {
                break;
            }
            if (parser.accept(line, in.lineNo())) {
                return parser.header();
            }
        }
        if (in.lineNo() == 0) {
            throw new InvalidInputException(in.name(), 0, "the file is empty", null);
        }
        throw new InvalidInputException(in.name(), in.lineNo(), "the header has no #CHROM line", null);
    }

    /** Whether a plain file starts with a UTF-16 byte-order mark. */
    private static boolean isUtf16(Path p) {
        if (p == null) {
            return false;
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
            int a = in.read();
            int b = in.read();
            return a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF;
        } catch (IOException e) {
            return false;
        }
    }

    static VcfSummary summarise(VcfHeader h) {
        BuildDetector.Detection d = BuildDetector.detect(h);
        return new VcfSummary(h.samples(), d.build(), d.evidence(), !h.csqFields().isEmpty(), !h.annFields().isEmpty(),
                h.fileFormat());
    }
}
