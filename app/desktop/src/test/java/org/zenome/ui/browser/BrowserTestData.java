package org.zenome.ui.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real reads and references in the shared data folder, read in place (never copied). */
final class BrowserTestData {
    static final String CHR17_DIR = "reference_and_reads/grch37_17_1-4200_1000G";
    static final String BRCA1_DIR = "reference_and_reads/grch37_brca1_chr17_41196312-41277500_1000G";

    private BrowserTestData() {
    }

    /** The folder, or the test is skipped with the reason. */
    static Path dir(String relative) {
        String root = System.getProperty("zenome.shared.data");
        assumeTrue(root != null && !root.isBlank(), "system property zenome.shared.data is not set");
        Path dir = Path.of(root).resolve(relative);
        assumeTrue(Files.isDirectory(dir), "shared test data not present: " + dir);
        return dir;
    }
}
