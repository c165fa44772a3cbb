package org.zenome.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The read-only test data beside the project ({@code zenome.shared.data}); tests skip with a reason without it. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        return Path.of(System.getProperty("zenome.shared.data", "../../../shared/data"));
    }

    public static Path scoutTrioVcf() {
        return require(root().resolve("scout_demo_trio_643594/643594.clinical.vcf.gz"));
    }

    public static Path scoutTrioPed() {
        return require(root().resolve("scout_demo_trio_643594/643594.ped"));
    }

    /** Scout's tumour/normal test VCF (two samples). */
    public static Path scoutCancerVcf() {
        return require(root().resolve("scout_demo_cancer/cancer_test.vcf.gz"));
    }

    private static Path require(Path file) {
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "shared test data absent (" + file.toAbsolutePath() + "): set -Dzenome.shared.data to run this test");
        return file;
    }
}
