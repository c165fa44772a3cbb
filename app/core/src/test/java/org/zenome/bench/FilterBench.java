package org.zenome.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Impact;
import org.zenome.domain.InheritanceModel;
import org.zenome.domain.Region;
import org.zenome.domain.SampleRole;
import org.zenome.domain.VariantFilter;

/**
 * Latency of typical variant-table filters (filter + sort + first page of 100, and the count) over an imported
 * case. Run by bench/import-wgs.sh; prints one TSV line per filter: name, median and worst page time, count
 * time and the count.
 */
public final class FilterBench {
    private FilterBench() {
    }

    /** The genes of the default secondary-finding list (ACMG SF). */
    static List<String> secondaryFindingGenes() {
        return org.zenome.interpretation.SecondaryFindingLists.builtIn()
                .resolve(org.zenome.interpretation.SecondaryFindingLists.DEFAULT_ID).symbols();
    }

    /**
     * The benchmark's filters by name; the one whose name ends with "hidden" is run with the secondary-finding
     * genes hidden (a case without consent to them).
     */
    static Map<String, VariantFilter> filters(CaseSummary c) {
        boolean trio = c.samples().stream().anyMatch(s -> s.role() == SampleRole.MOTHER)
                && c.samples().stream().anyMatch(s -> s.role() == SampleRole.FATHER);
        Map<String, VariantFilter> filters = new LinkedHashMap<>();
        VariantFilter all = VariantFilter.all();
        filters.put("gene BRCA2", all.withGenes(List.of("BRCA2")));
        filters.put("gene list (ACMG SF 10)", all.withGenes(List.of("BRCA1", "BRCA2", "MLH1", "MSH2", "MSH6",
                "PMS2", "APC", "TP53", "LDLR", "MYH7")));
        List<String> sf = secondaryFindingGenes();
        filters.put("gene list (ACMG SF v3.1, " + sf.size() + ")", all.withGenes(sf));
        filters.put("region chr17:43044295-43170245", all.withRegion(Region.parse("chr17:43044295-43170245").get()));
        filters.put("consequence missense/stop_gained", all.withConsequences(Set.of("missense_variant", "stop_gained")));
        filters.put("rare AF<=0.01", all.withMaxPopulationAf(0.01));
        filters.put("rare + HIGH/MODERATE", all.withMaxPopulationAf(0.01).withImpacts(Set.of(Impact.HIGH,
                Impact.MODERATE)));
        filters.put("ClinVar P/LP", all.withClinvar(Set.of(ClinicalSignificance.PATHOGENIC,
                ClinicalSignificance.LIKELY_PATHOGENIC)));
        filters.put("PASS + QUAL>=30 + DP>=10", all.withPassOnly(true).withMinQual(30.0).withMinDepth(10));
        filters.put("rare HIGH sorted by CADD", all.withMaxPopulationAf(0.001).withImpacts(Set.of(Impact.HIGH))
                .sortedBy(VariantFilter.SortKey.CADD, false));
        filters.put("sort by population AF", all.sortedBy(VariantFilter.SortKey.POPULATION_AF, false));
        if (trio) {
            filters.put("de novo", all.withInheritance(InheritanceModel.DE_NOVO));
            filters.put("AR homozygous rare", all.withInheritance(InheritanceModel.AUTOSOMAL_RECESSIVE_HOMOZYGOUS)
                    .withMaxPopulationAf(0.01));
            filters.put("compound het rare", all.withInheritance(InheritanceModel.COMPOUND_HETEROZYGOUS)
                    .withMaxPopulationAf(0.01));
            filters.put("X-linked", all.withInheritance(InheritanceModel.X_LINKED));
        }
        // the variant table of a case whose consent excludes secondary findings hides the list's genes
        filters.put("no filter, ACMG SF genes hidden", all);
        return filters;
    }

    public static void main(String[] args) {
        String caseId = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        String where = org.zenome.store.jdbc.StoreOpener.resolve(args[0]);
        String passFile = System.getenv("ZENOME_PASSPHRASE_FILE");
        if (!org.zenome.store.jdbc.StoreOpener.isServer(where) && passFile != null
                && org.zenome.store.sqlite.SqliteKeyring.needsPassphrase(java.nio.file.Path.of(where))) {
            try {
                // an encrypted store (issue 9): the passphrase from the file, as the command line reads it
                org.zenome.store.sqlite.SqliteKeyring.unlock(java.nio.file.Path.of(where),
                        java.nio.file.Files.readAllLines(java.nio.file.Path.of(passFile)).get(0).toCharArray());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        // a SQLite file or a jdbc:postgresql:// URL (issue 10)
        try (org.zenome.store.CaseStore store = org.zenome.store.jdbc.StoreOpener.open(
                org.zenome.store.jdbc.StoreOpener.resolve(args[0]), null)) {
            long t0 = System.nanoTime();
            CaseSummary c = store.cases().find(caseId).orElseThrow();
            store.findings().query(c.id(), VariantFilter.all(), 0, 100);
            System.out.printf(Locale.ROOT, "open case and first page\t%.1f ms%n", (System.nanoTime() - t0) / 1e6);
            Map<String, VariantFilter> filters = filters(c);
            Set<String> hidden = Set.copyOf(secondaryFindingGenes());
            System.out.println("filter\tpage_median_ms\tpage_max_ms\tcount_ms\tcount");
            List<Double> medians = new ArrayList<>();
            for (Map.Entry<String, VariantFilter> e : filters.entrySet()) {
                Set<String> hide = e.getKey().endsWith("hidden") ? hidden : Set.of();
                double[] t = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    store.findings().query(c.id(), e.getValue(), hide, 0, 100);
                    t[i] = (System.nanoTime() - s) / 1e6;
                }
                long s = System.nanoTime();
                long n = store.findings().count(c.id(), e.getValue(), hide);
                double countMs = (System.nanoTime() - s) / 1e6;
                double[] warm = Arrays.copyOfRange(t, 1, t.length);
                Arrays.sort(warm);
                double median = warm[warm.length / 2];
                medians.add(median);
                System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f\t%.1f\t%d%n", e.getKey(), median, warm[warm.length - 1],
                        countMs, n);
            }
            medians.sort(Double::compare);
            System.out.printf(Locale.ROOT, "median over filters\t%.1f ms%n", medians.get(medians.size() / 2));
        }
    }
}
