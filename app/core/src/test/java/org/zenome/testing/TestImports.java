package org.zenome.testing;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.store.CaseStore;

/** Shared helpers of the import, store and command-line tests: fixtures, compression, real SQLite imports. */
public final class TestImports {
    public static final String TOOL_VERSION = "test";

    private TestImports() {
    }

    /** A fixture under {@code src/test/resources/vcf}. */
    public static Path fixture(String name) {
        URL url = TestImports.class.getResource("/vcf/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} as BGZF (with the end-of-file marker block), as bgzip would. */
    public static Path bgzip(byte[] bytes, Path out) {
        try (BlockCompressedOutputStream o = new BlockCompressedOutputStream(out.toFile())) {
            o.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Writes {@code bytes} as one plain gzip member (not BGZF). */
    public static Path gzip(byte[] bytes, Path out) {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            o.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static ImportResult importVcf(CaseStore store, String caseId, Path vcf) throws Exception {
        return importVcf(store, caseId, vcf, null, null);
    }

    public static ImportResult importVcf(CaseStore store, String caseId, Path vcf, Path ped, GenomeBuild build)
            throws Exception {
        return new CaseImporter(store, TOOL_VERSION).importVcf(
                new ImportRequest(caseId, null, "", vcf, ped, Map.of(), build, false), ImportListener.NONE);
    }

    /** Every finding of a case matching the filter, in position order. */
    public static List<Finding> query(CaseStore store, long casePk, VariantFilter filter) {
        List<Finding> out = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<Finding> page = store.findings().query(casePk, filter, offset, 1000);
            out.addAll(page);
            if (page.size() < 1000) {
                return out;
            }
            offset += page.size();
        }
    }

    public static List<Finding> all(CaseStore store, long casePk) {
        return query(store, casePk, VariantFilter.all());
    }

    /** {@code chrom:pos ref>alt} of each finding, for compact assertions. */
    public static List<String> labels(List<Finding> findings) {
        return findings.stream().map(Finding::label).toList();
    }

    /** The outcome of one in-process run of the command line. */
    public record CliRun(int exit, String out, String err) {
        /** Standard error split into lines (without the empty tail). */
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }

        public List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
        }
    }

    /** Runs {@code zenome ARGS} in this JVM, capturing standard output and error. */
    public static CliRun cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = org.zenome.cli.ZenomeCli.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
                args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /**
     * A synthetic VCF: the header of trio_grch38.vcf and {@code records} SNVs on chr1 (one every 10 bases from
     * 10,000) with genotypes for the trio. Returns the lines (header first) so tests can damage one.
     */
    public static List<String> bigTrioLines(int records) {
        return new ArrayList<>(BIG.computeIfAbsent(records, TestImports::makeBigTrioLines));
    }

    private static final Map<Integer, List<String>> BIG = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> makeBigTrioLines(int records) {
        List<String> lines = new ArrayList<>();
        for (String l : text(fixture("trio_grch38.vcf")).split("\n")) {
            if (l.startsWith("#")) {
                lines.add(l);
            }
        }
        String[] bases = {"A", "C", "G", "T"};
        for (int i = 0; i < records; i++) {
            String ref = bases[i % 4];
            String alt = bases[(i + 1) % 4];
            lines.add("chr1\t" + (10_000 + 10 * i) + "\t.\t" + ref + "\t" + alt + "\t50\tPASS\tDP=30;CSQ=" + alt
                    + "|intergenic_variant|MODIFIER||||||||||||\tGT:AD:DP:GQ\t0/1:15,15:30:99\t0/0:30,0:30:99\t"
                    + "0/1:14,16:30:99");
        }
        return lines;
    }

    /** Number of header lines of trio_grch38.vcf (the #CHROM line is the last of them). */
    public static int trioHeaderLines() {
        return (int) java.util.Arrays.stream(text(fixture("trio_grch38.vcf")).split("\n"))
                .filter(l -> l.startsWith("#")).count();
    }

    public static byte[] join(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * What a store holds, to compare before and after a failed import: every row of every table of the main
     * database (read through a separate connection) and the name and size of every file beside it, except
     * SQLite's own -wal/-shm files.
     */
    public static String snapshot(Path dbFile) {
        StringBuilder sb = new StringBuilder();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
            List<String> tables = new ArrayList<>();
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery(
                         "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                sb.append("table ").append(t).append('\n');
                try (java.sql.Statement st = c.createStatement();
                     java.sql.ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                        }
                        sb.append('\n');
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        listing(dbFile.getParent()).forEach((k, v) -> {
            if (!k.endsWith("-wal") && !k.endsWith("-shm") && !k.equals(dbFile.getFileName().toString())) {
                sb.append("file ").append(k).append(' ').append(v).append('\n');
            }
        });
        return sb.toString();
    }

    /** Every file under {@code dir} (relative path → size), to compare before/after. */
    public static Map<String, String> listing(Path dir) {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(dir)) {
            return m;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    m.put(dir.relativize(p).toString(), Long.toString(Files.size(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
