package org.zenome.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.zenome.classification.AppliedCriterion;
import org.zenome.classification.CriterionCall;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.interpretation.FindingRef;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.testing.TestImports;

/**
 * No patient identifier, genotype or variant in the logs (ADR 0004). Two scans: (1) the main flows run here with
 * the production logging configuration ({@link LogConfiguration}, file in a temporary log folder), on a trio whose
 * sample names look like patient identifiers: import, a refused import and validation of a file with a bad line,
 * queries, a classification note quoting HGVS, backup and restore check, the audit log; every finding's
 * coordinates and alleles, the sample names and the note are looked for in the log, as are genotype, HGVS and
 * coordinate patterns. (2) The log files the test suite has written so far ({@code target/test-logs} of every
 * module) are scanned for the same patterns.
 */
class LogPrivacyTest {
    /**
     * Genotypes (0/1, 1|0, ./.), HGVS (c.68_69del, p.Glu23fs), coordinates (chr17:43045712), REF>ALT, and an
     * encrypted store's key as it appears in its SQLite URI (hexkey=).
     */
    static final List<Pattern> SENSITIVE = List.of(
            Pattern.compile("(?<![\\w.:/-])[0-9.][/|][0-9.](?![\\w./|])"),
            Pattern.compile("\\b[cgp]\\.[0-9*_+-]*[0-9](del|ins|dup|[ACGT]>[ACGT])"),
            Pattern.compile("\\bp\\.[A-Z][a-z]{2}[0-9]+"),
            Pattern.compile("\\bchr[0-9XYM]{1,2}[:\\t][0-9]{3,}"),
            Pattern.compile("(?<![\\w>])[ACGT]{1,50}>[ACGT]{1,50}(?![\\w>])"),
            Pattern.compile("hexkey="));

    @TempDir
    Path dir;

    @Test
    void theMainFlowsLogNoPatientDataWithTheProductionConfiguration() throws Exception {
        Path logs = dir.resolve("logs");
        Path vcf = dir.resolve("trio.vcf");
        String text = TestImports.text(TestImports.fixture("trio_grch38.vcf"))
                .replace("\tCHILD\tMOTHER\tFATHER", "\tPT0042-YAMADA\tPT0043-YAMADA\tPT0044-YAMADA");
        Files.writeString(vcf, text);
        List<String> lines = new ArrayList<>(text.lines().toList());
        int bad = lines.size() - 1;
        String badLine = lines.get(bad).replaceFirst("\t[0-9]+\t", "\t12x4\t");
        lines.set(bad, badLine);
        Path broken = Files.write(dir.resolve("broken.vcf"), lines);
        Path db = dir.resolve("zenome.db");
        Set<String> secrets = new LinkedHashSet<>(List.of("PT0042-YAMADA", "PT0043-YAMADA", "PT0044-YAMADA",
                "c.68_69delAG", "12x4"));

        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        String before = System.getProperty("zenome.log.dir");
        System.setProperty("zenome.log.dir", logs.toString());
        try {
            ctx.reset();
            System.setProperty("zenome.log.production", "true");
            LogConfiguration production = new LogConfiguration();
            production.setContext(ctx);
            assertThat(production.configure(ctx)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

            assertThat(TestImports.cli("import", "-q", "--db", db.toString(), "--case", "PRIV-1", vcf.toString())
                    .exit()).isZero();
            assertThat(TestImports.cli("import", "-q", "--db", db.toString(), "--case", "PRIV-2",
                    broken.toString()).exit()).isEqualTo(3);
            assertThat(TestImports.cli("validate", broken.toString()).exit()).isEqualTo(3);
            assertThat(TestImports.cli("variants", "--db", db.toString(), "--case", "PRIV-1").exit()).isZero();
            try (SqliteCaseStore s = SqliteCaseStore.open(db)) {
                long pk = s.cases().find("PRIV-1").orElseThrow().id();
                for (Finding f : TestImports.all(s, pk)) {
                    secrets.add(f.label());
                    secrets.add(f.chrom() + ":" + f.pos());
                    for (String hgvs : new String[] {f.hgvsC(), f.hgvsP()}) {
                        if (hgvs != null && hgvs.length() > 3) {
                            secrets.add(hgvs);
                        }
                    }
                }
                Finding f = s.findings().query(pk, VariantFilter.all(), 0, 1).get(0);
                s.interpretation().recordCall(FindingRef.of(pk, f), CriterionCall.accepted(
                        AppliedCriterion.parse("PM2"), "absent from gnomAD; c.68_69delAG in trans", "sato",
                        Instant.now()));
            }
            Path backups = dir.resolve("backups");
            var b = TestImports.cli("backup", "--db", db.toString(), "--to", backups.toString());
            assertThat(b.exit()).as(b.err()).isZero();
            assertThat(TestImports.cli("restore", "--db", db.toString(), "--verify-only",
                    b.out().split("\t")[1]).exit()).isZero();
            assertThat(TestImports.cli("audit", "log", "--db", db.toString()).exit()).isZero();
        } finally {
            ctx.reset();
            System.clearProperty("zenome.log.production");
            if (before == null) {
                System.clearProperty("zenome.log.dir");
            } else {
                System.setProperty("zenome.log.dir", before);
            }
            new ContextInitializer(ctx).autoConfig();
        }
        List<Path> files = logFiles(logs);
        assertThat(files).as("the production configuration wrote its log").isNotEmpty();
        String log = read(files);
        assertThat(log).contains("Imported case PRIV-1");
        for (String secret : secrets) {
            assertThat(log).as("log mentions %s", secret).doesNotContain(secret);
        }
        assertThat(findings(files)).isEmpty();
    }

    @Test
    void theLogsTheTestSuiteWroteHoldNoGenotypeVariantOrHgvs() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(module.getParent())) {
            for (Path m : modules.toList()) {
                files.addAll(logFiles(m.resolve("target").resolve("test-logs")));
            }
        }
        files.addAll(logFiles(module.resolve("target").resolve("test-logs")));
        org.junit.jupiter.api.Assumptions.assumeFalse(files.isEmpty(),
                "no test-suite log written yet (target/test-logs of the modules)");
        System.out.println("LOGSCAN " + files.size() + " log files, " + read(files).lines().count() + " lines");
        assertThat(findings(files)).isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksForAndNotTheUsualLines() throws Exception {
        Path log = Files.writeString(dir.resolve("sample.log"), String.join("\n",
                "2026-12-03 10:00:00,000 INFO [main] x - genotype 0/1 for the proband",
                "2026-12-03 10:00:00,000 INFO [main] x - phased 1|0",
                "2026-12-03 10:00:00,000 INFO [main] x - BRCA1 c.68_69delAG",
                "2026-12-03 10:00:00,000 INFO [main] x - TP53 p.Arg175His",
                "2026-12-03 10:00:00,000 INFO [main] x - at chr17:43045712",
                "2026-12-03 10:00:00,000 INFO [main] x - allele A>G",
                "2026-12-03 10:00:00,000 INFO [main] x - Imported case CA-0001: 13 records, 14 findings in 90 ms",
                "2026-12-03 10:00:00,000 INFO [main] x - Backup of /tmp/a/zenome.db written to "
                        + "/tmp/b/zenome-backup-20261201T090000Z: 2 cases, 5 files, 836450 bytes",
                "2026-12-03 10:00:00,000 INFO [main] x - opened case store /home/u/.local/share/zenome/zenome.db"));
        assertThat(findings(List.of(log))).hasSize(6);
    }

    private static List<Path> logFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".log")).distinct().toList();
        }
    }

    private static String read(List<Path> files) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Path f : new LinkedHashSet<>(files)) {
            sb.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** Lines matching a sensitive pattern, with their file. */
    static List<String> findings(List<Path> files) throws Exception {
        List<String> hits = new ArrayList<>();
        for (Path f : new LinkedHashSet<>(files)) {
            for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")) {
                // the log's own time stamps and paths are not patient data: match only the message
                int msg = line.indexOf(" - ");
                String m = msg < 0 ? line : line.substring(msg + 3);
                for (Pattern p : SENSITIVE) {
                    if (p.matcher(m).find()) {
                        hits.add(f.getFileName() + ": " + line);
                        break;
                    }
                }
            }
        }
        return hits;
    }
}
