package org.zenome.classification;

import java.util.List;
import java.util.Optional;

/**
 * The combining rules of Richards et al. 2015, Table 5 (Genet Med 17:405-424, doi:10.1038/gim.2015.30), applied to
 * counts by <em>effective</em> strength.
 *
 * <h2>Table 5</h2>
 * <pre>
 * Pathogenic        (i)   1 very strong AND (a) ≥1 strong, or (b) ≥2 moderate, or (c) 1 moderate and 1 supporting,
 *                         or (d) ≥2 supporting
 *                   (ii)  ≥2 strong
 *                   (iii) 1 strong AND (a) ≥3 moderate, or (b) 2 moderate and ≥2 supporting,
 *                         or (c) 1 moderate and ≥4 supporting
 * Likely pathogenic (i) 1 very strong and 1 moderate; (ii) 1 strong and 1-2 moderate; (iii) 1 strong and ≥2 supporting;
 *                   (iv) ≥3 moderate; (v) 2 moderate and ≥2 supporting; (vi) 1 moderate and ≥4 supporting
 * Benign            (i) 1 stand-alone (BA1); (ii) ≥2 strong
 * Likely benign     (i) 1 strong and 1 supporting; (ii) ≥2 supporting
 * Uncertain         (i) none of the above met; (ii) the criteria for benign and pathogenic are contradictory
 * </pre>
 * The clauses are tried in that order and the first one met is reported. Counts above those a clause names are
 * taken by an earlier clause (e.g. 1 strong and 3 moderate is Pathogenic (iii)(a) before it could be Likely
 * pathogenic (ii)), so each clause is checked as "at least" its counts.
 *
 * <h2>Decisions where Table 5 is silent</h2>
 * <ul>
 * <li><b>Modified strengths</b> count at the new strength in every clause: PVS1_Strong is a strong, PM2_Supporting a
 * supporting, PP3_Moderate a moderate, BS1_Supporting a benign supporting, BA1_Strong a benign strong.</li>
 * <li><b>Two or more very strong</b> (e.g. PVS1 and PS2_VeryStrong): Pathogenic (i)(a), the second very strong
 * counted as at least the one strong that clause asks for. A very strong never stands in for a lower level
 * otherwise; no other combination needs it.</li>
 * <li><b>Benign levels Table 5 lacks</b> are rounded down to the next level it has: benign very strong (e.g.
 * BP4_VeryStrong) counts as a benign strong, benign moderate (BP4_Moderate) as a benign supporting. Rounding down
 * never claims more than the table allows; the points scheme scores them exactly (-8, -2).</li>
 * <li><b>Contradictory criteria</b>: Uncertain (ii) when the pathogenic criteria meet a Pathogenic or Likely
 * pathogenic clause <em>and</em> the benign criteria meet a Benign or Likely benign clause. Criteria of the other
 * direction that meet no clause of their own do not overturn a class (PVS1 + PS1 + BP4 stays Pathogenic; the
 * evaluation still flags the mixed evidence, see {@link AcmgEvaluation#mixedEvidence()}). This is the reading of
 * "the criteria for benign and pathogenic are contradictory" as the combining criteria (the rows of Table 5) of both
 * sides being met, common in classification software; the stricter reading (any criterion of each direction gives
 * Uncertain) would let one supporting benign criterion veto any pathogenic class.</li>
 * <li><b>BA1 with pathogenic evidence</b>: BA1 meets Benign (i) on its own (stand-alone, as ClinGen SVI treats it,
 * Ghosh et al. 2018). If the pathogenic criteria also meet a Pathogenic or Likely pathogenic clause, the result is
 * Uncertain (ii), contradictory: Zenome does not silently pick a side, and the panel is expected to check BA1 against
 * the SVI exception list. BA1 with pathogenic criteria that meet no clause (e.g. BA1 + PP3) is Benign.</li>
 * <li><b>PVS1 + PM2_Supporting</b>: one very strong and one supporting meets no Table 5 clause, so it is Uncertain
 * here. The ClinGen SVI PM2 recommendation (v1.0, 2020) notes that this pair should reach Likely pathogenic; Zenome
 * gives that result only through the points scheme (8 + 1 = 9 points, Likely pathogenic), which is what the SVI note
 * relies on, and the evaluation shows the disagreement. The same holds for PVS1 + any single supporting criterion.</li>
 * </ul>
 */
public final class Richards2015Rules implements ClassificationRules {
    public static final String ID = "acmg-amp-2015-table5";

    /** One Table 5 clause as minimum counts. */
    private record Clause(AcmgClass acmgClass, String code, String key, int a, int b, int c, int d) {
        boolean met(int[] counts) {
            return counts[0] >= a && counts[1] >= b && counts[2] >= c && counts[3] >= d;
        }

        RuleOutcome outcome() {
            return new RuleOutcome(ID, acmgClass, code, key, List.of(), List.of());
        }
    }

    private static final AcmgClass P = AcmgClass.PATHOGENIC;
    private static final AcmgClass LP = AcmgClass.LIKELY_PATHOGENIC;
    private static final AcmgClass B = AcmgClass.BENIGN;
    private static final AcmgClass LB = AcmgClass.LIKELY_BENIGN;

    /** Counts: very strong, strong, moderate, supporting. */
    private static final List<Clause> PATHOGENIC_SIDE = List.of(
            new Clause(P, "(i)(a)", "rules.p.i.a", 1, 1, 0, 0),
            new Clause(P, "(i)(b)", "rules.p.i.b", 1, 0, 2, 0),
            new Clause(P, "(i)(c)", "rules.p.i.c", 1, 0, 1, 1),
            new Clause(P, "(i)(d)", "rules.p.i.d", 1, 0, 0, 2),
            new Clause(P, "(i)(a)", "rules.p.i.a.twoVeryStrong", 2, 0, 0, 0),
            new Clause(P, "(ii)", "rules.p.ii", 0, 2, 0, 0),
            new Clause(P, "(iii)(a)", "rules.p.iii.a", 0, 1, 3, 0),
            new Clause(P, "(iii)(b)", "rules.p.iii.b", 0, 1, 2, 2),
            new Clause(P, "(iii)(c)", "rules.p.iii.c", 0, 1, 1, 4),
            new Clause(LP, "(i)", "rules.lp.i", 1, 0, 1, 0),
            new Clause(LP, "(ii)", "rules.lp.ii", 0, 1, 1, 0),
            new Clause(LP, "(iii)", "rules.lp.iii", 0, 1, 0, 2),
            new Clause(LP, "(iv)", "rules.lp.iv", 0, 0, 3, 0),
            new Clause(LP, "(v)", "rules.lp.v", 0, 0, 2, 2),
            new Clause(LP, "(vi)", "rules.lp.vi", 0, 0, 1, 4));

    /** Counts: stand-alone, strong, supporting (the fourth is unused). */
    private static final List<Clause> BENIGN_SIDE = List.of(
            new Clause(B, "(i)", "rules.b.i", 1, 0, 0, 0),
            new Clause(B, "(ii)", "rules.b.ii", 0, 2, 0, 0),
            new Clause(LB, "(i)", "rules.lb.i", 0, 1, 1, 0),
            new Clause(LB, "(ii)", "rules.lb.ii", 0, 0, 2, 0));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String citation() {
        return "Richards S, Aziz N, Bale S, et al. Standards and guidelines for the interpretation of sequence"
                + " variants. Genet Med. 2015;17(5):405-424. doi:10.1038/gim.2015.30 (Table 5)";
    }

    @Override
    public String name() {
        return "ACMG/AMP 2015 rules";
    }

    @Override
    public RuleOutcome classify(EvidenceTally t) {
        int[] pathogenic = {t.veryStrong(), t.strong(), t.moderate(), t.supporting()};
        int[] benign = {t.standAlone(), t.benignVeryStrong() + t.benignStrong(),
            t.benignModerate() + t.benignSupporting(), 0};
        Optional<RuleOutcome> p = firstMet(PATHOGENIC_SIDE, pathogenic);
        Optional<RuleOutcome> b = firstMet(BENIGN_SIDE, benign);
        if (p.isPresent() && b.isPresent()) {
            return new RuleOutcome(ID, AcmgClass.UNCERTAIN_SIGNIFICANCE, "(ii)", "rules.vus.ii", List.of(),
                    List.of(p.get(), b.get()));
        }
        return p.or(() -> b).orElseGet(() -> new RuleOutcome(ID, AcmgClass.UNCERTAIN_SIGNIFICANCE, "(i)",
                "rules.vus.i", List.of(), List.of()));
    }

    private static Optional<RuleOutcome> firstMet(List<Clause> clauses, int[] counts) {
        return clauses.stream().filter(c -> c.met(counts)).findFirst().map(Clause::outcome);
    }
}
