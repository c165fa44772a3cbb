package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.Finding;
import org.zenome.domain.InheritanceModel;
import org.zenome.domain.VariantFilter;
import org.zenome.store.CaseStore;
import org.zenome.testing.StoreEngine;
import org.zenome.testing.TestImports;

/**
 * The inheritance filters give the same rows, pages and counts with the row lists written at import time as with a
 * scan of every row: a generated trio with every genotype combination (missing calls included) on autosomes and X,
 * genes with hets from one or both parents.
 */
class InheritanceListsTest {
    private static final String[] GT = {"0/0", "0/1", "1/1", "./.", "0/0", "0/1"};

    @Test
    void listedRowsGiveTheSameAnswerAsAFullScan(@TempDir Path dir) throws Exception {
        Random rnd = new Random(7);
        StringBuilder sb = new StringBuilder("""
                ##fileformat=VCFv4.2
                ##contig=<ID=chr1,length=248956422>
                ##contig=<ID=chr2,length=242193529>
                ##contig=<ID=chrX,length=156040895>
                ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: \
                Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|HGVSc|HGVSp|CANONICAL">
                ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
                #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tKID\tMUM\tDAD
                """);
        for (String chrom : List.of("chr1", "chr2", "chrX")) {
            for (int i = 0; i < 1500; i++) {
                String gene = rnd.nextInt(8) == 0 ? "" : "G" + chrom + "_" + (i / 30);
                sb.append(chrom).append('\t').append(1000 + i * 11).append("\t.\tC\tT\t50\tPASS\tCSQ=T|missense_variant|")
                        .append("MODERATE|").append(gene).append("|ENSG|Transcript|ENST").append(i)
                        .append("|protein_coding|||YES\tGT\t").append(GT[rnd.nextInt(GT.length)]).append('\t')
                        .append(GT[rnd.nextInt(GT.length)]).append('\t').append(GT[rnd.nextInt(GT.length)]).append('\n');
            }
        }
        Path vcf = Files.writeString(dir.resolve("trio.vcf"), sb);
        Path ped = Files.writeString(dir.resolve("trio.ped"), "F\tKID\tDAD\tMUM\t1\t2\nF\tDAD\t0\t0\t1\t1\nF\tMUM\t0\t0\t2\t1\n");
        try (CaseStore store = StoreEngine.SQLITE.open(dir, "zenome.db")) {
            long pk = TestImports.importVcf(store, "TRIO", vcf, ped, null).casePk();
            Path findings;
            try (Stream<Path> files = Files.list(dir.resolve("zenome.db.findings"))) {
                findings = files.filter(p -> p.getFileName().toString().endsWith(".db")).findFirst().orElseThrow();
            }
            Map<String, Object> listed = answers(store, pk);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + findings); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT kind, count(*) FROM flag WHERE kind >= 3 GROUP BY kind ORDER BY kind")) {
                    int kinds = 0;
                    while (rs.next()) {
                        kinds++;
                        assertThat(rs.getLong(2)).as("rows listed for kind " + rs.getInt(1)).isPositive();
                    }
                    assertThat(kinds).isEqualTo(3);
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM comphet_gene")) {
                    assertThat(rs.getLong(1)).isPositive();
                }
                s.execute("DELETE FROM meta WHERE key = '" + InheritanceLists.META_KEY + "'");
            }
            Map<String, Object> scanned = answers(store, pk);
            assertThat(listed).isEqualTo(scanned);
            for (InheritanceModel m : InheritanceModel.values()) {
                assertThat((List<?>) scanned.get(m + " all")).as(m + " finds rows").isNotEmpty();
            }
        }
    }

    private static Map<String, Object> answers(CaseStore store, long pk) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (InheritanceModel m : InheritanceModel.values()) {
            VariantFilter f = VariantFilter.all().withInheritance(m);
            out.put(m + " all", ids(TestImports.query(store, pk, f)));
            out.put(m + " count", store.findings().count(pk, f));
            out.put(m + " page 2", ids(store.findings().query(pk, f, 20, 21)));
        }
        return out;
    }

    private static List<Long> ids(List<Finding> findings) {
        List<Long> out = new ArrayList<>();
        findings.forEach(x -> out.add(x.id()));
        return out;
    }
}
