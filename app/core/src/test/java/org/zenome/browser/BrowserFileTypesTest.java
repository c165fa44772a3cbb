package org.zenome.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.GenomeBuild;

/** File kinds by name, index discovery beside the data file, and the problems the user is told about. */
class BrowserFileTypesTest {
    @TempDir
    Path dir;

    private Path touch(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "x");
    }

    @Test
    void longestKnownSuffixDecidesTypeAndUrlSuffix() {
        assertThat(GenomicFileType.of(Path.of("a.bam"))).isEqualTo(GenomicFileType.BAM);
        assertThat(GenomicFileType.of(Path.of("a.bam.bai"))).isEqualTo(GenomicFileType.BAM_INDEX);
        assertThat(GenomicFileType.of(Path.of("A.VCF.GZ"))).isEqualTo(GenomicFileType.VCF_BGZF);
        assertThat(GenomicFileType.of(Path.of("ref.fa.gz"))).isEqualTo(GenomicFileType.FASTA_BGZF);
        assertThat(GenomicFileType.of(Path.of("ref.fa.gz.gzi"))).isEqualTo(GenomicFileType.BGZF_INDEX);
        assertThat(GenomicFileType.of(Path.of("hg19_refGene.txt.gz"))).isEqualTo(GenomicFileType.REFGENE_BGZF);
        assertThat(GenomicFileType.of(Path.of("cytoBandIdeo.txt"))).isEqualTo(GenomicFileType.CYTOBAND);
        assertThat(GenomicFileType.of(Path.of("refGene.txt"))).isEqualTo(GenomicFileType.REFGENE);
        assertThat(GenomicFileType.of(Path.of("scout_cytoBand_hg19.txt.gz"))).isEqualTo(GenomicFileType.GZIP);
        assertThat(GenomicFileType.of(Path.of("notes"))).isEqualTo(GenomicFileType.OTHER);
        assertThat(GenomicFileType.urlSuffix(Path.of("x.cram.crai"))).isEqualTo(".cram.crai");
        assertThat(GenomicFileType.urlSuffix(Path.of("hg19_refGene.txt"))).isEqualTo(".refgene.txt");
        assertThat(GenomicFileType.urlSuffix(Path.of("scout_cytoBand_hg19.txt.gz"))).as("igv.js inflates .gz URLs")
                .isEqualTo(".txt.gz");
        assertThat(GenomicFileType.urlSuffix(Path.of("notes"))).isEmpty();
        assertThat(GenomicFileType.urlSuffix(Path.of(".bam"))).as("a bare suffix is no file name").isEmpty();
    }

    @Test
    void alignmentIndexesAreFoundBesideTheDataFile() throws IOException {
        Path bam = touch("s.bam");
        touch("s.bai");
        assertThat(TrackSpec.alignments("s", bam).index()).isEqualTo(dir.resolve("s.bai"));
        touch("s.bam.bai");
        assertThat(TrackSpec.alignments("s", bam).index()).as("<name>.bam.bai first").isEqualTo(dir.resolve("s.bam.bai"));
        Path cram = touch("t.cram");
        touch("t.crai");
        assertThat(TrackSpec.alignments("t", cram).index()).isEqualTo(dir.resolve("t.crai"));
        Path lone = touch("u.bam");
        assertThatThrownBy(() -> TrackSpec.alignments("u", lone)).isInstanceOfSatisfying(BrowserFileException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(BrowserFileException.Problem.MISSING_INDEX);
                    assertThat(e.file()).isEqualTo(lone);
                });
        assertThatThrownBy(() -> TrackSpec.alignments("v", dir.resolve("missing.bam")))
                .isInstanceOfSatisfying(BrowserFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(BrowserFileException.Problem.MISSING_FILE));
        assertThatThrownBy(() -> TrackSpec.alignments("w", touch("w.vcf")))
                .isInstanceOfSatisfying(BrowserFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(BrowserFileException.Problem.UNSUPPORTED_FORMAT));
    }

    @Test
    void compressedVcfAndFastaMustBeBgzfWithTheirIndexes() throws IOException {
        Path gz = dir.resolve("plain.vcf.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("##fileformat=VCFv4.2\n".getBytes());
        }
        touch("plain.vcf.gz.tbi");
        assertThatThrownBy(() -> TrackSpec.variants("v", gz)).isInstanceOfSatisfying(BrowserFileException.class,
                e -> assertThat(e.problem()).isEqualTo(BrowserFileException.Problem.NOT_BGZF));
        Path fa = touch("ref.fa");
        assertThatThrownBy(() -> ReferenceGenome.of(GenomeBuild.GRCh38, fa)).isInstanceOfSatisfying(
                BrowserFileException.class, e -> assertThat(e.problem()).isEqualTo(BrowserFileException.Problem.MISSING_INDEX));
        touch("ref.fa.fai");
        ReferenceGenome ref = ReferenceGenome.of(GenomeBuild.GRCh38, fa);
        assertThat(ref.fastaIndex()).isEqualTo(dir.resolve("ref.fa.fai"));
        assertThat(ref.compressedIndexFile()).isEmpty();
        assertThat(ref.igvId()).isEqualTo("zenome-GRCh38");
        assertThat(TrackSpec.variants("small", touch("small.vcf")).indexFile()).as("plain VCF read whole").isEmpty();
    }

    @Test
    void realSharedFilesAreRecognised() throws IOException {
        String root = System.getProperty("zenome.shared.data");
        Path d = root == null ? null
                : Path.of(root, "reference_and_reads/grch37_brca1_chr17_41196312-41277500_1000G").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(d != null && Files.isDirectory(d), "shared test data not present");
        TrackSpec vcf = TrackSpec.variants("Variants", d.resolve("brca1_1kgPhase3_variants.vcf.gz"));
        assertThat(vcf.index()).isEqualTo(d.resolve("brca1_1kgPhase3_variants.vcf.gz.tbi"));
        assertThat(vcf.igvFormat()).isEqualTo("vcf");
        assertThat(TrackSpec.alignments("x", d.resolve("brca1_HG00096.cram")).igvFormat()).isEqualTo("cram");
        assertThat(TrackSpec.annotation("Genes", d.resolve("brca1_gencodev19.gff3")).igvFormat()).isEqualTo("gff3");
        assertThatThrownBy(() -> BrowserSession.of(ReferenceGenome.of(GenomeBuild.GRCh37, d.resolve("ref_brca1.fa")),
                java.util.List.of(vcf, vcf))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two tracks");
    }
}
