package org.zenome.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.store.CaseStore;
import org.zenome.store.jdbc.StoreOpener;

/**
 * The same case in two stores (e.g. the SQLite and the PostgreSQL import of the whole-genome VCF) gives the same
 * findings for every filter of {@link FilterBench}: the same count, and the same rows in the same order on the first
 * pages and the last one (every row for the gene filters). Usage: EngineCompare STORE_A STORE_B CASE; prints one
 * line per filter and exits 1 on the first difference.
 */
public final class EngineCompare {
    private EngineCompare() {
    }

    /** A finding without its store-specific ID. */
    private static String row(Finding f) {
        return f.toString().replaceFirst("^Finding\\[id=-?\\d+, ", "Finding[");
    }

    private static List<String> rows(CaseStore s, long pk, VariantFilter f, Set<String> hide, int offset, int limit) {
        List<String> out = new ArrayList<>();
        for (Finding x : s.findings().query(pk, f, hide, offset, limit)) {
            out.add(row(x));
        }
        return out;
    }

    public static void main(String[] args) {
        try (CaseStore a = StoreOpener.open(StoreOpener.resolve(args[0]), null);
             CaseStore b = StoreOpener.open(StoreOpener.resolve(args[1]), null)) {
            CaseSummary ca = a.cases().find(args[2]).orElseThrow();
            CaseSummary cb = b.cases().find(args[2]).orElseThrow();
            Set<String> hidden = Set.copyOf(FilterBench.secondaryFindingGenes());
            int failures = 0;
            for (Map.Entry<String, VariantFilter> e : FilterBench.filters(ca).entrySet()) {
                Set<String> hide = e.getKey().endsWith("hidden") ? hidden : Set.of();
                VariantFilter f = e.getValue();
                long na = a.findings().count(ca.id(), f, hide);
                long nb = b.findings().count(cb.id(), f, hide);
                String verdict;
                long compared = 0;
                if (na != nb) {
                    verdict = "DIFFERENT COUNT " + na + " vs " + nb;
                } else {
                    verdict = "same";
                    List<int[]> pages = new ArrayList<>();
                    if (!f.genes().isEmpty()) {
                        pages.add(new int[] {0, (int) na + 1});
                    } else {
                        pages.add(new int[] {0, 100});
                        pages.add(new int[] {100, 100});
                        pages.add(new int[] {200, 100});
                        pages.add(new int[] {(int) Math.max(0, na - 100), 100});
                    }
                    for (int[] p : pages) {
                        List<String> ra = rows(a, ca.id(), f, hide, p[0], p[1]);
                        List<String> rb = rows(b, cb.id(), f, hide, p[0], p[1]);
                        compared += ra.size();
                        if (!ra.equals(rb)) {
                            for (int i = 0; i < Math.min(ra.size(), rb.size()); i++) {
                                if (!ra.get(i).equals(rb.get(i))) {
                                    verdict = "DIFFERENT at row " + (p[0] + i) + ":\n  " + ra.get(i) + "\n  " + rb.get(i);
                                    break;
                                }
                            }
                            if (verdict.equals("same")) {
                                verdict = "DIFFERENT page size at " + p[0] + ": " + ra.size() + " vs " + rb.size();
                            }
                            break;
                        }
                    }
                }
                if (!verdict.equals("same")) {
                    failures++;
                }
                System.out.println(e.getKey() + "\tcount " + na + "\trows compared " + compared + "\t" + verdict);
            }
            System.out.println(failures == 0 ? "all filters give the same findings" : failures + " filters differ");
            if (failures > 0) {
                System.exit(1);
            }
        }
    }
}
