package org.zenome.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AcmgRulesExamplesTest {
    private static final Instant T = Instant.parse("2025-01-15T09:30:00Z");
    private final AcmgClassifier classifier = AcmgClassifier.standard();

    record Example(int line, String criteria, AcmgClass rules, String clause, int points, AcmgClass pointsClass) {
        @Override
        public String toString() {
            return "line " + line + ": [" + criteria + "]";
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (InputStream in = AcmgRulesExamplesTest.class.getResourceAsStream("acmg_table5_examples.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                assertThat(f).as("line %d has 5 columns", n).hasSize(5);
                out.add(new Example(n, f[0].strip(), AcmgClass.parse(f[1]).orElseThrow(), f[2].strip(),
                        Integer.parseInt(f[3].strip()), AcmgClass.parse(f[4]).orElseThrow()));
            }
        }
        return out;
    }

    @Test
    void theExampleFileCoversEveryClauseOfTable5() throws IOException {
        List<String> seen = examples().stream().map(e -> e.rules().name() + e.clause()).distinct()
                .collect(Collectors.toList());
        assertThat(seen).contains("PATHOGENIC(i)(a)", "PATHOGENIC(i)(b)", "PATHOGENIC(i)(c)", "PATHOGENIC(i)(d)",
                "PATHOGENIC(ii)", "PATHOGENIC(iii)(a)", "PATHOGENIC(iii)(b)", "PATHOGENIC(iii)(c)",
                "LIKELY_PATHOGENIC(i)", "LIKELY_PATHOGENIC(ii)", "LIKELY_PATHOGENIC(iii)", "LIKELY_PATHOGENIC(iv)",
                "LIKELY_PATHOGENIC(v)", "LIKELY_PATHOGENIC(vi)", "BENIGN(i)", "BENIGN(ii)", "LIKELY_BENIGN(i)",
                "LIKELY_BENIGN(ii)", "UNCERTAIN_SIGNIFICANCE(i)", "UNCERTAIN_SIGNIFICANCE(ii)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void handWrittenExample(Example x) {
        List<AppliedCriterion> set = Arrays.stream(x.criteria().split("\\s+")).filter(t -> !t.isEmpty())
                .map(AppliedCriterion::parse).collect(Collectors.toList());
        AcmgEvaluation e = classifier.evaluateApplied(set);
        assertThat(e.rulesClass()).isEqualTo(x.rules());
        assertThat(e.rules().clause()).isEqualTo(x.clause());
        assertThat(e.pointsTotal()).isEqualTo(x.points());
        assertThat(e.pointsClass()).isEqualTo(x.pointsClass());
        assertThat(e.disagree()).isEqualTo(x.rules() != x.pointsClass());
    }

    @Test
    void issueExamplePvs1WithOneSupportingIsUncertainByRulesAndLikelyPathogenicByPoints() {
        AcmgEvaluation e = classifier.evaluateApplied(List.of(AppliedCriterion.parse("PVS1"),
                AppliedCriterion.parse("PP3")));
        assertThat(e.rulesClass()).isEqualTo(AcmgClass.UNCERTAIN_SIGNIFICANCE);
        assertThat(e.pointsTotal()).isEqualTo(9);
        assertThat(e.pointsClass()).isEqualTo(AcmgClass.LIKELY_PATHOGENIC);
        assertThat(e.disagree()).isTrue();
        assertThat(e.rules().describe(Locale.ENGLISH))
                .isEqualTo("Uncertain significance (i): criteria for the other classes not met");
        assertThat(e.points().describe(Locale.ENGLISH)).isEqualTo("Likely pathogenic: 9 points (6 to 9)");
    }

    @Test
    void clauseTextsForDisplayInBothLanguages() {
        AcmgEvaluation e = classifier.evaluateApplied(List.of(AppliedCriterion.parse("PS1"),
                AppliedCriterion.parse("PS3")));
        assertThat(e.rules().describe(Locale.ENGLISH)).isEqualTo("Pathogenic (ii): \u22652 strong");
        assertThat(e.rules().describe(Locale.JAPANESE)).isEqualTo("病的 (ii): 強い2つ以上");
        AcmgEvaluation conflict = classifier.evaluateApplied(List.of(AppliedCriterion.parse("BA1"),
                AppliedCriterion.parse("PVS1"), AppliedCriterion.parse("PS1")));
        assertThat(conflict.rules().describe(Locale.ENGLISH)).isEqualTo("Uncertain significance (ii): pathogenic"
                + " and benign criteria contradict (Pathogenic (i)(a): 1 very strong and \u22651 strong;"
                + " Benign (i): 1 stand-alone (BA1))");
        assertThat(conflict.rules().contradicting()).extracting(RuleOutcome::acmgClass)
                .containsExactly(AcmgClass.PATHOGENIC, AcmgClass.BENIGN);
        assertThat(conflict.mixedEvidence()).isTrue();
    }

    @Test
    void onlyAcceptedCallsCount() {
        List<CriterionCall> calls = List.of(
                new CriterionCall(AcmgCriterion.PVS1, Strength.VERY_STRONG, CallStatus.ACCEPTED, "", "dr.sato", T),
                new CriterionCall(AcmgCriterion.PS1, Strength.STRONG, CallStatus.REJECTED, "not same aa", "dr.sato",
                        T),
                new CriterionCall(AcmgCriterion.PM2, Strength.SUPPORTING, CallStatus.SUGGESTED, "absent", "zenome",
                        T),
                new CriterionCall(AcmgCriterion.PP3, Strength.MODERATE, CallStatus.ACCEPTED, "REVEL 0.8", "dr.sato",
                        T));
        AcmgEvaluation e = classifier.evaluate(calls);
        assertThat(e.counted()).extracting(AppliedCriterion::label).containsExactly("PVS1", "PP3_Moderate");
        assertThat(e.rulesClass()).isEqualTo(AcmgClass.LIKELY_PATHOGENIC);
        assertThat(e.rules().clause()).isEqualTo("(i)");
        assertThat(e.pointsTotal()).isEqualTo(10);
        assertThat(e.pointsClass()).isEqualTo(AcmgClass.PATHOGENIC);
    }

    @Test
    void theSameCriterionTwiceIsAnError() {
        assertThatThrownBy(() -> classifier.evaluateApplied(List.of(AppliedCriterion.parse("PM2"),
                AppliedCriterion.parse("PM2_Supporting"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PM2 is given twice (PM2 and PM2_Supporting): apply each criterion once, at one strength");
        assertThatThrownBy(() -> classifier.evaluate(List.of(
                new CriterionCall(AcmgCriterion.PS2, Strength.STRONG, CallStatus.REJECTED, "", "a", T),
                new CriterionCall(AcmgCriterion.PS2, Strength.STRONG, CallStatus.ACCEPTED, "", "b", T))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PS2 has two calls");
    }

    @Test
    void modifiedStrengthsCountAtTheirNewLevel() {
        // PVS1_Strong is a strong: with PS3 that is >=2 strong
        assertThat(classifier.evaluateApplied(List.of(AppliedCriterion.parse("PVS1_Strong"),
                AppliedCriterion.parse("PS3"))).rules().clause()).isEqualTo("(ii)");
        // PM2_Supporting is a supporting: PM1 + PM2_Supporting + PP3 + PP4 is 1 moderate, 3 supporting: no clause
        assertThat(classifier.evaluateApplied(List.of(AppliedCriterion.parse("PM1"),
                AppliedCriterion.parse("PM2_Supporting"), AppliedCriterion.parse("PP3"),
                AppliedCriterion.parse("PP4"))).rulesClass()).isEqualTo(AcmgClass.UNCERTAIN_SIGNIFICANCE);
        // ... and with one more supporting it is 1 moderate and 4 supporting
        assertThat(classifier.evaluateApplied(List.of(AppliedCriterion.parse("PM1"),
                AppliedCriterion.parse("PM2_Supporting"), AppliedCriterion.parse("PP3"),
                AppliedCriterion.parse("PP4"), AppliedCriterion.parse("PP1"))).rules().clause()).isEqualTo("(vi)");
    }

    @Test
    void parsesStrengthSuffixesCaseInsensitively() {
        assertThat(AppliedCriterion.parse("pm2_supporting")).isEqualTo(
                new AppliedCriterion(AcmgCriterion.PM2, Strength.SUPPORTING));
        assertThat(AppliedCriterion.parse("PS2_VStrong").strength()).isEqualTo(Strength.VERY_STRONG);
        assertThat(AppliedCriterion.parse("PS2_verystrong").strength()).isEqualTo(Strength.VERY_STRONG);
        assertThat(AppliedCriterion.parse("BA1_Stand_Alone").strength()).isEqualTo(Strength.STAND_ALONE);
        assertThat(AppliedCriterion.parse("ba1_standalone")).isEqualTo(AppliedCriterion.of(AcmgCriterion.BA1));
        assertThat(AppliedCriterion.parse("BA1_Strong").label()).isEqualTo("BA1_Strong");
        assertThat(AppliedCriterion.parse("PP3_MODERATE").label()).isEqualTo("PP3_Moderate");
        assertThat(AppliedCriterion.parse("PVS1_VeryStrong").label()).isEqualTo("PVS1");
        assertThatThrownBy(() -> AppliedCriterion.parse("PX9")).hasMessageStartingWith("unknown criterion 'PX9'");
        assertThatThrownBy(() -> AppliedCriterion.parse("PM2_Weak"))
                .hasMessageStartingWith("unknown strength 'Weak' in 'PM2_Weak'");
        assertThatThrownBy(() -> AppliedCriterion.parse("PVS1_StandAlone"))
                .hasMessageContaining("only BA1 is stand-alone");
        assertThatThrownBy(() -> AppliedCriterion.parse("BS1_StandAlone"))
                .hasMessageContaining("only BA1 is stand-alone");
    }

    @Test
    void aCallNeedsItsUserAndTime() {
        assertThatThrownBy(() -> new CriterionCall(AcmgCriterion.PS1, Strength.STRONG, CallStatus.ACCEPTED, "", " ",
                T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriterionCall(AcmgCriterion.PS1, Strength.STRONG, CallStatus.ACCEPTED, "",
                "dr.sato", null)).isInstanceOf(NullPointerException.class);
        CriterionCall c = new CriterionCall(AcmgCriterion.PM2, Strength.SUPPORTING, CallStatus.ACCEPTED, null,
                "dr.sato", T);
        assertThat(c.note()).isEmpty();
        assertThat(c.label()).isEqualTo("PM2_Supporting");
    }
}
