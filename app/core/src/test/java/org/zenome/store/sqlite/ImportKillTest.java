package org.zenome.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.CliMain;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.VariantFilter;

/**
 * Nothing half-imported may appear: a command-line import in a child JVM is killed with SIGKILL at random moments
 * (reading, writing, indexing, committing); afterwards the database passes {@code PRAGMA integrity_check}, the case
 * that was committed before is intact, the killed case does not exist, and what the kill left on disk is removed
 * once it is old enough not to belong to a running import.
 */
class ImportKillTest {
    private static final int RECORDS = 80_000;

    @TempDir
    Path dir;

    @Test
    void killedImportsLeaveNoTraceAndDamageNothing() throws Exception {
        Path big = writeVcf(dir.resolve("big.vcf.gz"), RECORDS);
        Path small = writeVcf(dir.resolve("small.vcf.gz"), 500);
        Path db = dir.resolve("cases.db");

        assertThat(cli(db, "import", "-q", "--db", db.toString(), "--case", "KEEP", small.toString()).waitFor())
                .isZero();
        long keptFindings = findingsOf(db, "KEEP");
        assertThat(keptFindings).isEqualTo(500);

        // how long a whole import takes here, so the kills land in every phase
        long t0 = System.nanoTime();
        assertThat(cli(db, "import", "-q", "--db", db.toString(), "--case", "TIMED", big.toString()).waitFor()).isZero();
        long fullMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(findingsOf(db, "TIMED")).isEqualTo(RECORDS);

        Random random = new Random(20261203);
        List<Long> killedAt = new ArrayList<>();
        // a kill lands before the commit (no case) or after it (the whole case); never anything in between
        List<String> complete = new ArrayList<>(List.of("KEEP", "TIMED"));
        int kills = 0;
        for (int i = 0; i < 4; i++) {
            long delay = 150 + (long) (random.nextDouble() * fullMillis);
            String caseId = "KILLED-" + i;
            Process p = cli(db, "import", "-q", "--db", db.toString(), "--case", caseId, big.toString());
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback code runs
                p.waitFor();
                kills++;
                killedAt.add(delay);
            }
            try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
                assertThat(integrity(db)).isEqualTo("ok");
                assertThat(store.cases().find("KEEP").orElseThrow().findingCount()).isEqualTo(keptFindings);
                assertThat(store.findings().count(store.cases().find("KEEP").orElseThrow().id(), VariantFilter.all()))
                        .isEqualTo(keptFindings);
                var killed = store.cases().find(caseId);
                if (finished) {
                    // the import won the race: then it is complete, never partial
                    assertThat(killed.orElseThrow().findingCount()).isEqualTo(RECORDS);
                    complete.add(caseId);
                } else if (killed.isPresent()) {
                    // killed after the commit, while the JVM was exiting: complete, never partial
                    assertThat(killed.get().findingCount()).as("case killed after %d ms", delay).isEqualTo(RECORDS);
                    complete.add(caseId);
                }
            }
        }
        assertThat(kills).as("kills at %s ms of a %d ms import", killedAt, fullMillis).isGreaterThanOrEqualTo(2);

        // files the kills left: kept while young (an import may be running elsewhere), removed once old
        Path findings = db.resolveSibling(db.getFileName() + ".findings");
        age(findings);
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            List<String> referenced = new ArrayList<>();
            for (CaseSummary c : store.cases().list()) {
                referenced.add(c.caseId());
            }
            assertThat(referenced).containsExactlyInAnyOrderElementsOf(complete);
        }
        try (Stream<Path> left = Files.list(findings)) {
            assertThat(left.filter(f -> f.getFileName().toString().endsWith(".partial")).count()).isZero();
        }
        try (Stream<Path> left = Files.list(findings)) {
            // each case: its findings file and its VCF copy
            assertThat(left.count()).isEqualTo(2L * complete.size());
        }
    }

    private static void age(Path findings) throws IOException {
        FileTime old = FileTime.from(Instant.now().minus(SqliteCaseStore.ORPHAN_AGE).minusSeconds(60));
        try (Stream<Path> files = Files.list(findings)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long findingsOf(Path db, String caseId) {
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            return store.cases().find(caseId).orElseThrow().findingCount();
        }
    }

    private Process cli(Path db, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CliMain.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    /** A sorted single-sample VCF with VEP-style CSQ, as a BGZF file. */
    static Path writeVcf(Path file, int records) throws IOException {
        try (OutputStream os = new BlockCompressedOutputStream(file.toFile())) {
            StringBuilder sb = new StringBuilder();
            sb.append("##fileformat=VCFv4.2\n##reference=GRCh38\n");
            sb.append("##contig=<ID=chr1,length=248956422>\n");
            sb.append("##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. ")
                    .append("Format: Allele|Consequence|IMPACT|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL\">\n");
            sb.append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
            sb.append("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n");
            sb.append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tP1\n");
            os.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            String[] bases = {"A", "C", "G", "T"};
            for (int i = 0; i < records; i++) {
                sb.setLength(0);
                String ref = bases[i % 4];
                String alt = bases[(i + 1) % 4];
                sb.append("chr1\t").append(1000 + i * 37).append("\t.\t").append(ref).append('\t').append(alt)
                        .append("\t50\tPASS\tCSQ=").append(alt).append("|intron_variant|MODIFIER|GENE")
                        .append(i / 1000).append("|ENST0000").append(i / 1000).append("|c.").append(i).append(ref)
                        .append('>').append(alt).append("||YES\tGT:DP\t0/1:").append(20 + i % 30).append('\n');
                os.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
