package org.zenome.demo;

import static org.assertj.core.api.Assertions.assertThat;

import htsjdk.samtools.SAMSequenceDictionary;
import htsjdk.samtools.reference.FastaSequenceIndex;
import htsjdk.samtools.reference.ReferenceSequenceFile;
import htsjdk.samtools.reference.ReferenceSequenceFileFactory;
import htsjdk.samtools.util.GZIIndex;
import htsjdk.variant.variantcontext.VariantContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The synthetic reference and the gene annotation, checked as a browser and an aligner would read them, and
 * against the VCF annotations (which must agree with the genes and the sequence).
 */
@ExtendWith(DemoCaseFixture.class)
class DemoReferenceTest {
    private static DemoFiles demo;
    private static Map<String, Gene> genes;

    /** A MANE transcript from the GFF3: strand and CDS segments in transcript order, exons in genomic order. */
    record Gene(String chrom, boolean plus, List<int[]> cds, List<int[]> exons, int start, int end) {
        /** Genomic position of coding base c (1-based). */
        int genomic(int c) {
            int left = c;
            for (int[] s : cds) {
                int len = s[1] - s[0] + 1;
                if (left <= len) {
                    return plus ? s[0] + left - 1 : s[1] - left + 1;
                }
                left -= len;
            }
            throw new IllegalArgumentException("beyond the CDS: " + c);
        }

        int cdsLength() {
            return cds.stream().mapToInt(s -> s[1] - s[0] + 1).sum();
        }
    }

    @BeforeAll
    static void readGenes(DemoFiles files) throws IOException {
        demo = files;
        genes = new LinkedHashMap<>();
        Map<String, String> geneOfTranscript = new LinkedHashMap<>();
        Map<String, List<int[]>> cds = new LinkedHashMap<>();
        Map<String, List<int[]>> exons = new LinkedHashMap<>();
        Map<String, String[]> mrna = new LinkedHashMap<>();
        for (String line : Files.readAllLines(files.genes())) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Map<String, String> attrs = new LinkedHashMap<>();
            for (String kv : f[8].split(";")) {
                attrs.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
            int s = Integer.parseInt(f[3]);
            int e = Integer.parseInt(f[4]);
            switch (f[2]) {
                case "mRNA":
                    geneOfTranscript.put(attrs.get("ID"), attrs.get("Name").replace("-MANE", ""));
                    mrna.put(attrs.get("ID"), f);
                    break;
                case "CDS":
                    cds.computeIfAbsent(attrs.get("Parent"), k -> new ArrayList<>()).add(new int[] {s, e});
                    break;
                case "exon":
                    exons.computeIfAbsent(attrs.get("Parent"), k -> new ArrayList<>()).add(new int[] {s, e});
                    break;
                default:
                    break;
            }
        }
        for (Map.Entry<String, String[]> m : mrna.entrySet()) {
            boolean plus = m.getValue()[6].equals("+");
            List<int[]> c = cds.get(m.getKey());
            c.sort(Comparator.comparingInt((int[] x) -> x[0]));
            if (!plus) {
                java.util.Collections.reverse(c);
            }
            List<int[]> ex = exons.get(m.getKey());
            ex.sort(Comparator.comparingInt((int[] x) -> x[0]));
            genes.put(geneOfTranscript.get(m.getKey()), new Gene(m.getValue()[0], plus, c, ex,
                    Integer.parseInt(m.getValue()[3]), Integer.parseInt(m.getValue()[4])));
        }
    }

    @Test
    void referenceHasEveryGrch38ContigAtFullLength() throws IOException {
        try (ReferenceSequenceFile ref = ReferenceSequenceFileFactory.getReferenceSequenceFile(demo.reference())) {
            SAMSequenceDictionary dict = ref.getSequenceDictionary();
            assertThat(dict.size()).isEqualTo(25);
            assertThat(dict.getSequence("chr1").getSequenceLength()).isEqualTo(248_956_422);
            assertThat(dict.getSequence("chr2").getSequenceLength()).isEqualTo(242_193_529);
            assertThat(dict.getSequence("chrX").getSequenceLength()).isEqualTo(156_040_895);
            assertThat(dict.getSequence("chrM").getSequenceLength()).isEqualTo(16_569);
            long total = dict.getSequences().stream().mapToLong(s -> s.getSequenceLength()).sum();
            assertThat(total).isEqualTo(3_088_286_401L);
            // far from any demo variant: N; the last bases of chr1 and all of chrM come back exactly
            assertThat(bases(ref, "chr1", 248_956_401, 248_956_422)).isEqualTo("N".repeat(22));
            assertThat(bases(ref, "chrM", 1, 16_569)).matches("[ACGT]{16569}");
        }
        assertThat(new FastaSequenceIndex(demo.referenceFai()).size()).isEqualTo(25);
        assertThat(Files.readString(demo.referenceDict())).contains("@SQ\tSN:chr17\tLN:83257441\tAS:GRCh38");
    }

    @Test
    void gziIndexesBlocksPastTwoGibibytes() throws IOException {
        GZIIndex gzi = GZIIndex.loadIndex(demo.referenceGzi());
        List<GZIIndex.IndexEntry> entries = gzi.getIndexEntries();
        assertThat(entries.size()).isGreaterThan(45_000);
        assertThat(entries.get(entries.size() - 1).getUncompressedOffset()).isGreaterThan(3_100_000_000L);
        assertThat(entries.get(entries.size() - 1).getCompressedOffset()).isLessThan(Files.size(demo.reference()));
        // chrX lies beyond 2^31 uncompressed bytes: its windows must read back as sequence through the .gzi
        try (ReferenceSequenceFile ref = ReferenceSequenceFileFactory.getReferenceSequenceFile(demo.reference())) {
            DemoVcf trio = new DemoVcf(demo.trioVcf());
            VariantContext otc = trio.find("OTC", "p.Arg40His");
            assertThat(bases(ref, "chrX", otc.getStart() - 30, otc.getStart() + 30)).matches("[ACGT]{61}");
        }
    }

    @Test
    void samtoolsReadsTheReferenceLikeHtsjdkWhenInstalled() throws Exception {
        ExternalTool samtools = ExternalTool.find("samtools");
        DemoVcf tn = new DemoVcf(demo.tumourNormalVcf());
        VariantContext egfr = tn.find("EGFR", "p.Leu858Arg");
        String region = "chr7:" + (egfr.getStart() - 100) + "-" + (egfr.getStart() + 100);
        ExternalTool.Result r = samtools.run("faidx", demo.reference().toString(), region);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String fromSamtools = r.stdout().lines().skip(1).reduce("", String::concat);
        try (ReferenceSequenceFile ref = ReferenceSequenceFileFactory.getReferenceSequenceFile(demo.reference())) {
            assertThat(fromSamtools).isEqualTo(bases(ref, "chr7", egfr.getStart() - 100, egfr.getStart() + 100));
        }
    }

    @Test
    void genesHaveSpliceSitesAndOpenReadingFramesWhereTheReferenceHasSequence() throws IOException {
        assertThat(genes.keySet()).contains("BRCA1", "BRCA2", "TP53", "CFTR", "SCN1A", "GJB2", "OTC", "DMD", "EGFR",
                "KRAS", "PIK3CA", "CDKN2A");
        int codonsChecked = 0;
        int spliceSitesChecked = 0;
        try (ReferenceSequenceFile ref = ReferenceSequenceFileFactory.getReferenceSequenceFile(demo.reference())) {
            for (Map.Entry<String, Gene> e : genes.entrySet()) {
                Gene g = e.getValue();
                assertThat(g.cdsLength() % 3).as(e.getKey()).isZero();
                String contig = new String(ref.getSubsequenceAt(g.chrom(), g.start() - 2, g.end() + 2).getBases(),
                        StandardCharsets.US_ASCII);
                for (int c = 1; c + 2 <= g.cdsLength(); c += 3) {
                    StringBuilder codon = new StringBuilder();
                    for (int k = 0; k < 3; k++) {
                        char b = contig.charAt(g.genomic(c + k) - g.start() + 2);
                        codon.append(g.plus() ? b : Dna.complement(b));
                    }
                    if (codon.indexOf("N") >= 0) {
                        continue;
                    }
                    codonsChecked++;
                    if (c == 1) {
                        assertThat(codon.toString()).as(e.getKey() + " start").isEqualTo("ATG");
                    } else if (c + 2 == g.cdsLength()) {
                        assertThat(Dna.isStop(codon)).as(e.getKey() + " stop").isTrue();
                    } else {
                        assertThat(Dna.isStop(codon)).as(e.getKey() + " codon " + (c + 2) / 3).isFalse();
                    }
                }
                for (int i = 0; i + 1 < g.exons().size(); i++) {
                    int intronStart = g.exons().get(i)[1] + 1;
                    int intronEnd = g.exons().get(i + 1)[0] - 1;
                    String left = contig.substring(intronStart - g.start() + 2, intronStart - g.start() + 4);
                    String right = contig.substring(intronEnd - g.start() + 1, intronEnd - g.start() + 3);
                    if ((left + right).contains("N")) {
                        continue;
                    }
                    spliceSitesChecked++;
                    String motif = g.plus() ? left + ".." + right
                            : Dna.reverseComplement(right) + ".." + Dna.reverseComplement(left);
                    assertThat(motif).as(e.getKey() + " intron " + (i + 1)).isEqualTo("GT..AG");
                }
            }
        }
        assertThat(codonsChecked).isGreaterThan(1000);
        assertThat(spliceSitesChecked).isGreaterThan(100);
    }

    @Test
    void codingAnnotationsAgreeWithTheGenesAndTheSequence() throws IOException {
        int checked = 0;
        try (ReferenceSequenceFile ref = ReferenceSequenceFileFactory.getReferenceSequenceFile(demo.reference())) {
            for (java.nio.file.Path vcf : List.of(demo.trioVcf(), demo.tumourNormalVcf())) {
                DemoVcf v = new DemoVcf(vcf);
                for (VariantContext vc : v.records) {
                    Map<String, String> m = v.mane(vc);
                    if (m == null || !vc.isSNP() || m.get("CDS_position").isEmpty() || vc.getNAlleles() != 2) {
                        continue;
                    }
                    Gene g = genes.get(m.get("SYMBOL"));
                    int c = Integer.parseInt(m.get("CDS_position"));
                    assertThat(g.genomic(c)).as(vc.toString()).isEqualTo(vc.getStart());
                    int first = c - (c - 1) % 3;
                    StringBuilder refCodon = new StringBuilder();
                    for (int k = 0; k < 3; k++) {
                        int pos = g.genomic(first + k);
                        char b = (char) ref.getSubsequenceAt(g.chrom(), pos, pos).getBases()[0];
                        refCodon.append(g.plus() ? b : Dna.complement(b));
                    }
                    StringBuilder altCodon = new StringBuilder(refCodon);
                    char alt = vc.getAlternateAllele(0).getBaseString().charAt(0);
                    altCodon.setCharAt((c - 1) % 3, g.plus() ? alt : Dna.complement(alt));
                    assertThat(m.get("Codons").toUpperCase()).isEqualTo(refCodon + "/" + altCodon);
                    char r = Dna.translate(refCodon);
                    char a = Dna.translate(altCodon);
                    assertThat(m.get("Amino_acids")).isEqualTo(r == a ? String.valueOf(r) : r + "/" + a);
                    assertThat(m.get("Protein_position")).isEqualTo(Integer.toString((c - 1) / 3 + 1));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void curatedFindingsLieInTheExonsTheirHgvsNames() {
        DemoVcf trio = new DemoVcf(demo.trioVcf());
        VariantContext f508 = trio.find("CFTR", "p.Phe508del");
        assertThat(f508.getContig() + ":" + f508.getStart() + " " + f508.getReference().getBaseString() + ">"
                + f508.getAlternateAllele(0).getBaseString()).isEqualTo("chr7:117559590 ATCT>A");
        Map<String, String> m = trio.mane(f508);
        assertThat(m).containsEntry("EXON", "11/27").containsEntry("HGVSc", "ENST00000003084.11:c.1521_1523del")
                .containsEntry("Amino_acids", "IF/I").containsEntry("Consequence", "inframe_deletion");
        Gene cftr = genes.get("CFTR");
        int[] exon11 = cftr.exons().get(10);
        assertThat(f508.getStart() + 1).isBetween(exon11[0], exon11[1]);
        Map<String, String> gjb2 = trio.mane(trio.find("GJB2", "p.Leu79CysfsTer3"));
        assertThat(gjb2).containsEntry("HGVSc", "ENST00000382848.5:c.235del").containsEntry("EXON", "2/2");
    }

    private static String bases(ReferenceSequenceFile ref, String contig, int start, int end) {
        return new String(ref.getSubsequenceAt(contig, start, end).getBases(), StandardCharsets.US_ASCII);
    }
}
