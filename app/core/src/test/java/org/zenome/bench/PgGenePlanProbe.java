package org.zenome.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.store.postgres.PostgresCaseStore;

/** Times the gene filter's first page on PostgreSQL (issue 10 follow-up). Usage: PgGenePlanProbe VCF. */
public final class PgGenePlanProbe {
    private PgGenePlanProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE probe");
            }
            Properties p = new Properties();
            p.setProperty("user", "postgres");
            try (PostgresCaseStore s = PostgresCaseStore.open("jdbc:postgresql://localhost:" + pg.getPort() + "/probe", p)) {
                long pk = new CaseImporter(s, "probe").importVcf(new ImportRequest("P", null, "", Path.of(args[0]), null,
                        Map.of(), null, false), ImportListener.NONE).casePk();
                for (int i = 0; i < 3; i++) {
                    long t0 = System.nanoTime();
                    int n = s.findings().query(pk, VariantFilter.all().withGenes(List.of("BRCA2")), 0, 101).size();
                    System.out.printf("gene BRCA2 first page %d rows %.1f ms%n", n, (System.nanoTime() - t0) / 1e6);
                }
            }
        }
    }
}
