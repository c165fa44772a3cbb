package org.zenome.interpretation;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.store.CaseStore;

/** Computes the TMB of a case from its stored findings (narrowed in SQL to coding consequences) and stores it. */
public final class TmbService {
    private static final int PAGE = 10_000;
    private final CaseStore store;
    private final Actor actor;
    private final Clock clock;

    public TmbService(CaseStore store, Actor actor, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws IllegalArgumentException when the case does not exist or has no tumour sample
     */
    public TmbResult compute(long casePk, TmbSettings settings) {
        CaseSummary c = store.cases().list().stream().filter(x -> x.id() == casePk).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case with internal id " + casePk));
        TmbCalculator calc = new TmbCalculator(settings, c.samples());
        VariantFilter filter = VariantFilter.all().withConsequences(settings.consequences())
                .withPassOnly(settings.passOnly());
        long after = 0;
        while (true) {
            List<Finding> page = store.findings().queryAfter(casePk, filter, after, PAGE);
            page.forEach(calc::accept);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        TmbResult r = calc.result(actor.name(), clock.instant());
        store.interpretation().saveTmb(casePk, r);
        return r;
    }
}
