package org.zenome.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every combination of counts (very strong 0-2, strong 0-3, moderate 0-4, supporting 0-5; stand-alone 0-1, benign
 * strong 0-2, benign supporting 0-2: 6,480 sets) against an expectation written here, independently of
 * {@link Richards2015Rules}, as literal predicates of Table 5 of Richards et al. 2015 (exact counts where the table
 * says "1" or "2", "≥" where it says so), plus Zenome's documented decisions: two very strong are Pathogenic, and
 * a pathogenic class together with a benign class is Uncertain (contradictory).
 *
 * <p>Each set is built from distinct criteria, rotated through the pools so that criteria at their default strength
 * and criteria with a changed strength (PM2_Supporting, PP3_Strong, PS1_VeryStrong...) both occur at every level.
 */
class AcmgTable5ExhaustiveTest {

    private static final List<AcmgCriterion> PATHOGENIC = List.of(AcmgCriterion.PVS1, AcmgCriterion.PS1,
            AcmgCriterion.PS2, AcmgCriterion.PS3, AcmgCriterion.PS4, AcmgCriterion.PM1, AcmgCriterion.PM2,
            AcmgCriterion.PM3, AcmgCriterion.PM4, AcmgCriterion.PM5, AcmgCriterion.PM6, AcmgCriterion.PP1,
            AcmgCriterion.PP2, AcmgCriterion.PP3, AcmgCriterion.PP4, AcmgCriterion.PP5);
    /** Benign criteria other than BA1 (BA1 is the stand-alone one). */
    private static final List<AcmgCriterion> BENIGN = List.of(AcmgCriterion.BS1, AcmgCriterion.BS2,
            AcmgCriterion.BS3, AcmgCriterion.BS4, AcmgCriterion.BP1, AcmgCriterion.BP2, AcmgCriterion.BP3,
            AcmgCriterion.BP4, AcmgCriterion.BP5, AcmgCriterion.BP6, AcmgCriterion.BP7);

    private final AcmgClassifier classifier = AcmgClassifier.standard();

    /** Table 5, pathogenic side; null when no pathogenic or likely pathogenic row is met. */
    static AcmgClass expectedPathogenicSide(int vs, int s, int m, int p) {
        boolean pathogenicI = vs == 1 && (s >= 1 || m >= 2 || (m == 1 && p == 1) || p >= 2);
        boolean twoVeryStrong = vs >= 2;
        boolean pathogenicII = s >= 2;
        boolean pathogenicIII = s == 1 && (m >= 3 || (m == 2 && p >= 2) || (m == 1 && p >= 4));
        if (pathogenicI || twoVeryStrong || pathogenicII || pathogenicIII) {
            return AcmgClass.PATHOGENIC;
        }
        boolean likelyI = vs == 1 && m == 1;
        boolean likelyII = s == 1 && (m == 1 || m == 2);
        boolean likelyIII = s == 1 && p >= 2;
        boolean likelyIV = m >= 3;
        boolean likelyV = m == 2 && p >= 2;
        boolean likelyVI = m == 1 && p >= 4;
        if (likelyI || likelyII || likelyIII || likelyIV || likelyV || likelyVI) {
            return AcmgClass.LIKELY_PATHOGENIC;
        }
        return null;
    }

    /** Table 5, benign side; null when no benign or likely benign row is met. */
    static AcmgClass expectedBenignSide(int ba, int bs, int bp) {
        if (ba == 1 || bs >= 2) {
            return AcmgClass.BENIGN;
        }
        if ((bs == 1 && bp == 1) || bp >= 2) {
            return AcmgClass.LIKELY_BENIGN;
        }
        return null;
    }

    static AcmgClass expected(int vs, int s, int m, int p, int ba, int bs, int bp) {
        AcmgClass pathogenic = expectedPathogenicSide(vs, s, m, p);
        AcmgClass benign = expectedBenignSide(ba, bs, bp);
        if (pathogenic != null && benign != null) {
            return AcmgClass.UNCERTAIN_SIGNIFICANCE;
        }
        if (pathogenic != null) {
            return pathogenic;
        }
        return benign != null ? benign : AcmgClass.UNCERTAIN_SIGNIFICANCE;
    }

    static AcmgClass expectedPoints(int points) {
        if (points >= 10) {
            return AcmgClass.PATHOGENIC;
        }
        if (points >= 6) {
            return AcmgClass.LIKELY_PATHOGENIC;
        }
        if (points >= 0) {
            return AcmgClass.UNCERTAIN_SIGNIFICANCE;
        }
        return points >= -6 ? AcmgClass.LIKELY_BENIGN : AcmgClass.BENIGN;
    }

    @Test
    void everyCombinationOfCountsMatchesTable5() {
        int combinations = 0;
        int modifiedSeen = 0;
        List<String> failures = new ArrayList<>();
        for (int vs = 0; vs <= 2; vs++) {
            for (int s = 0; s <= 3; s++) {
                for (int m = 0; m <= 4; m++) {
                    for (int p = 0; p <= 5; p++) {
                        for (int ba = 0; ba <= 1; ba++) {
                            for (int bs = 0; bs <= 2; bs++) {
                                for (int bp = 0; bp <= 2; bp++) {
                                    List<AppliedCriterion> set = build(combinations, vs, s, m, p, ba, bs, bp);
                                    modifiedSeen += (int) set.stream().filter(AppliedCriterion::modified).count();
                                    AcmgEvaluation e = classifier.evaluateApplied(set);
                                    AcmgClass want = expected(vs, s, m, p, ba, bs, bp);
                                    int wantPoints = 8 * vs + 4 * s + 2 * m + p - 8 * ba - 4 * bs - bp;
                                    if (e.rulesClass() != want || e.pointsTotal() != wantPoints
                                            || e.pointsClass() != expectedPoints(wantPoints)) {
                                        failures.add(String.format("VS%d S%d M%d P%d BA%d BS%d BP%d %s: rules %s"
                                                + " (want %s), points %d %s (want %d)", vs, s, m, p, ba, bs, bp,
                                                set, e.rulesClass(), want, e.pointsTotal(), e.pointsClass(),
                                                wantPoints));
                                    }
                                    combinations++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(combinations).isEqualTo(3 * 4 * 5 * 6 * 2 * 3 * 3);
        assertThat(modifiedSeen).as("sets use criteria with changed strengths too").isGreaterThan(10_000);
        assertThat(failures.subList(0, Math.min(20, failures.size())))
                .as("%d of %d combinations differ from Table 5 (first 20 shown)", failures.size(), combinations)
                .isEmpty();
    }

    /** Distinct criteria for the counts, starting at a rotating offset in each pool. */
    private static List<AppliedCriterion> build(int seed, int vs, int s, int m, int p, int ba, int bs, int bp) {
        List<AppliedCriterion> set = new ArrayList<>();
        int next = seed % PATHOGENIC.size();
        Strength[] levels = {Strength.VERY_STRONG, Strength.STRONG, Strength.MODERATE, Strength.SUPPORTING};
        int[] counts = {vs, s, m, p};
        for (int level = 0; level < levels.length; level++) {
            for (int i = 0; i < counts[level]; i++) {
                set.add(new AppliedCriterion(PATHOGENIC.get(next % PATHOGENIC.size()), levels[level]));
                next++;
            }
        }
        if (ba == 1) {
            set.add(AppliedCriterion.of(AcmgCriterion.BA1));
        }
        int nextBenign = seed % BENIGN.size();
        for (int i = 0; i < bs; i++) {
            set.add(new AppliedCriterion(BENIGN.get(nextBenign++ % BENIGN.size()), Strength.STRONG));
        }
        for (int i = 0; i < bp; i++) {
            set.add(new AppliedCriterion(BENIGN.get(nextBenign++ % BENIGN.size()), Strength.SUPPORTING));
        }
        return set;
    }

    @Test
    void benignLevelsTable5LacksAreRoundedDown() {
        // benign very strong counts as a benign strong, benign moderate as a benign supporting
        for (int bvs = 0; bvs <= 2; bvs++) {
            for (int bm = 0; bm <= 2; bm++) {
                for (int bp = 0; bp <= 2; bp++) {
                    List<AppliedCriterion> set = new ArrayList<>();
                    List<AcmgCriterion> pool = new ArrayList<>(BENIGN);
                    for (int i = 0; i < bvs; i++) {
                        set.add(new AppliedCriterion(pool.remove(0), Strength.VERY_STRONG));
                    }
                    for (int i = 0; i < bm; i++) {
                        set.add(new AppliedCriterion(pool.remove(0), Strength.MODERATE));
                    }
                    for (int i = 0; i < bp; i++) {
                        set.add(new AppliedCriterion(pool.remove(0), Strength.SUPPORTING));
                    }
                    AcmgEvaluation e = classifier.evaluateApplied(set);
                    AcmgClass benign = expectedBenignSide(0, bvs, bm + bp);
                    assertThat(e.rulesClass()).as("%s", set)
                            .isEqualTo(benign == null ? AcmgClass.UNCERTAIN_SIGNIFICANCE : benign);
                    assertThat(e.pointsTotal()).isEqualTo(-8 * bvs - 2 * bm - bp);
                }
            }
        }
    }
}
