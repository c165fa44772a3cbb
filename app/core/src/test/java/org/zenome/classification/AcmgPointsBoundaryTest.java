package org.zenome.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Tavtigian 2020 class boundaries: 5/6, 9/10, 0/-1, -6/-7, with real criteria sets. */
class AcmgPointsBoundaryTest {

    @ParameterizedTest(name = "{0} = {1} points: {2}")
    @CsvSource(delimiter = ';', value = {
        "PM1 PM2 PP1; 5; Uncertain significance",
        "PS1 PM1; 6; Likely pathogenic",
        "PVS1 PP3; 9; Likely pathogenic",
        "PVS1 PM1; 10; Pathogenic",
        "PM2_Supporting BP4; 0; Uncertain significance",
        "BP4; -1; Likely benign",
        "BS1 BP1 BP2; -6; Likely benign",
        "BS1 BP1 BP2 BP3; -7; Benign",
        "BA1; -8; Benign",
        "BA1 PP3; -7; Benign",
        "BA1 PM1; -6; Likely benign"})
    void boundaries(String criteria, int points, String label) {
        AcmgEvaluation e = AcmgClassifier.standard().evaluateApplied(Arrays.stream(criteria.split(" "))
                .map(AppliedCriterion::parse).collect(Collectors.toList()));
        assertThat(e.pointsTotal()).isEqualTo(points);
        assertThat(e.pointsClass().label()).isEqualTo(label);
        assertThat(BayesianPointsRules.classOf(points).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"10, PATHOGENIC", "9, LIKELY_PATHOGENIC", "6, LIKELY_PATHOGENIC", "5, UNCERTAIN_SIGNIFICANCE",
        "0, UNCERTAIN_SIGNIFICANCE", "-1, LIKELY_BENIGN", "-6, LIKELY_BENIGN", "-7, BENIGN", "-20, BENIGN",
        "40, PATHOGENIC"})
    void classOfPoints(int points, AcmgClass expected) {
        assertThat(BayesianPointsRules.classOf(points)).isEqualTo(expected);
    }
}
