package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs {@code zenome acmg} through {@link ZenomeCli#run(PrintWriter, PrintWriter, String...)}. */
class AcmgCommandTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = ZenomeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aSingleSetPrintsBothSchemes() {
        Result r = run("", "acmg", "PVS1", "PM2_Supporting", "PP3_Moderate");
        assertThat(r.code()).isEqualTo(ZenomeCli.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).containsExactly(
                "Criteria: PVS1 (+8) PM2_Supporting (+1) PP3_Moderate (+2)",
                "Rules:    Pathogenic (i)(c): 1 very strong, 1 moderate and 1 supporting",
                "Points:   Pathogenic: 11 points (\u226510)");
    }

    @Test
    void disagreementIsFlagged() {
        Result r = run("", "acmg", "PVS1", "PP3");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "Criteria: PVS1 (+8) PP3 (+1)",
                "Rules:    Uncertain significance (i): criteria for the other classes not met",
                "Points:   Likely pathogenic: 9 points (6 to 9)",
                "DISAGREE: the combining rules give Uncertain significance, the points give Likely pathogenic");
    }

    @Test
    void agreementHasNoWarningAndJapaneseIsAvailable() {
        Result r = run("", "acmg", "--lang", "ja", "ps1", "ps3_strong", "PM1");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("病的 (ii): 強い2つ以上").contains("病的: 10点（10点以上）").doesNotContain("不一致");
        Result mixed = run("", "acmg", "BA1", "PVS1", "PS1");
        assertThat(mixed.out()).contains("Uncertain significance (ii)")
                .contains("Note: both pathogenic and benign criteria were counted").doesNotContain("DISAGREE");
    }

    @Test
    void batchPrintsOneTabSeparatedLinePerSet() {
        String input = String.join("\n",
                "# criteria sets from the curation spreadsheet",
                "PVS1 PP3",
                "",
                "PS1,PS2",
                "   # indented comment",
                "BA1",
                "BS1 BP1 BP2 BP3   # trailing comment",
                "pvs1_strong pm2_supporting pp3",
                "BP4_VeryStrong") + "\n";
        Result r = run(input, "acmg", "--batch");
        assertThat(r.code()).isEqualTo(ZenomeCli.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).containsExactly(
                "Uncertain significance\t9\tLikely pathogenic",
                "Uncertain significance\t0\tUncertain significance",
                "Pathogenic\t8\tLikely pathogenic",
                "Benign\t-8\tBenign",
                "Likely benign\t-7\tBenign",
                "Likely pathogenic\t6\tLikely pathogenic",
                "Uncertain significance\t-8\tBenign");
    }

    @Test
    void batchOfNothingPrintsNothing() {
        Result r = run("", "acmg", "--batch");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownCriterionIsAUsageErrorNamingTheToken() {
        Result r = run("", "acmg", "PVS1", "PX9");
        assertThat(r.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("acmg: unknown criterion 'PX9'");
    }

    @Test
    void badStrengthAndRepeatedCriterionAreUsageErrors() {
        Result weak = run("", "acmg", "PM2_Weak");
        assertThat(weak.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(weak.err()).contains("'PM2_Weak'");
        Result twice = run("", "acmg", "PM2", "PM2_Supporting");
        assertThat(twice.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(twice.err().lines()).containsExactly(
                "acmg: PM2 is given twice (PM2 and PM2_Supporting): apply each criterion once, at one strength");
    }

    @Test
    void batchErrorsNameTheLineAndPrintNoResults() {
        Result r = run("PVS1 PS1\n# ok\nPM1 PQ7\nPM2_Weak\nPVS1\n", "acmg", "--batch");
        assertThat(r.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err().lines().toList().get(0)).startsWith("acmg: line 3: unknown criterion 'PQ7'");
        assertThat(r.err().lines().toList().get(1)).startsWith("acmg: line 4: unknown strength 'Weak' in 'PM2_Weak'");
    }

    @Test
    void usageErrors() {
        assertThat(run("", "acmg").code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(run("", "acmg", "--batch", "PVS1").code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(run("", "acmg", "--lang", "fr", "PVS1").code()).isEqualTo(ZenomeCli.USAGE);
        Result unknownOption = run("", "acmg", "--no-such-option", "PVS1");
        assertThat(unknownOption.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(unknownOption.err().lines()).containsExactly(
                "acmg: unknown option '--no-such-option' (see zenome acmg --help)");
        Result help = run("", "acmg", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: zenome acmg").contains("--batch");
    }

    @Test
    void theAcmgCommandIsListedInTheTopLevelHelp() {
        assertThat(run("", "--help").out()).contains("acmg");
    }
}
