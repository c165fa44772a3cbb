package org.zenome.demo;

import static org.assertj.core.api.Assertions.assertThat;

import htsjdk.samtools.AlignmentBlock;
import htsjdk.samtools.SAMFileHeader;
import htsjdk.samtools.SAMReadGroupRecord;
import htsjdk.samtools.SAMRecord;
import htsjdk.samtools.SAMRecordIterator;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.samtools.SamReader;
import htsjdk.samtools.SamReaderFactory;
import htsjdk.samtools.ValidationStringency;
import htsjdk.samtools.reference.ReferenceSequenceFile;
import htsjdk.samtools.reference.ReferenceSequenceFileFactory;
import htsjdk.variant.variantcontext.VariantContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The simulated reads: BAM and CRAM open with htsjdk, agree with each other, and show the VCF's genotypes. */
@ExtendWith(DemoCaseFixture.class)
class DemoReadsTest {
    private static DemoFiles demo;
    private static DemoVcf trio;
    private static DemoVcf tumourNormal;

    @BeforeAll
    static void setUp(DemoFiles files) {
        demo = files;
        trio = new DemoVcf(files.trioVcf());
        tumourNormal = new DemoVcf(files.tumourNormalVcf());
    }

    private static SamReader bam(String sample) {
        return SamReaderFactory.makeDefault().validationStringency(ValidationStringency.STRICT)
                .open(demo.alignments(sample).bam());
    }

    private static SamReader cram(String sample) {
        return SamReaderFactory.makeDefault().validationStringency(ValidationStringency.STRICT)
                .referenceSequence(demo.reference()).open(demo.alignments(sample).cram());
    }

    /**
     * The CRAMs keep each island of reads in containers of its own, so that no slice spans the hundreds of
     * megabases between two demo variants (a reader fetches the reference for a slice's whole span).
     */
    @Test
    void cramContainersStayWithinAnIslandOfReads() throws IOException {
        for (DemoAlignments a : demo.alignments().values()) {
            int containers = 0;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(a.cram())) {
                htsjdk.samtools.cram.build.CramContainerIterator it =
                        new htsjdk.samtools.cram.build.CramContainerIterator(in);
                while (it.hasNext()) {
                    htsjdk.samtools.cram.structure.Container c = it.next();
                    if (c.getContainerHeader().getNumberOfRecords() == 0) {
                        continue;
                    }
                    containers++;
                    assertThat(c.getAlignmentContext().getAlignmentSpan()).as("%s container %s", a.sample(),
                            c.getAlignmentContext()).isBetween(1, 100_000);
                }
            }
            assertThat(containers).as(a.sample()).isGreaterThan(5);
        }
    }

    @Test
    void everySampleHasIndexedBamAndCramWithAGrch38Header() throws IOException {
        assertThat(demo.alignments().keySet()).containsExactly("DEMO-PROBAND", "DEMO-MOTHER", "DEMO-FATHER",
                "DEMO-TUMOUR", "DEMO-NORMAL");
        try (ReferenceSequenceFile ref = ReferenceSequenceFileFactory.getReferenceSequenceFile(demo.reference())) {
            for (DemoAlignments a : demo.alignments().values()) {
                assertThat(a.bai()).exists().hasFileName(a.bam().getFileName() + ".bai");
                assertThat(a.crai()).exists().hasFileName(a.cram().getFileName() + ".crai");
                for (SamReader r : List.of(bam(a.sample()), cram(a.sample()))) {
                    try (r) {
                        assertThat(r.hasIndex()).isTrue();
                        SAMFileHeader h = r.getFileHeader();
                        assertThat(h.getSortOrder()).isEqualTo(SAMFileHeader.SortOrder.coordinate);
                        assertThat(h.getSequenceDictionary().size()).isEqualTo(25);
                        for (SAMSequenceRecord s : h.getSequenceDictionary().getSequences()) {
                            assertThat(s.getSequenceLength()).isEqualTo(ref.getSequenceDictionary()
                                    .getSequence(s.getSequenceName()).getSequenceLength());
                            assertThat(s.getAssembly()).isEqualTo("GRCh38");
                        }
                        List<SAMReadGroupRecord> rgs = h.getReadGroups();
                        assertThat(rgs).hasSize(1);
                        assertThat(rgs.get(0).getSample()).isEqualTo(a.sample());
                        assertThat(h.getComments()).anyMatch(c -> c.contains("SYNTHETIC DATA"));
                    }
                }
            }
        }
    }

    @Test
    void cramDecodesToExactlyTheBamRecords() throws IOException {
        // the last file written (the CRAM writer's reference buffer has served four files before) in full, and
        // two contigs of the first
        assertSameRecords("DEMO-NORMAL", null);
        assertSameRecords("DEMO-PROBAND", "chr7");
        assertSameRecords("DEMO-PROBAND", "chrX");
    }

    private static void assertSameRecords(String sample, String contig) throws IOException {
        int n = 0;
        try (SamReader b = bam(sample); SamReader c = cram(sample);
             SAMRecordIterator bi = contig == null ? b.iterator() : b.queryOverlapping(contig, 1, 0);
             SAMRecordIterator ci = contig == null ? c.iterator() : c.queryOverlapping(contig, 1, 0)) {
            while (bi.hasNext()) {
                SAMRecord br = bi.next();
                assertThat(ci.hasNext()).isTrue();
                SAMRecord cr = ci.next();
                assertThat(cr.getReadName()).isEqualTo(br.getReadName());
                assertThat(cr.getFlags()).isEqualTo(br.getFlags());
                assertThat(cr.getContig() + ":" + cr.getAlignmentStart() + " " + cr.getCigarString())
                        .isEqualTo(br.getContig() + ":" + br.getAlignmentStart() + " " + br.getCigarString());
                assertThat(cr.getReadString()).isEqualTo(br.getReadString());
                assertThat(cr.getBaseQualityString()).isEqualTo(br.getBaseQualityString());
                assertThat(cr.getMateAlignmentStart()).isEqualTo(br.getMateAlignmentStart());
                n++;
            }
            assertThat(ci.hasNext()).isFalse();
        }
        assertThat(n).as(sample + " " + contig).isGreaterThan(500);
    }

    /** Reads at a position: those that show each base there (aligned, not soft-clipped). */
    private static int[] pileup(SamReader r, String contig, int pos, char refBase, char altBase) {
        int ref = 0;
        int alt = 0;
        int depth = 0;
        try (SAMRecordIterator it = r.queryOverlapping(contig, pos, pos)) {
            while (it.hasNext()) {
                SAMRecord rec = it.next();
                for (AlignmentBlock block : rec.getAlignmentBlocks()) {
                    int offset = pos - block.getReferenceStart();
                    if (offset >= 0 && offset < block.getLength()) {
                        char b = (char) rec.getReadBases()[block.getReadStart() - 1 + offset];
                        depth++;
                        if (b == refBase) {
                            ref++;
                        } else if (b == altBase) {
                            alt++;
                        }
                    }
                }
            }
        }
        return new int[] {ref, alt, depth};
    }

    @Test
    void readsAtAHeterozygousVariantCarryTheAltInAboutHalf() throws IOException {
        VariantContext v = trio.find("SCN1A", "p.Arg946Cys");
        char ref = v.getReference().getBaseString().charAt(0);
        char alt = v.getAlternateAllele(0).getBaseString().charAt(0);
        for (boolean useCram : new boolean[] {false, true}) {
            try (SamReader proband = useCram ? cram("DEMO-PROBAND") : bam("DEMO-PROBAND");
                 SamReader mother = useCram ? cram("DEMO-MOTHER") : bam("DEMO-MOTHER")) {
                int[] p = pileup(proband, v.getContig(), v.getStart(), ref, alt);
                assertThat(p[2]).isBetween(15, 50);
                assertThat((double) p[1] / p[2]).isBetween(0.3, 0.7);
                int[] vcfAd = v.getGenotype("DEMO-PROBAND").getAD();
                assertThat(new int[] {p[0], p[1]}).as("VCF AD = reads").containsExactly(vcfAd);
                int[] m = pileup(mother, v.getContig(), v.getStart(), ref, alt);
                assertThat(m[1]).as("de novo: not in the mother").isZero();
                assertThat(m[0]).isGreaterThan(10);
            }
        }
        VariantContext otc = trio.find("OTC", "p.Arg40His");
        try (SamReader proband = bam("DEMO-PROBAND")) {
            int[] p = pileup(proband, otc.getContig(), otc.getStart(),
                    otc.getReference().getBaseString().charAt(0), otc.getAlternateAllele(0).getBaseString().charAt(0));
            assertThat(p[1]).as("hemizygous").isGreaterThanOrEqualTo(p[2] - 2);
        }
    }

    @Test
    void tumourReadsShowTheSomaticAlleleAtItsFractionAndTheNormalDoesNot() throws IOException {
        VariantContext v = tumourNormal.find("EGFR", "p.Leu858Arg");
        char ref = v.getReference().getBaseString().charAt(0);
        char alt = v.getAlternateAllele(0).getBaseString().charAt(0);
        try (SamReader t = cram("DEMO-TUMOUR"); SamReader n = cram("DEMO-NORMAL")) {
            int[] tp = pileup(t, v.getContig(), v.getStart(), ref, alt);
            int[] np = pileup(n, v.getContig(), v.getStart(), ref, alt);
            assertThat(tp[2]).isBetween(35, 100);
            assertThat((double) tp[1] / tp[2]).isBetween(0.2, 0.55);
            assertThat(np[1]).isZero();
            assertThat(v.getGenotype("DEMO-TUMOUR").getAD()).containsExactly(tp[0], tp[1]);
        }
    }

    @Test
    void indelAndDeletionReadsAreAlignedAsAnAlignerWould() throws IOException {
        VariantContext f508 = trio.find("CFTR", "p.Phe508del");
        VariantContext gstm1 = trio.records.stream().filter(VariantContext::isSymbolic).findFirst().orElseThrow();
        try (SamReader proband = bam("DEMO-PROBAND")) {
            List<String> cigars = new ArrayList<>();
            try (SAMRecordIterator it = proband.queryOverlapping(f508.getContig(), f508.getStart() + 1,
                    f508.getStart() + 3)) {
                it.forEachRemaining(r -> cigars.add(r.getCigarString()));
            }
            assertThat(cigars).anyMatch(c -> c.matches("\\d+M3D\\d+M"));
            int split = 0;
            int discordant = 0;
            try (SAMRecordIterator it = proband.queryOverlapping(gstm1.getContig(), gstm1.getStart() - 150,
                    gstm1.getStart() + 150)) {
                while (it.hasNext()) {
                    SAMRecord r = it.next();
                    split += r.getCigarString().contains("S") ? 1 : 0;
                    discordant += !r.getProperPairFlag() && Math.abs(r.getInferredInsertSize()) > 10_000 ? 1 : 0;
                }
            }
            assertThat(split).as("reads clipped at the deletion breakpoint").isGreaterThan(2);
            assertThat(discordant).as("pairs spanning the deletion").isGreaterThan(2);
        }
    }

    @Test
    void sequencingErrorsAreAboutOneInAThousand() throws IOException {
        long bases = 0;
        long mismatches = 0;
        try (SamReader r = bam("DEMO-FATHER")) {
            for (SAMRecord rec : r) {
                String md = rec.getStringAttribute("MD");
                bases += rec.getReadLength();
                for (String token : md.split("\\d+")) {
                    if (!token.isEmpty() && !token.startsWith("^")) {
                        mismatches += token.length();
                    }
                }
            }
        }
        double rate = (double) mismatches / bases;
        // variant alleles the father carries add to the true error rate of 0.1 %
        assertThat(rate).isBetween(0.0005, 0.004);
    }

    @Test
    void samtoolsAgreesWhenInstalled() throws Exception {
        ExternalTool samtools = ExternalTool.find("samtools");
        List<String> files = new ArrayList<>();
        for (DemoAlignments a : demo.alignments().values()) {
            files.add(a.bam().toString());
            files.add(a.cram().toString());
        }
        List<String> args = new ArrayList<>(List.of("quickcheck", "-v"));
        args.addAll(files);
        ExternalTool.Result q = samtools.run(args.toArray(String[]::new));
        assertThat(q.exitCode()).as(q.stdout() + q.stderr()).isZero();
        Path bam = demo.alignments("DEMO-MOTHER").bam();
        Path cram = demo.alignments("DEMO-MOTHER").cram();
        ExternalTool.Result b = samtools.run("view", "-c", bam.toString());
        ExternalTool.Result c = samtools.run("view", "-c", "-T", demo.reference().toString(), cram.toString());
        assertThat(c.exitCode()).as(c.stderr()).isZero();
        assertThat(c.stdout().trim()).isEqualTo(b.stdout().trim());
    }
}
