package org.zenome.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Left-alignment of indels in repeats (the vt / bcftools norm algorithm) on a small reference written here:
 * a homopolymer and a dinucleotide repeat, deletions and insertions written right-shifted, SNVs and MNVs untouched.
 */
class LeftAlignmentTest {
    /**
     * Contig 1, 1-based: 1-10 ACGTGCATGC, 11-16 AAAAAA, 17-20 GCTG, 21-28 CACACACA, 29-34 TGGTCA, then filler.
     */
    static final String CHR1 = "ACGTGCATGC" + "AAAAAA" + "GCTG" + "CACACACA" + "TGGTCA" + "GATTACAGATTACAGATTAC";

    @TempDir
    Path dir;

    /** A reference held in memory (contig {@code 1}). */
    static ReferenceBases memory(String sequence) {
        return new ReferenceBases() {
            @Override
            public char base(String contig, long position) {
                return VariantKey.contig(contig).equals("1") && position >= 1 && position <= sequence.length()
                        ? sequence.charAt((int) position - 1) : 0;
            }

            @Override
            public String describe() {
                return "memory";
            }
        };
    }

    private final ReferenceBases ref = memory(CHR1);

    @Test
    void homopolymerDeletionAndInsertionMoveToTheStartOfTheRun() {
        VariantKey left = new VariantKey("1", 10, "CA", "C");
        assertThat(new VariantKey("chr1", 15, "AA", "A").leftAligned(ref)).isEqualTo(left);
        assertThat(new VariantKey("1", 12, "AA", "A").leftAligned(ref)).isEqualTo(left);
        assertThat(left.leftAligned(ref)).isEqualTo(left);
        assertThat(left.rightmostPosition(ref)).isEqualTo(15);
        // two A deleted, written with padding on both sides
        assertThat(new VariantKey("1", 13, "AAAAG", "AAG").leftAligned(ref)).isEqualTo(new VariantKey("1", 10, "CAA", "C"));
        VariantKey ins = new VariantKey("1", 10, "C", "CA");
        assertThat(new VariantKey("1", 16, "A", "AA").leftAligned(ref)).isEqualTo(ins);
        assertThat(new VariantKey("1", 16, "AG", "AAG").leftAligned(ref)).isEqualTo(ins);
        assertThat(ins.rightmostPosition(ref)).isEqualTo(16);
    }

    @Test
    void dinucleotideRepeatDeletionAndInsertionMoveToTheStartOfTheRepeat() {
        VariantKey del = new VariantKey("1", 20, "GCA", "G");
        assertThat(new VariantKey("1", 26, "ACA", "A").leftAligned(ref)).isEqualTo(del);
        assertThat(new VariantKey("1", 23, "CAC", "C").leftAligned(ref)).isEqualTo(del);
        assertThat(del.rightmostPosition(ref)).isEqualTo(26);
        VariantKey ins = new VariantKey("1", 20, "G", "GCA");
        assertThat(new VariantKey("1", 28, "A", "ACA").leftAligned(ref)).isEqualTo(ins);
        assertThat(new VariantKey("1", 25, "C", "CAC").leftAligned(ref)).isEqualTo(ins);
        assertThat(ins.rightmostPosition(ref)).isEqualTo(28);
        // an insertion that is not a copy of the repeat stays where it is
        assertThat(new VariantKey("1", 28, "A", "AGG").leftAligned(ref)).isEqualTo(new VariantKey("1", 28, "A", "AGG"));
    }

    @Test
    void snvsMnvsSymbolicAndMismatchingAllelesAreOnlyTrimmed() {
        ReferenceBases failing = new ReferenceBases() {
            @Override
            public char base(String contig, long position) {
                throw new AssertionError("an SNV needs no reference");
            }

            @Override
            public String describe() {
                return "none";
            }
        };
        assertThat(new VariantKey("1", 12, "A", "G").leftAligned(failing)).isEqualTo(new VariantKey("1", 12, "A", "G"));
        assertThat(new VariantKey("1", 11, "AAG", "ACT").leftAligned(failing)).isEqualTo(new VariantKey("1", 12, "AG", "CT"));
        assertThat(new VariantKey("1", 12, "A", "<DEL>").leftAligned(failing)).isEqualTo(new VariantKey("1", 12, "A", "<DEL>"));
        // REF not the reference's base (another assembly): trimmed, not moved
        assertThat(new VariantKey("1", 15, "GA", "G").leftAligned(ref)).isEqualTo(new VariantKey("1", 15, "GA", "G"));
        // a contig the reference lacks, or no reference at all
        assertThat(new VariantKey("2", 15, "AA", "A").leftAligned(ref)).isEqualTo(new VariantKey("2", 15, "AA", "A"));
        assertThat(new VariantKey("1", 15, "AA", "A").leftAligned(null)).isEqualTo(new VariantKey("1", 15, "AA", "A"));
    }

    @Test
    void aMultiAllelicRecordMatchesEachAlleleLeftAligned() throws IOException {
        Path fasta = fixtureFasta();
        Path source = dir.resolve("source.vcf");
        Files.writeString(source, "##fileformat=VCFv4.2\n##INFO=<ID=AF,Number=A,Type=Float,Description=\"AF\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                + "1\t10\tm1\tCAA\tC,CA,CAAA\t.\tPASS\tAF=0.1,0.2,0.3\n"
                + "1\t20\tr1\tGCA\tG\t.\tPASS\tAF=0.4\n"
                + "1\t31\ts1\tG\tT\t.\tPASS\tAF=0.5\n");
        try (IndexedFastaReference reference = IndexedFastaReference.open(fasta);
             VcfSites sites = VcfSites.open(source, reference)) {
            assertThat(sites.leftAligns()).isTrue();
            // the case writes the one-A deletion at the end of the run: the second ALT of the multi-allelic record
            List<VcfSites.Match> m = sites.find(new VariantKey("chr1", 15, "AA", "A"));
            assertThat(m).singleElement().satisfies(x -> {
                assertThat(x.id()).isEqualTo("m1");
                assertThat(x.allele(x.info(), "AF")).isEqualTo("0.2");
            });
            assertThat(sites.find(new VariantKey("1", 16, "A", "AA"))).singleElement()
                    .satisfies(x -> assertThat(x.allele(x.info(), "AF")).isEqualTo("0.3"));
            assertThat(sites.find(new VariantKey("1", 26, "ACA", "A"))).extracting(VcfSites.Match::id)
                    .containsExactly("r1");
            assertThat(sites.find(new VariantKey("1", 31, "G", "T"))).extracting(VcfSites.Match::id)
                    .containsExactly("s1");
            assertThat(sites.find(new VariantKey("1", 31, "G", "C"))).isEmpty();
        }
        // without the reference the right-shifted deletion is not found (the behaviour before left-alignment)
        try (VcfSites sites = VcfSites.open(source)) {
            assertThat(sites.leftAligns()).isFalse();
            assertThat(sites.find(new VariantKey("chr1", 15, "AA", "A"))).isEmpty();
            assertThat(sites.find(new VariantKey("1", 10, "CA", "C"))).extracting(VcfSites.Match::id)
                    .containsExactly("m1");
        }
    }

    @Test
    void theIndexedFastaIsReadInCachedBlocks() throws IOException {
        Path fasta = fixtureFasta();
        try (IndexedFastaReference reference = IndexedFastaReference.open(fasta)) {
            assertThat(reference.base("chr1", 1)).isEqualTo('A');
            assertThat(reference.bases("1", 11, 16)).isEqualTo("AAAAAA");
            assertThat(reference.base("1", CHR1.length() + 1)).isEqualTo((char) 0);
            assertThat(reference.base("2", 1)).isEqualTo((char) 0);
            assertThat(reference.hasContig("chr1")).isTrue();
            for (int i = 0; i < 100; i++) {
                new VariantKey("1", 15, "AA", "A").leftAligned(reference);
            }
            assertThat(reference.blockReads()).isEqualTo(1);
        }
        Files.delete(fasta.resolveSibling("ref.fa.fai"));
        assertThatThrownBy(() -> IndexedFastaReference.open(fasta)).hasMessageContaining("ref.fa")
                .hasMessageContaining("no .fai index");
    }

    /** {@link #CHR1} as contig {@code chr1} in 30-column lines, with its .fai. */
    private Path fixtureFasta() throws IOException {
        Path fasta = dir.resolve("ref.fa");
        StringBuilder b = new StringBuilder(">chr1 fixture\n");
        for (int i = 0; i < CHR1.length(); i += 30) {
            b.append(CHR1, i, Math.min(CHR1.length(), i + 30)).append('\n');
        }
        Files.writeString(fasta, b.toString());
        Files.writeString(dir.resolve("ref.fa.fai"), "chr1\t" + CHR1.length() + "\t14\t30\t31\n");
        return fasta;
    }
}
