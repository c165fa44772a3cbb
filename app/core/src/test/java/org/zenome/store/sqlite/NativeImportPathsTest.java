package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.GenomeBuild;
import org.zenome.importer.ImportResult;
import org.zenome.testing.TestImports;

/**
 * The fast import paths against the plain ones (issue 8): the native bulk insert ({@link NativeBulk}) and ISA-L
 * inflation of BGZF blocks must store exactly what the JDBC insert and zlib store. Every fixture VCF (as plain text
 * and bgzipped) and every VCF of {@code ../shared/data} is imported into a real store both ways, and every row of
 * every table of the two findings files is compared.
 */
class NativeImportPathsTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty("zenome.bulk");
        System.clearProperty("zenome.isal");
    }

    @Test
    void bulkInsertAndIsalStoreTheSameRowsAsJdbcAndZlib() throws Exception {
        Assumptions.assumeTrue(NativeBulk.available(), "the native bulk insert is not built into this SQLite library "
                + "(no gcc at build time, or -Dzenome.sqlite3mc=false): only the JDBC path exists here");
        List<Path> inputs = new ArrayList<>();
        for (String f : new String[] {"trio_grch38.vcf", "tumour_normal.vcf", "snpeff_ann.vcf", "csq_scores.vcf",
                "sv_grch37.vcf", "sample.g.vcf", "csq_order_a.vcf"}) {
            Path plain = TestImports.fixture(f);
            inputs.add(plain);
            inputs.add(TestImports.bgzip(Files.readAllBytes(plain), dir.resolve(f + ".gz")));
        }
        Path shared = Path.of(System.getProperty("zenome.shared.data", "../../../shared/data")).toAbsolutePath()
                .normalize();
        if (Files.isDirectory(shared)) {
            try (Stream<Path> s = Files.walk(shared)) {
                s.filter(p -> p.toString().endsWith(".vcf") || p.toString().endsWith(".vcf.gz")).sorted()
                        .forEach(inputs::add);
            }
        } else {
            System.out.println("NativeImportPathsTest: " + shared + " absent; fixtures only");
        }
        int compared = 0;
        for (Path vcf : inputs) {
            String fast = importAndDigest(vcf, true);
            String plain = importAndDigest(vcf, false);
            assertThat(fast).as("findings of %s: bulk insert + ISA-L vs JDBC + zlib", vcf).isEqualTo(plain);
            compared++;
        }
        System.out.println("NativeImportPathsTest: " + compared + " VCFs stored identically both ways");
        assertThat(compared).isGreaterThanOrEqualTo(14);
    }

    /** Imports {@code vcf} into a new store one way; a digest of every table of its findings file, or the refusal. */
    private String importAndDigest(Path vcf, boolean fast) throws Exception {
        System.setProperty("zenome.bulk", Boolean.toString(fast));
        System.setProperty("zenome.isal", Boolean.toString(fast));
        Path storeDir = Files.createTempDirectory(dir, fast ? "fast" : "plain");
        try (SqliteCaseStore store = SqliteCaseStore.open(storeDir.resolve("zenome.db"))) {
            ImportResult r;
            try {
                r = TestImports.importVcf(store, "C", vcf);
            } catch (Exception first) {
                try {
                    // files whose header names no build (MANIFEST.md: GRCh37)
                    r = TestImports.importVcf(store, "C", vcf, null, GenomeBuild.GRCh37);
                } catch (Exception e) {
                    return "refused: " + e.getMessage();
                }
            }
            Path findings;
            try (Stream<Path> s = Files.list(store.findingsDir())) {
                findings = s.filter(p -> p.getFileName().toString().endsWith(".db")).findFirst().orElseThrow();
            }
            return r.findings() + " findings\n" + digest(findings);
        }
    }

    private static String digest(Path db) throws SQLException, java.security.NoSuchAlgorithmException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                    + "'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String t : names) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY 1, 2")) {
                    ResultSetMetaData m = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            // the type as stored, so an integer bound where a real was bound before shows up
                            row.append(v == null ? "null" : v.getClass().getSimpleName() + ":" + v).append('\t');
                        }
                        md.update(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        rows++;
                    }
                }
                tables.put(t, rows + " rows " + HexFormat.of().formatHex(md.digest()));
            }
        }
        return tables.toString();
    }
}
