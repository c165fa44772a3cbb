package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.Finding;
import org.zenome.domain.Impact;
import org.zenome.domain.VariantFilter;
import org.zenome.domain.VariantFilter.SortKey;
import org.zenome.store.CaseStore;
import org.zenome.testing.StoreEngine;
import org.zenome.testing.TestImports;

/**
 * The stored first rows of each sort order give exactly the pages of the full SQL sort: a generated case larger than
 * the prefixes (many ties, NULLs, both directions, loose and narrow filters, deep pages), every page compared with
 * the same query after the prefixes are removed from the findings file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SortPrefixTest {
    private static final int RECORDS = SortPrefixes.SIZE + 6_000;
    private static final String[][] CSQ = {
        {"missense_variant", "MODERATE"}, {"stop_gained", "HIGH"}, {"synonymous_variant", "LOW"},
        {"intron_variant", "MODIFIER"}, {"splice_region_variant&intron_variant", "LOW"}, {"frameshift_variant", "HIGH"},
    };
    private static final String[] CLINVAR = {"", "", "", "", "pathogenic", "likely_pathogenic", "benign",
        "uncertain_significance"};

    private CaseStore store;
    private long casePk;
    private Path findingsFile;

    @BeforeAll
    void importGeneratedCase(@TempDir Path tmp) throws Exception {
        Path vcf = tmp.resolve("generated.vcf");
        Random rnd = new Random(20261203);
        StringBuilder sb = new StringBuilder("""
                ##fileformat=VCFv4.2
                ##contig=<ID=chr1,length=248956422>
                ##contig=<ID=chr2,length=242193529>
                ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: \
                Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|HGVSc|HGVSp|CANONICAL|MANE_SELECT|\
                gnomADg_AF|MAX_AF|CLIN_SIG|REVEL|CADD_PHRED">
                ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
                ##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
                #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tP1
                """);
        for (int i = 0; i < RECORDS; i++) {
            String chrom = i < RECORDS / 2 ? "chr1" : "chr2";
            int pos = 10_000 + (i % (RECORDS / 2)) * 37;
            String[] csq = CSQ[rnd.nextInt(CSQ.length)];
            // coarse values: many ties, so the row ID decides the order within them
            String af = rnd.nextInt(5) == 0 ? "" : String.valueOf(rnd.nextInt(50) / 1000.0);
            String cadd = rnd.nextInt(4) == 0 ? "" : String.valueOf(rnd.nextInt(40));
            String revel = rnd.nextInt(3) == 0 ? "" : String.valueOf(rnd.nextInt(100) / 100.0);
            String qual = rnd.nextInt(10) == 0 ? "." : String.valueOf(rnd.nextInt(60));
            String gene = "G" + (i / 50);
            sb.append(chrom).append('\t').append(pos).append("\t.\tA\tG\t").append(qual).append('\t')
                    .append(rnd.nextInt(6) == 0 ? "LowQual" : "PASS").append("\tCSQ=G|").append(csq[0]).append('|')
                    .append(csq[1]).append('|').append(gene).append("|ENSG1|Transcript|ENST").append(i)
                    .append("|protein_coding|||YES||").append(af).append("||")
                    .append(CLINVAR[rnd.nextInt(CLINVAR.length)]).append('|').append(revel).append('|').append(cadd)
                    .append("\tGT:DP\t0/1:").append(5 + rnd.nextInt(40)).append('\n');
        }
        Files.writeString(vcf, sb);
        // prefixes for a case of this size (normally only whole genomes get them); the first rows are held, then heaped
        SortPrefixes.minRows = 10_000;
        store = StoreEngine.SQLITE.open(tmp, "zenome.db");
        casePk = TestImports.importVcf(store, "GEN", vcf).casePk();
        try (Stream<Path> files = Files.list(tmp.resolve("zenome.db.findings"))) {
            findingsFile = files.filter(p -> p.getFileName().toString().endsWith(".db")).findFirst().orElseThrow();
        }
    }

    @AfterAll
    void close() {
        SortPrefixes.minRows = 200_000;
        store.close();
    }

    private List<Long> page(VariantFilter f, int offset, int limit) {
        List<Long> ids = new ArrayList<>();
        for (Finding x : store.findings().query(casePk, f, offset, limit)) {
            ids.add(x.id());
        }
        return ids;
    }

    private List<List<Long>> pages(List<VariantFilter> filters, int[][] windows) {
        List<List<Long>> out = new ArrayList<>();
        for (VariantFilter f : filters) {
            for (int[] w : windows) {
                out.add(page(f, w[0], w[1]));
            }
        }
        return out;
    }

    private static List<VariantFilter> filters() {
        List<VariantFilter> out = new ArrayList<>();
        List<Function<VariantFilter, VariantFilter>> narrowings = List.of(
                f -> f,
                f -> f.withPassOnly(true),
                f -> f.withMaxPopulationAf(0.005),
                f -> f.withPassOnly(true).withMinQual(50.0).withMinDepth(40),
                f -> f.withImpacts(Set.of(Impact.HIGH)));
        for (SortKey key : List.of(SortKey.POPULATION_AF, SortKey.CLINVAR, SortKey.CADD, SortKey.REVEL, SortKey.QUAL,
                SortKey.IMPACT)) {
            for (boolean desc : new boolean[] {false, true}) {
                for (Function<VariantFilter, VariantFilter> n : narrowings) {
                    out.add(n.apply(VariantFilter.all()).sortedBy(key, desc));
                }
            }
        }
        return out;
    }

    @Test
    void everyPageEqualsTheFullSort() throws Exception {
        int[][] windows = {{0, 101}, {SortPrefixes.SIZE - 50, 101}};
        List<VariantFilter> filters = filters();
        List<List<Long>> withPrefixes = pages(filters, windows);
        assertThat(withPrefixes.get(0)).as("first page of the AF sort").hasSize(101);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + findingsFile);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sort_top")) {
                assertThat(rs.getLong(1)).isEqualTo(12L * SortPrefixes.SIZE);
            }
            s.execute("ALTER TABLE sort_top RENAME TO sort_top_hidden");
            List<List<Long>> fullSort;
            try {
                fullSort = pages(filters, windows);
            } finally {
                s.execute("ALTER TABLE sort_top_hidden RENAME TO sort_top");
            }
            for (int i = 0; i < fullSort.size(); i++) {
                assertThat(withPrefixes.get(i)).as("page %d of %s", i % windows.length, filters.get(i / windows.length))
                    .isEqualTo(fullSort.get(i));
            }
        }
    }

    @Test
    void theFirstSortedPageReadsThePrefixNotTheWholeTable() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + findingsFile);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN SELECT finding.id FROM sort_top CROSS JOIN finding "
                     + "ON finding.id = sort_top.fid WHERE pass = 1 AND sort_top.skey = 1 ORDER BY sort_top.srank LIMIT 101")) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(4)).append('\n');
            }
            assertThat(plan.toString()).contains("SEARCH sort_top USING PRIMARY KEY (skey=?)")
                    .contains("SEARCH finding USING INTEGER PRIMARY KEY (rowid=?)").doesNotContain("TEMP B-TREE");
        }
    }

    /**
     * Long after every order is full (the quick refusal of rows that sort after the last kept value, or tie with it),
     * the kept rows are exactly the first rows of a full sort by value (NULL placement, direction) and row ID: 300,000
     * rows of values with many ties, many NULLs, negative zero, and values arriving better and worse over time.
     */
    @Test
    void prefixesEqualAFullSortOfManyRows() {
        int n = 300_000;
        Random rnd = new Random(20261204);
        SortPrefixes prefixes = new SortPrefixes();
        List<org.zenome.store.FindingRow> rows = new ArrayList<>();
        for (int id = 1; id <= n; id++) {
            org.zenome.store.FindingRow r = new org.zenome.store.FindingRow();
            double drift = id / (double) n; // later rows slightly better in one direction, worse in the other
            r.populationAf = rnd.nextInt(5) == 0 ? Double.NaN : rnd.nextInt(10) == 0 ? -0.0
                    : Math.round(rnd.nextDouble() * (1 - drift / 2) * 10_000) / 10_000.0;
            r.clinvar = rnd.nextInt(50) == 0 ? 1 + rnd.nextInt(5) : 0;
            r.cadd = rnd.nextInt(3) == 0 ? Math.round(rnd.nextDouble() * 400 * (0.5 + drift)) / 10.0 : Double.NaN;
            r.revel = rnd.nextInt(8) == 0 ? Math.round(rnd.nextDouble() * 1000) / 1000.0 : Double.NaN;
            r.qual = rnd.nextInt(100) == 0 ? Double.NaN : Math.round(rnd.nextDouble() * 2000) / 100.0;
            r.impact = rnd.nextInt(4);
            r.consequenceRank = rnd.nextInt(3);
            rows.add(r);
            prefixes.add(r, id);
        }
        for (SortPrefixes.Order o : SortPrefixes.Order.values()) {
            List<Integer> ids = new ArrayList<>();
            for (int id = 1; id <= n; id++) {
                ids.add(id);
            }
            ids.sort((a, b) -> {
                double va = o.value(rows.get(a - 1));
                double vb = o.value(rows.get(b - 1));
                int c = o.compareValues(va == 0.0 ? 0.0 : va, vb == 0.0 ? 0.0 : vb);
                return c != 0 ? c : o.idDescending ? Integer.compare(b, a) : Integer.compare(a, b);
            });
            long[] expected = ids.subList(0, SortPrefixes.SIZE).stream().mapToLong(Integer::longValue).toArray();
            assertThat(prefixes.sorted(o)).as(o.name()).containsExactly(expected);
        }
    }

    /** The primitive map behind the prefixes behaves as a map under many puts and removals (probe runs, growth). */
    @Test
    void groupMapAgreesWithAHashMap() {
        SortPrefixes.GroupMap map = new SortPrefixes.GroupMap();
        java.util.Map<Long, SortPrefixes.Group> expected = new java.util.HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // few distinct keys, so removals hit probe runs; doubles' bits as the prefixes use them
            long key = Double.doubleToLongBits(random.nextInt(3000) / 7.0);
            if (random.nextInt(3) == 0) {
                map.remove(key);
                expected.remove(key);
            } else {
                SortPrefixes.Group g = new SortPrefixes.Group(i);
                map.put(key, g);
                expected.put(key, g);
            }
            if (i % 997 == 0) {
                for (int k = 0; k < 3000; k++) {
                    long probe = Double.doubleToLongBits(k / 7.0);
                    assertThat(map.get(probe)).isSameAs(expected.get(probe));
                }
                assertThat(map.size()).isEqualTo(expected.size());
            }
        }
    }
}
