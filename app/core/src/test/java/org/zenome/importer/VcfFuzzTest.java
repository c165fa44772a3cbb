package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing (Jazzer) of the importer's checks, the same parsing the import runs ({@link VcfValidator}):
 * whatever the bytes, the outcome is valid or a clean refusal naming a problem, never an uncaught exception, a hang
 * or running out of memory. Seeds: the fixture VCFs in {@code VcfFuzzTestInputs/}, where Jazzer also keeps any crashing
 * input (which then fails every later run). app/core's surefire sets {@code JAZZER_FUZZ=1}: each build fuzzes for the
 * bounded {@code maxDuration} (20 s); the generated corpus stays in {@code app/core/.cifuzz-corpus} (not committed).
 */
class VcfFuzzTest {
    private static Path file;

    @FuzzTest(maxDuration = "20s")
    void validatorRefusesCleanly(byte[] data) throws IOException {
        if (file == null) {
            file = Files.createTempFile("zenome-fuzz", ".vcf");
            file.toFile().deleteOnExit();
        }
        Files.write(file, data);
        VcfValidator.Outcome o = VcfValidator.validate(file, "fuzz.vcf", null);
        if (o.valid()) {
            assertThat(o.records()).isGreaterThanOrEqualTo(0);
        } else {
            assertThat(o.problem()).as("a refusal says why").isNotBlank();
            assertThat(o.line()).isGreaterThanOrEqualTo(0);
        }
    }
}
