package org.zenome.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.classification.InheritanceMode;
import org.zenome.classification.SuggestionSettings;

/** Frequency thresholds per gene and inheritance from the hospital's file. */
class SuggestionThresholdsTest {
    @TempDir
    Path dir;

    @Test
    void perGeneAndDefaultThresholdsFromTheFile() throws Exception {
        Path f = dir.resolve("suggestion-thresholds.tsv");
        Files.writeString(f, "# ClinGen cardiomyopathy panel\ngene\tba1_above\tbs1_above\tpm2_dominant_max\t"
                + "pm2_recessive_max\n*\t0.05\t0.005\t0.0001\t0.0007\nMYH7\t0.001\t0.0002\t0.00004\t0.00004\n");
        SuggestionSettings s = SuggestionThresholds.load(f, SuggestionSettings.defaults());
        assertThat(s.frequency().bs1Above()).isEqualTo(0.005);
        assertThat(s.frequencyFor("myh7").ba1Above()).isEqualTo(0.001);
        assertThat(s.frequencyFor("MYH7").pm2Max(InheritanceMode.AUTOSOMAL_DOMINANT)).isEqualTo(0.00004);
        assertThat(s.frequencyFor("TTN").pm2Max(InheritanceMode.AUTOSOMAL_RECESSIVE)).isEqualTo(0.0007);
        assertThat(SuggestionThresholds.load(dir.resolve("absent.tsv"), SuggestionSettings.defaults()))
                .isEqualTo(SuggestionSettings.defaults());
    }

    @Test
    void aBadLineIsRefusedNamingTheFileAndLine() throws Exception {
        Path f = dir.resolve("t.tsv");
        Files.writeString(f, "gene\tba1_above\tbs1_above\tpm2_dominant_max\tpm2_recessive_max\nMYH7\t0.001\t0.01\t0.0001\t0.0001\n");
        assertThatThrownBy(() -> SuggestionThresholds.load(f, SuggestionSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv line 2")
                .hasMessageContaining("BS1");
    }
}
