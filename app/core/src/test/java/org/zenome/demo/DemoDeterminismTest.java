package org.zenome.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.cli.ZenomeCli;

/**
 * The demo case depends on the seed alone: a second run (through the command line) writes byte-identical files,
 * and another seed gives another case.
 */
@ExtendWith(DemoCaseFixture.class)
class DemoDeterminismTest {

    @Test
    void theCommandLineWritesByteIdenticalFilesAndListsThem(DemoFiles first, @TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out), new PrintWriter(err), "demo", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();

        Map<String, String> a = digests(first.directory());
        Map<String, String> b = digests(dir);
        assertThat(a).hasSize(first.files().size());
        assertThat(b).isEqualTo(a);

        List<String> listed = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            String[] kv = line.split("\t");
            assertThat(Path.of(kv[1])).exists();
            listed.add(Path.of(kv[1]).getFileName().toString());
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(a.keySet());
        assertThat(out.toString()).contains("trio-vcf\t", "reference\t", "cram:DEMO-TUMOUR\t");
    }

    @Test
    void anotherSeedGivesAnotherCase() {
        DemoCaseBuilder.DemoCase a = new DemoCaseBuilder(DemoCaseGenerator.DEFAULT_SEED).build();
        DemoCaseBuilder.DemoCase b = new DemoCaseBuilder(DemoCaseGenerator.DEFAULT_SEED + 1).build();
        List<String> sitesA = a.trio().stream().filter(v -> v.finding == null).map(DemoVariant::toString).toList();
        List<String> sitesB = b.trio().stream().filter(v -> v.finding == null).map(DemoVariant::toString).toList();
        assertThat(sitesB).isNotEqualTo(sitesA);
        // the curated findings are the same case in both
        List<String> findingsA = a.trio().stream().filter(v -> v.finding != null).map(v -> v.finding.key).toList();
        List<String> findingsB = b.trio().stream().filter(v -> v.finding != null).map(v -> v.finding.key).toList();
        assertThat(findingsB).isEqualTo(findingsA);
    }

    @Test
    void theCommandLineRefusesAMissingOutputDirectory() {
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "demo");
        assertThat(code).isEqualTo(ZenomeCli.USAGE);
        assertThat(err.toString()).contains("--out");
    }

    private static Map<String, String> digests(Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(Files.newInputStream(p), md)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                out.put(p.getFileName().toString(), HexFormat.of().formatHex(md.digest()));
            }
        }
        return out;
    }
}
