package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import htsjdk.variant.vcf.VCFHeader;
import htsjdk.variant.vcf.VCFInfoHeaderLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Contigs;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.Genotype;
import org.zenome.domain.Impact;
import org.zenome.domain.Zygosity;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.testing.TestImports;

/**
 * Every VCF in {@code ../shared/data} (see its MANIFEST.md) imported into a real SQLite store and checked against
 * two independent readers: {@code bcftools norm -m-} for the number and places of the per-ALT findings, and
 * htsjdk for every REF/ALT and every sample's GT, AD, DP and GQ. Annotations are checked against the raw
 * CSQ/ANN entries mapped by the header's field list, and a few records by hand. Skipped, with the reason, when
 * the shared data is absent; the bcftools comparison is skipped visibly when bcftools is not installed or
 * refuses a file (htsjdk still checks it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedVcfCrossCheckTest {
    /** Files whose header names no genome build: refused without --build, imported with the build of MANIFEST.md. */
    private static final Map<String, GenomeBuild> BUILD_NOT_IN_HEADER = Map.of(
            "brca1_1kgPhase3_variants.vcf.gz", GenomeBuild.GRCh37,
            "643594.clinical.str.stranger.vcf.gz", GenomeBuild.GRCh37);

    /** Files above this size (the 69,302-record ClinVar excerpt) are compared with bcftools only by default. */
    private static final long LARGE = 1_000_000;
    private final Path data = sharedData();
    private final Path bcftools = tool("bcftools");
    private final Map<Path, Long> casePks = new HashMap<>();
    @TempDir
    static Path storeDir;
    private SqliteCaseStore store;

    private SqliteCaseStore store() {
        if (store == null) {
            store = SqliteCaseStore.open(storeDir.resolve("zenome.db"));
        }
        return store;
    }

    private static Path sharedData() {
        String root = System.getProperty("zenome.shared.data", "../../../shared/data");
        return Path.of(root).toAbsolutePath().normalize();
    }

    private static Path tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private void assumeData() {
        Assumptions.assumeTrue(Files.isDirectory(data), "shared test data not present at " + data);
    }

    @TestFactory
    Stream<DynamicNode> everySharedVcf() throws IOException {
        assumeData();
        store();
        List<Path> vcfs;
        try (Stream<Path> s = Files.walk(data)) {
            vcfs = s.filter(p -> p.toString().endsWith(".vcf") || p.toString().endsWith(".vcf.gz")).sorted().toList();
        }
        assertThat(vcfs).hasSizeGreaterThanOrEqualTo(20);
        return vcfs.stream().map(vcf -> org.junit.jupiter.api.DynamicContainer.dynamicContainer(
                data.relativize(vcf).toString(), Stream.of(
                        DynamicTest.dynamicTest("imports", () -> importIt(vcf)),
                        DynamicTest.dynamicTest("findings per ALT = bcftools norm -m-", () -> againstBcftools(vcf)),
                        DynamicTest.dynamicTest("alleles and genotypes = htsjdk", () -> againstHtsjdk(vcf)),
                        DynamicTest.dynamicTest("annotations mapped by the header", () -> annotations(vcf)))));
    }

    private void importIt(Path vcf) throws Exception {
        String name = vcf.getFileName().toString();
        GenomeBuild given = BUILD_NOT_IN_HEADER.get(name);
        if (given != null) {
            assertThatThrownBy(() -> TestImports.importVcf(store, "NOBUILD-" + name, vcf))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot detect the genome build");
        }
        ImportResult r = TestImports.importVcf(store, name, vcf, null, given);
        if (name.contains("GRCh38") || name.contains("grch38") || vcf.startsWith(data.resolve("snpeff_ann_igvjs"))
                || name.equals("vep113_existing_variation.vcf")) {
            assertThat(r.build()).isEqualTo(GenomeBuild.GRCh38);
        } else {
            assertThat(r.build()).isEqualTo(GenomeBuild.GRCh37);
        }
        casePks.put(vcf, r.casePk());
        assertThat(store.cases().find(name).orElseThrow().findingCount()).isEqualTo(r.findings());
    }

    private long pk(Path vcf) {
        Long pk = casePks.get(vcf);
        Assumptions.assumeTrue(pk != null, "not imported");
        return pk;
    }

    private List<Finding> findings(Path vcf) {
        return TestImports.all(store, pk(vcf));
    }

    private void againstBcftools(Path vcf) throws Exception {
        long pk = pk(vcf);
        Assumptions.assumeTrue(bcftools != null, "bcftools is not installed: per-ALT counts checked against htsjdk only");
        // bcftools cannot write records whose INFO/FORMAT tags or contig the header does not define: add the
        // missing definitions it names (the records stay as they are) and run it again
        Path input = vcf;
        List<String> added = new ArrayList<>();
        String[] result = norm(input);
        for (int attempt = 0; attempt < 10 && result[0] == null; attempt++) {
            List<String> missing = missingDefinitions(result[1], added);
            if (missing.isEmpty()) {
                break;
            }
            added.addAll(missing);
            input = withHeaderLines(vcf, added);
            result = norm(input);
        }
        String stderr = result[1];
        Assumptions.assumeTrue(result[0] != null, () -> "bcftools norm -m- refuses " + vcf.getFileName() + " ("
                + stderr.lines().filter(l -> l.startsWith("[E::")).findFirst().orElse("error")
                + "); per-ALT counts checked against htsjdk only");
        List<String> expected = new ArrayList<>();
        for (String line : result[0].split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 6);
            if (VcfRecordParser.isReferencePlaceholder(f[4])) {
                continue; // reference blocks and monomorphic sites (ALT '.') are skipped and counted, not findings
            }
            expected.add(Contigs.normalise(f[0]) + ":" + f[1]);
        }
        List<String> actual = findings(vcf).stream().map(f -> f.chrom() + ":" + f.pos()).toList();
        assertThat(actual).as("bcftools norm -m-" + (added.isEmpty() ? "" : " with header lines " + added))
                .hasSize(expected.size()).isEqualTo(expected);
        assertThat(store.findings().count(pk, org.zenome.domain.VariantFilter.all())).isEqualTo(expected.size());
    }

    /** {stdout or null on failure, stderr} of {@code bcftools norm -m-}. */
    private String[] norm(Path vcf) throws Exception {
        Process p = new ProcessBuilder(bcftools.toString(), "norm", "-m-", "--no-version", "-Ov", vcf.toString()).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(err.join(), StandardCharsets.UTF_8);
        boolean ok = p.exitValue() == 0 && stderr.lines().noneMatch(l -> l.startsWith("[E::"));
        return new String[] {ok ? new String(out.join(), StandardCharsets.UTF_8) : null, stderr};
    }

    private static final java.util.regex.Pattern UNDEFINED = java.util.regex.Pattern.compile(
            "(INFO|FORMAT) '([^']+)' (?:at \\S+ )?is not defined|Contig '([^']+)' is not defined");

    private static List<String> missingDefinitions(String stderr, List<String> already) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = UNDEFINED.matcher(stderr);
        while (m.find()) {
            String line = m.group(3) != null ? "##contig=<ID=" + m.group(3) + ">"
                    : "##" + m.group(1) + "=<ID=" + m.group(2) + ",Number=.,Type=String,Description=\"test\">";
            if (!already.contains(line) && !out.contains(line)) {
                out.add(line);
            }
        }
        return out;
    }

    private Path withHeaderLines(Path vcf, List<String> extra) throws IOException {
        List<String> lines = new ArrayList<>();
        int columns = -1;
        java.util.Set<String> contigs = new java.util.LinkedHashSet<>();
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(open(vcf),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#CHROM")) {
                    columns = lines.size();
                } else if (!line.startsWith("#")) {
                    contigs.add(line.substring(0, line.indexOf('\t')));
                } else if (line.startsWith("##contig=<ID=")) {
                    contigs.remove(line.substring(13).split("[,>]")[0]);
                }
                lines.add(line);
            }
        }
        List<String> header = new ArrayList<>();
        for (String e : extra) {
            if (!e.startsWith("##contig")) {
                header.add(e);
            }
        }
        if (extra.stream().anyMatch(e -> e.startsWith("##contig"))) {
            for (String c : contigs) {
                header.add("##contig=<ID=" + c + ">"); // every contig the header lacks, at once
            }
        }
        lines.addAll(columns, header);
        return Files.write(storeDir.resolve("patched-" + vcf.getFileName().toString().replace(".gz", "")), lines);
    }

    private static java.io.InputStream open(Path vcf) throws IOException {
        java.io.InputStream in = Files.newInputStream(vcf);
        return vcf.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One expected finding from htsjdk's decoding of the record. */
    private record Expected(String label, int altIndex, List<String> genotypes) {
    }

    private void againstHtsjdk(Path vcf) throws IOException {
        List<Finding> actual = findings(vcf);
        Assumptions.assumeTrue(Files.size(vcf) < LARGE || Boolean.getBoolean("zenome.test.large"), () -> vcf.getFileName()
                + " is large: counted against bcftools only (-Dzenome.test.large=true compares it with htsjdk too)");
        List<Expected> expected = new ArrayList<>();
        long records = 0;
        try (VCFFileReader r = new VCFFileReader(vcf, false)) {
            List<String> samples = r.getFileHeader().getGenotypeSamples();
            for (VariantContext vc : r) {
                records++;
                List<Allele> alleles = vc.getAlleles();
                for (int a = 1; a < alleles.size(); a++) {
                    String alt = alleles.get(a).getDisplayString();
                    if (VcfRecordParser.isReferencePlaceholder(alt)) {
                        continue;
                    }
                    List<String> gts = new ArrayList<>();
                    for (String s : samples) {
                        gts.add(genotype(vc, vc.getGenotype(s), a));
                    }
                    expected.add(new Expected(Contigs.normalise(vc.getContig()) + ":" + vc.getStart() + " "
                            + vc.getReference().getDisplayString() + ">" + alt, a, gts));
                }
            }
        } catch (htsjdk.tribble.TribbleException e) {
            // htsjdk is stricter than bcftools and Zenome (e.g. spaces in INFO values, allowed since VCF 4.3):
            // check the alleles against a plain split of the text lines, and say so
            assertThat(actual.stream().map(Finding::label).toList()).isEqualTo(textAlleles(vcf));
            Assumptions.abort("htsjdk refuses " + vcf.getFileName() + " (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); alleles checked against the text lines, genotypes not cross-checked");
        }
        assertThat(store.cases().sourceFiles(pk(vcf)).get(0).records()).isEqualTo(records);
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Finding f = actual.get(i);
            Expected e = expected.get(i);
            assertThat(f.label()).isEqualTo(e.label());
            assertThat(f.altIndex()).as(f.label()).isEqualTo(e.altIndex());
            assertThat(f.genotypes().stream().map(SharedVcfCrossCheckTest::describe).toList()).as(f.label())
                    .isEqualTo(e.genotypes());
        }
    }

    /** {@code chrom:pos ref>alt} for every ALT of every data line, by splitting the text (no VCF library). */
    private static List<String> textAlleles(Path vcf) throws IOException {
        List<String> out = new ArrayList<>();
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(open(vcf),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 6);
                for (String alt : f[4].split(",")) {
                    if (!VcfRecordParser.isReferencePlaceholder(alt)) {
                        out.add(Contigs.normalise(f[0]) + ":" + f[1] + " " + f[3] + ">" + alt);
                    }
                }
            }
        }
        return out;
    }

    private static String describe(Genotype g) {
        String vaf = Double.isNaN(g.vaf()) ? "-" : String.format(java.util.Locale.ROOT, "%.4f", g.vaf());
        return g.sample() + " " + g.gt() + " " + g.zygosity() + " AD " + g.refDepth() + "," + g.altDepth() + " DP "
                + g.depth() + " GQ " + g.quality() + " VAF " + vaf;
    }

    /** The same description computed from htsjdk's genotype, for ALT {@code a} (1-based). */
    private static String genotype(VariantContext vc, htsjdk.variant.variantcontext.Genotype g, int a) {
        StringBuilder gt = new StringBuilder();
        List<Allele> called = g.getAlleles();
        int count = 0;
        int ref = 0;
        int missing = 0;
        for (int i = 0; i < called.size(); i++) {
            Allele al = called.get(i);
            if (i > 0) {
                gt.append(g.isPhased() ? '|' : '/');
            }
            if (al.isNoCall()) {
                gt.append('.');
                missing++;
            } else {
                int idx = vc.getAlleleIndex(al);
                gt.append(idx);
                if (idx == a) {
                    count++;
                } else if (idx == 0) {
                    ref++;
                }
            }
        }
        if (called.isEmpty()) {
            gt.append('.'); // no GT in FORMAT: missing, as '.'
        }
        Zygosity z;
        if (called.isEmpty() || missing == called.size()) {
            z = Zygosity.MISSING;
        } else if (count > 0) {
            z = count == called.size() ? Zygosity.HOM_ALT : Zygosity.HET;
        } else if (ref == called.size()) {
            z = Zygosity.HOM_REF;
        } else if (missing > 0) {
            z = Zygosity.MISSING;
        } else {
            z = Zygosity.OTHER_ALT;
        }
        int refDepth = -1;
        int altDepth = -1;
        if (g.hasAD()) {
            refDepth = g.getAD()[0];
            altDepth = g.getAD().length > a ? g.getAD()[a] : -1;
        } else if (g.hasExtendedAttribute("RO") && g.hasExtendedAttribute("AO")) {
            refDepth = intOr(g.getExtendedAttribute("RO").toString());
            String[] ao = g.getExtendedAttribute("AO").toString().split(",");
            altDepth = ao.length >= a ? intOr(ao[a - 1]) : -1;
        } else if (g.hasExtendedAttribute("VD") && g.hasDP() && vc.getAlternateAlleles().size() == 1) {
            // VarDict: VD of DP reads carry the ALT
            altDepth = intOr(g.getExtendedAttribute("VD").toString());
            refDepth = altDepth >= 0 && g.getDP() >= altDepth ? g.getDP() - altDepth : -1;
            altDepth = refDepth < 0 ? -1 : altDepth;
        }
        double vaf = refDepth < 0 || altDepth < 0 || refDepth + altDepth == 0 ? Double.NaN
                : (double) altDepth / (refDepth + altDepth);
        String v = Double.isNaN(vaf) ? "-" : String.format(java.util.Locale.ROOT, "%.4f", vaf);
        return g.getSampleName() + " " + gt + " " + z + " AD " + refDepth + "," + altDepth + " DP "
                + (g.hasDP() ? g.getDP() : -1) + " GQ " + (g.hasGQ() ? g.getGQ() : -1) + " VAF " + v;
    }

    private static int intOr(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The display fields of every finding equal one raw CSQ (or ANN) entry of its record with the same
     * transcript, the entry's fields found by the names in the header's Format list.
     */
    private void annotations(Path vcf) {
        List<Finding> actual = findings(vcf);
        Map<String, VariantContext> byLabel = new HashMap<>();
        List<String> csqFields;
        List<String> annFields;
        try (VCFFileReader r = new VCFFileReader(vcf, false)) {
            csqFields = fields(r.getFileHeader(), "CSQ", "Format: ");
            annFields = fields(r.getFileHeader(), "ANN", "Functional annotations: '");
            if (csqFields == null && annFields == null) {
                Assumptions.abort("no CSQ or ANN annotations in this file");
            }
            Assumptions.assumeTrue(Files.size(vcf) < LARGE || Boolean.getBoolean("zenome.test.large"),
                    () -> vcf.getFileName() + " is large: annotations not cross-checked (-Dzenome.test.large=true)");
            for (VariantContext vc : r) {
                for (Allele a : vc.getAlternateAlleles()) {
                    byLabel.put(Contigs.normalise(vc.getContig()) + ":" + vc.getStart() + " "
                            + vc.getReference().getDisplayString() + ">" + a.getDisplayString(), vc);
                }
            }
        } catch (htsjdk.tribble.TribbleException e) {
            Assumptions.abort("htsjdk refuses " + vcf.getFileName() + "; annotations not cross-checked");
            return;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int checked = 0;
        for (Finding f : actual) {
            if (f.transcript() == null || f.transcript().isEmpty()) {
                continue;
            }
            VariantContext vc = byLabel.get(f.label());
            assertThat(vc).as(f.label()).isNotNull();
            boolean vep = csqFields != null && vc.hasAttribute("CSQ") && matches(vc, "CSQ", csqFields, "Feature",
                    "SYMBOL", "Consequence", "IMPACT", "HGVSc", "HGVSp", f);
            boolean snpEff = !vep && annFields != null && vc.hasAttribute("ANN") && matches(vc, "ANN", annFields,
                    "Feature_ID", "Gene_Name", "Annotation", "Annotation_Impact", "HGVS.c", "HGVS.p", f);
            assertThat(vep || snpEff).as("display fields of " + f.label() + " (" + f.transcript() + " " + f.gene() + " "
                    + f.consequence() + " " + f.hgvsC() + " " + f.hgvsP() + ") are one raw entry's").isTrue();
            checked++;
        }
        assertThat(checked).as("findings with a display transcript").isPositive();
    }

    private static List<String> fields(VCFHeader h, String key, String marker) {
        VCFInfoHeaderLine line = h.getInfoHeaderLine(key);
        if (line == null) {
            return null;
        }
        String d = line.getDescription();
        int at = d.indexOf(marker);
        if (at < 0) {
            return null;
        }
        String list = d.substring(at + marker.length()).replaceAll("['\" ]+$", "");
        List<String> out = new ArrayList<>();
        for (String s : list.split("\\|", -1)) {
            out.add(s.trim());
        }
        return out;
    }

    private static boolean matches(VariantContext vc, String key, List<String> names, String feature, String symbol,
                                   String consequence, String impact, String hgvsc, String hgvsp, Finding f) {
        for (String entry : vc.getAttributeAsStringList(key, "")) {
            String[] v = entry.split("\\|", -1);
            if (!f.transcript().equals(get(v, names, feature))) {
                continue;
            }
            String sym = get(v, names, symbol);
            if (f.gene().equals(sym.equals("-") ? "" : sym)
                    && f.consequence().equals(get(v, names, consequence).replace(',', '&'))
                    && (f.impact() == null ? "" : f.impact().name()).equals(get(v, names, impact))
                    && f.hgvsC().equals(afterColon(get(v, names, hgvsc)))
                    && f.hgvsP().equals(afterColon(get(v, names, hgvsp)).replace("%3D", "="))) {
                return true;
            }
        }
        return false;
    }

    private static String get(String[] v, List<String> names, String name) {
        int i = names.indexOf(name);
        return i >= 0 && i < v.length ? v[i] : "";
    }

    private static String afterColon(String s) {
        int c = s.indexOf(':');
        return c >= 0 ? s.substring(c + 1) : s;
    }

    // ---- records checked by hand against the raw lines ----

    private Path scout(String name) {
        assumeData();
        return data.resolve("scout_demo_trio_643594").resolve(name);
    }

    private List<Finding> imported(Path vcf) throws Exception {
        Long pk = casePks.get(vcf);
        if (pk == null) {
            pk = TestImports.importVcf(store, "HAND-" + vcf.getFileName(), vcf).casePk();
            casePks.put(vcf, pk);
        }
        return TestImports.all(store, pk);
    }

    @Test
    void scoutTrioRecordsByHand() throws Exception {
        Path vcf = scout("643594.clinical.vcf.gz");
        store();
        List<Finding> fs = imported(vcf);
        // 1 7889972 rs57875989 GAGAATCC...CATGA>G LOW_VQSLOD; canonical CSQ entry ENST00000361923 (VEP v85 CSQ)
        Finding del = fs.stream().filter(f -> f.pos() == 7889972).findFirst().orElseThrow();
        assertThat(del.chrom()).isEqualTo("chr1");
        assertThat(del.variantId()).isEqualTo("rs57875989");
        assertThat(del.filter()).isEqualTo("LOW_VQSLOD");
        assertThat(del.gene()).isEqualTo("PER3");
        assertThat(del.transcript()).isEqualTo("ENST00000361923");
        assertThat(del.consequence()).isEqualTo("inframe_deletion");
        assertThat(del.impact()).isEqualTo(Impact.MODERATE);
        assertThat(del.hgvsC()).isEqualTo("c.3019_3072delGCTCTGTCCACAGGATCGCCTCCCATGAAGAATCCATCCCATCCTACTGCCAGC");
        assertThat(del.hgvsP()).isEqualTo("p.Ala1007_Ser1024del");
        assertThat(del.cadd()).isEqualTo(2.444);
        // ADM1059A1 0/0:30,0:30:75  ADM1059A2 0/1:9,2:11:42  ADM1059A3 0/1:2,0:2:47
        assertThat(del.genotypes()).extracting(Genotype::sample, Genotype::gt, Genotype::zygosity, Genotype::refDepth,
                        Genotype::altDepth, Genotype::depth, Genotype::quality)
                .containsExactly(tuple("ADM1059A1", "0/0", Zygosity.HOM_REF, 30, 0, 30, 75),
                        tuple("ADM1059A2", "0/1", Zygosity.HET, 9, 2, 11, 42),
                        tuple("ADM1059A3", "0/1", Zygosity.HET, 2, 0, 2, 47));
        assertThat(del.genotypes().get(1).vaf()).isEqualTo(2.0 / 11);
        // 1 7879627 C>G: ADM1059A1 is '0/.' (half call): not a carrier call
        Finding half = fs.stream().filter(f -> f.pos() == 7879627).findFirst().orElseThrow();
        assertThat(half.genotypes().get(0).gt()).isEqualTo("0/.");
        assertThat(half.genotypes().get(0).zygosity()).isEqualTo(Zygosity.MISSING);
        // 21 46931109 rs12483377 G>A: old numeric ClinVar CLNSIG=5 (pathogenic), CLNREVSTAT=no_criteria
        Finding cln = fs.stream().filter(f -> f.chrom().equals("chr21") && f.pos() == 46931109).findFirst()
                .orElseThrow();
        assertThat(ClinicalSignificance.parse(cln.clinvarSignificance())).isEqualTo(ClinicalSignificance.PATHOGENIC);
        assertThat(cln.clinvarReviewStatus()).isEqualTo("no_criteria");
        assertThat(cln.genotypes()).extracting(Genotype::gt).containsExactly("0/1", "0/0", "0/0");
    }

    @Test
    void cancerTumourNormalRecordsByHand() throws Exception {
        assumeData();
        store();
        Path vcf = data.resolve("scout_demo_cancer/cancer_test.vcf.gz");
        // as Scout's load config has it: the PED's affected sample is the tumour
        ImportResult r = new CaseImporter(store, "test").importVcf(new ImportRequest("CANCER-PED",
                org.zenome.domain.DiseaseArea.CANCER, "Chordoma", vcf, data.resolve("scout_demo_cancer/cancer_test.ped"),
                Map.of(), null, false), ImportListener.NONE);
        org.zenome.domain.CaseSummary c = store.cases().find("CANCER-PED").orElseThrow();
        assertThat(c.samples()).extracting(org.zenome.domain.Sample::name, org.zenome.domain.Sample::role)
                .containsExactly(tuple("999-99", org.zenome.domain.SampleRole.TUMOUR),
                        tuple("998-99", org.zenome.domain.SampleRole.NORMAL));
        List<Finding> fs = TestImports.all(store, r.casePk());
        // 5 170837543 C>CTCTG (VarDict GT:DP:VD:AF): tumour 999-99 0/1:4046:1209:0.299, normal 998-99 0/0:2937:0:0
        Finding npm1 = fs.stream().filter(f -> f.label().equals("chr5:170837543 C>CTCTG")).findFirst().orElseThrow();
        assertThat(List.of(npm1.gene(), npm1.transcript(), npm1.consequence(), npm1.hgvsC(), npm1.hgvsP()))
                .containsExactly("NPM1", "ENST00000296930", "frameshift_variant", "c.860_863dup",
                        "p.Trp288CysfsTer12");
        assertThat(npm1.impact()).isEqualTo(Impact.HIGH);
        Genotype tumour = npm1.genotypes().get(0);
        assertThat(List.of(tumour.sample(), tumour.gt())).containsExactly("999-99", "0/1");
        assertThat(tumour.depth()).isEqualTo(4046);
        assertThat(tumour.vaf()).isCloseTo(0.299, org.assertj.core.data.Offset.offset(0.0005)); // VD/DP, the AF written
        assertThat(npm1.genotypes().get(1).vaf()).isEqualTo(0.0);
        assertThat(c.diseaseArea()).isEqualTo(org.zenome.domain.DiseaseArea.CANCER);
    }
}
