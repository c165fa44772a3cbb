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
