package org.zenome.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zenome.domain.GenomeBuild;

/**
 * Checks a VCF without importing it, with exactly the checks of the importer (header, build, every data line,
 * record order, compression): the same parsing pipeline runs with a sink that keeps nothing.
 */
public final class VcfValidator {
    private VcfValidator() {
    }

    /** The outcome for one file: valid with its counts, or the first problem (line 0 when not about a line). */
    public record Outcome(String file, boolean valid, long line, String problem, long records, long findings,
                          GenomeBuild build, List<String> warnings) {
    }

    /**
     * Validates {@code vcf}, named {@code name} in messages (as the user gave it).
     *
     * @param build the build the file must be on, or null to require only that it can be detected
     */
    public static Outcome validate(Path vcf, String name, GenomeBuild build) {
        List<String> warnings = new ArrayList<>();
        try {
            if (!Files.exists(vcf)) {
                return invalid(name, 0, "file not found");
            }
            if (!Files.isRegularFile(vcf) || !Files.isReadable(vcf)) {
                return invalid(name, 0, "not a readable file");
            }
            VcfHeader header = VcfProbe.readHeader(vcf, name);
            GenomeBuild b = CaseImporter.decideBuild(header, build, name, warnings);
            ImportPipeline pipeline = new ImportPipeline(vcf, name, header, header.samples().isEmpty() ? -1 : 0,
                    VcfInput.isBgzf(vcf));
            ImportPipeline.Result r = pipeline.run(rows -> { }, new ImportPipeline.Control() {
                @Override
                public boolean cancelled() {
                    return false;
                }

                @Override
                public void progress(long records, long findings, long bytesRead) {
                }
            });
            warnings.addAll(r.warnings());
            return new Outcome(name, true, 0, null, r.records(), r.findings(), b, List.copyOf(warnings));
        } catch (InvalidInputException e) {
            return invalid(name, e.line(), e.problem());
        } catch (NoSuchFileException e) {
            return invalid(name, 0, "file not found");
        } catch (IOException e) {
            return invalid(name, 0, "cannot be read: " + e.getMessage());
        } catch (ImportCancelledException e) {
            return invalid(name, 0, "validation interrupted");
        }
    }

    private static Outcome invalid(String name, long line, String problem) {
        return new Outcome(name, false, line, problem, 0, 0, null, List.of());
    }
}
