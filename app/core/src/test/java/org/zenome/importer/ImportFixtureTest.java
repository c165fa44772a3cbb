package org.zenome.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zenome.testing.TestImports.all;
import static org.zenome.testing.TestImports.fixture;
import static org.zenome.testing.TestImports.importVcf;
import static org.zenome.testing.TestImports.labels;
import static org.zenome.testing.TestImports.query;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.Genotype;
import org.zenome.domain.Impact;
import org.zenome.domain.Region;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Sex;
import org.zenome.domain.TranscriptAnnotation;
import org.zenome.domain.VariantFilter;
import org.zenome.domain.VariantType;
import org.zenome.domain.Zygosity;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.testing.TestImports;

/**
 * Every parser feature on small fixtures written for it (src/test/resources/vcf), imported into a real SQLite
 * store and read back through the repositories. Expected values are read off the fixture lines by hand.
 */
class ImportFixtureTest {
    @TempDir
    Path dir;
    SqliteCaseStore store;

    @BeforeEach
    void open() {
        store = SqliteCaseStore.open(dir.resolve("zenome.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Finding one(List<Finding> fs, String label) {
        List<Finding> m = fs.stream().filter(f -> f.label().equals(label)).toList();
        assertThat(m).as(label).hasSize(1);
        return m.get(0);
    }

    static Genotype gt(Finding f, String sample) {
        return f.genotypes().stream().filter(g -> g.sample().equals(sample)).findFirst().orElseThrow();
    }

    private long pk(String caseId) {
        return store.cases().find(caseId).orElseThrow().id();
    }

    @Test
    void trioWithPedVepCsqAndInfoScores() throws Exception {
        ImportResult r = importVcf(store, "TRIO-1", fixture("trio_grch38.vcf"), fixture("trio.ped"), null);
        assertThat(r.build()).isEqualTo(GenomeBuild.GRCh38); // from the chr1/chr2/chr3/chrX lengths
        assertThat(r.records()).isEqualTo(13);
        assertThat(r.findings()).isEqualTo(14); // chr4:500 A>C,G is split in two
        assertThat(r.skippedReferenceBlocks()).isZero();

        CaseSummary c = store.cases().find("TRIO-1").orElseThrow();
        assertThat(c.diseaseArea()).isEqualTo(DiseaseArea.RARE_DISEASE);
        assertThat(c.build()).isEqualTo(GenomeBuild.GRCh38);
        assertThat(c.findingCount()).isEqualTo(14);
        assertThat(c.samples()).extracting(Sample::name, Sample::role, Sample::sex, Sample::affected, Sample::column)
                .containsExactly(tuple("CHILD", SampleRole.PROBAND, Sex.MALE, true, 0),
                        tuple("MOTHER", SampleRole.MOTHER, Sex.FEMALE, false, 1),
                        tuple("FATHER", SampleRole.FATHER, Sex.MALE, false, 2));
        assertThat(store.cases().sourceFiles(c.id())).hasSize(2);
        assertThat(store.cases().sourceFiles(c.id()).get(0).sha256())
                .isEqualTo(CaseImporter.sha256(fixture("trio_grch38.vcf")));

        List<Finding> fs = all(store, c.id());
        assertThat(labels(fs)).containsExactly("chr1:1000 G>A", "chr1:2000 C>T", "chr1:3000 T>C", "chr1:4000 A>G",
                "chr2:1500 C>CT", "chr3:1000 G>T", "chr3:2000 A>G", "chr3:3000 C>A", "chr4:500 A>C", "chr4:500 A>G",
                "chr4:1000 G>T", "chr4:2000 T>A", "chrX:5000 C>T", "chrX:6000 G>A");

        Finding denovo = one(fs, "chr1:1000 G>A");
        assertThat(denovo.variantId()).isEqualTo("rs1001");
        assertThat(denovo.type()).isEqualTo(VariantType.SNV);
        assertThat(denovo.qual()).isEqualTo(50.0);
        assertThat(denovo.isPass()).isTrue();
        assertThat(denovo.gene()).isEqualTo("GENEA");
        assertThat(denovo.transcript()).isEqualTo("ENST0A1");
        assertThat(denovo.consequence()).isEqualTo("missense_variant");
        assertThat(denovo.impact()).isEqualTo(Impact.MODERATE);
        assertThat(denovo.hgvsC()).isEqualTo("c.100G>A");
        assertThat(denovo.hgvsP()).isEqualTo("p.Gly34Ser");
        assertThat(denovo.populationAf()).isEqualTo(0.00001);
        assertThat(denovo.cadd()).isEqualTo(28.5);
        assertThat(denovo.revel()).isEqualTo(0.91);
        assertThat(denovo.depth()).isEqualTo(30);
        assertThat(denovo.genotypes()).extracting(Genotype::sample, Genotype::gt, Genotype::zygosity,
                        Genotype::refDepth, Genotype::altDepth, Genotype::depth, Genotype::quality)
                .containsExactly(tuple("CHILD", "0/1", Zygosity.HET, 12, 18, 30, 99),
                        tuple("MOTHER", "0/0", Zygosity.HOM_REF, 20, 0, 20, 60),
                        tuple("FATHER", "0/0", Zygosity.HOM_REF, 25, 0, 25, 60));
        assertThat(gt(denovo, "CHILD").vaf()).isEqualTo(0.6);

        // display transcript: MANE Select beats a more severe non-MANE transcript and the canonical one
        Finding mane = one(fs, "chr1:2000 C>T");
        assertThat(mane.transcript()).isEqualTo("ENST0B3");
        assertThat(mane.consequence()).isEqualTo("missense_variant");
        assertThat(mane.impact()).isEqualTo(Impact.MODERATE);
        assertThat(mane.hgvsC()).isEqualTo("c.311C>T");
        // without MANE, the canonical transcript beats a more severe one
        Finding canonical = one(fs, "chr1:3000 T>C");
        assertThat(canonical.transcript()).isEqualTo("ENST0C1");
        assertThat(canonical.consequence()).isEqualTo("synonymous_variant");
        assertThat(canonical.hgvsP()).isEqualTo("p.Leu17=");
        // neither: the most severe transcript, whose gene becomes the display gene
        Finding severe = one(fs, "chr1:4000 A>G");
        assertThat(severe.transcript()).isEqualTo("ENST0D2");
        assertThat(severe.gene()).isEqualTo("GENED2");
        assertThat(severe.consequence()).isEqualTo("splice_region_variant&intron_variant");
        assertThat(severe.impact()).isEqualTo(Impact.LOW);

        Finding ins = one(fs, "chr2:1500 C>CT");
        assertThat(ins.type()).isEqualTo(VariantType.INSERTION);
        assertThat(ins.gene()).isEqualTo("GENEE"); // VEP writes the inserted base only ("T")
        assertThat(ins.consequence()).isEqualTo("frameshift_variant");
        assertThat(ins.hgvsC()).isEqualTo("c.400dup");
        assertThat(ins.clinvarSignificance()).isEqualTo("Pathogenic");
        assertThat(ins.clinvarReviewStatus()).isEqualTo("criteria_provided,_multiple_submitters,_no_conflicts");
        assertThat(ins.populationAf()).isEqualTo(0.002);
        assertThat(gt(ins, "CHILD").zygosity()).isEqualTo(Zygosity.HOM_ALT);

        assertThat(one(fs, "chr3:2000 A>G").spliceAi()).isEqualTo(0.8);
        assertThat(one(fs, "chr4:1000 G>T").filter()).isEqualTo("LowQual");
        assertThat(one(fs, "chr4:1000 G>T").isPass()).isFalse();

        // multi-allelic: one finding per ALT, Number=A and Number=R values split per allele, CSQ by ALLELE_NUM
        Finding c1 = one(fs, "chr4:500 A>C");
        Finding c2 = one(fs, "chr4:500 A>G");
        assertThat(List.of(c1.altIndex(), c1.altCount(), c2.altIndex(), c2.altCount())).containsExactly(1, 2, 2, 2);
        assertThat(c1.populationAf()).isEqualTo(0.01);
        assertThat(c2.populationAf()).isEqualTo(0.2);
        assertThat(c1.consequence()).isEqualTo("missense_variant");
        assertThat(c2.consequence()).isEqualTo("stop_gained");
        assertThat(c2.hgvsP()).isEqualTo("p.Lys2Ter");
        assertThat(c1.genotypes()).extracting(Genotype::sample, Genotype::gt, Genotype::zygosity, Genotype::refDepth,
                Genotype::altDepth).containsExactly(tuple("CHILD", "1/2", Zygosity.HET, 2, 20),
                tuple("MOTHER", "0/1", Zygosity.HET, 15, 15), tuple("FATHER", "0/2", Zygosity.OTHER_ALT, 14, 0));
        assertThat(c2.genotypes()).extracting(Genotype::sample, Genotype::zygosity, Genotype::refDepth,
                Genotype::altDepth).containsExactly(tuple("CHILD", Zygosity.HET, 2, 18),
                tuple("MOTHER", Zygosity.OTHER_ALT, 15, 0), tuple("FATHER", Zygosity.HET, 14, 16));
        // VAF of a split allele is AD[alt] / (AD[ref] + AD[alt]), as on the record bcftools norm -m- writes
        assertThat(gt(c2, "CHILD").vaf()).isEqualTo(18.0 / 20);
        // the original record is kept for provenance: the second allele's detail shows the whole line
        FindingDetail d2 = store.findings().detail(c2.id()).orElseThrow();
        assertThat(d2.info()).containsEntry("gnomAD_AF", "0.01,0.2").containsEntry("DP", "40");
        assertThat(d2.format()).containsExactly("GT", "AD", "DP", "GQ");
        assertThat(d2.sampleData().get("CHILD")).containsExactly("1/2", "2,20,18", "40", "99");
        assertThat(d2.transcripts()).extracting(TranscriptAnnotation::consequence).containsExactly("stop_gained");

        // all transcripts of a finding are stored
        FindingDetail dm = store.findings().detail(mane.id()).orElseThrow();
        assertThat(dm.transcripts()).extracting(TranscriptAnnotation::feature, TranscriptAnnotation::canonical,
                TranscriptAnnotation::isManeSelect).containsExactly(tuple("ENST0B1", true, false),
                tuple("ENST0B2", false, false), tuple("ENST0B3", false, true));

        // haploid calls on chrX of a male
        Finding x = one(fs, "chrX:5000 C>T");
        assertThat(gt(x, "CHILD").gt()).isEqualTo("1");
        assertThat(gt(x, "CHILD").zygosity()).isEqualTo(Zygosity.HOM_ALT);
        assertThat(gt(x, "FATHER").zygosity()).isEqualTo(Zygosity.HOM_REF);
    }

    @Test
    void plainGzipAndBgzipGiveTheSameFindings() throws Exception {
        byte[] bytes = Files.readAllBytes(fixture("trio_grch38.vcf"));
        Path gz = TestImports.gzip(bytes, dir.resolve("trio.vcf.gz"));
        Path bgz = TestImports.bgzip(bytes, dir.resolve("trio.bgz.vcf.gz"));
        assertThat(VcfInput.isBgzf(gz)).isFalse();
        assertThat(VcfInput.isBgzf(bgz)).isTrue();
        importVcf(store, "PLAIN", fixture("trio_grch38.vcf"), fixture("trio.ped"), null);
        importVcf(store, "GZIP", gz, fixture("trio.ped"), null);
        importVcf(store, "BGZF", bgz, fixture("trio.ped"), null);
        List<String> plain = rows(all(store, pk("PLAIN")));
        assertThat(plain).hasSize(14);
        assertThat(rows(all(store, pk("GZIP")))).isEqualTo(plain);
        assertThat(rows(all(store, pk("BGZF")))).isEqualTo(plain);
        // the BGZF case reads its lines back from the kept copy by virtual offset
        Finding g = one(all(store, pk("BGZF")), "chr4:500 A>G");
        assertThat(store.findings().detail(g.id()).orElseThrow().info()).containsEntry("gnomAD_AF", "0.01,0.2");
    }

    private static List<String> rows(List<Finding> fs) {
        return fs.stream().map(f -> f.label() + " " + f.gene() + " " + f.transcript() + " " + f.consequence() + " "
                + f.hgvsC() + " " + f.hgvsP() + " " + f.populationAf() + " " + f.genotypes()).toList();
    }

    @Test
    void buildFromGrch37ContigLengths() throws Exception {
        String text = Files.readString(fixture("trio_grch38.vcf"))
                .replace("ID=chr1,length=248956422", "ID=chr1,length=249250621")
                .replace("ID=chr2,length=242193529", "ID=chr2,length=243199373")
                .replace("ID=chr3,length=198295559", "ID=chr3,length=198022430")
                .replace("ID=chrX,length=156040895", "ID=chrX,length=155270560");
        Path v = Files.writeString(dir.resolve("trio37.vcf"), text);
        assertThat(importVcf(store, "T37", v).build()).isEqualTo(GenomeBuild.GRCh37);
    }

    @Test
    void structuralVariantsBreakendsAndAlleleTypes() throws Exception {
        ImportResult r = importVcf(store, "SV", fixture("sv_grch37.vcf"));
        assertThat(r.build()).isEqualTo(GenomeBuild.GRCh37); // ##reference=...human_g1k_v37.fasta
        assertThat(r.records()).isEqualTo(13);
        assertThat(r.findings()).isEqualTo(15);
        List<Finding> fs = all(store, pk("SV"));
        // "1" and "chr1" naming: shown normalised
        assertThat(fs).extracting(Finding::chrom).containsOnly("chr1", "chr2", "chr13");

        Finding del = one(fs, "chr1:10000 N><DEL>");
        assertThat(del.type()).isEqualTo(VariantType.STRUCTURAL);
        assertThat(del.svType()).isEqualTo("DEL");
        assertThat(del.end()).isEqualTo(15000);
        assertThat(del.svLength()).isEqualTo(-5000);
        Finding dup = one(fs, "chr1:20000 N><DUP>");
        assertThat(List.of(dup.svType(), dup.end(), dup.svLength())).containsExactly("DUP", 23000, 3000);

        // non-minimal representations are typed after trimming the common prefix and suffix
        assertThat(one(fs, "chr1:30000 ACT>AGT").type()).isEqualTo(VariantType.SNV);
        assertThat(one(fs, "chr1:30100 GCACA>G").type()).isEqualTo(VariantType.DELETION);
        assertThat(one(fs, "chr1:30100 GCACA>GCA").type()).isEqualTo(VariantType.DELETION);
        assertThat(one(fs, "chr1:30200 ATG>C").type()).isEqualTo(VariantType.INDEL);
        assertThat(one(fs, "chr1:30300 CAT>CGC").type()).isEqualTo(VariantType.MNV);

        // '*' (allele missing because of an upstream deletion) is its own type, kept like bcftools norm -m- does
        Finding star = one(fs, "chr1:30400 T>*");
        assertThat(star.type()).isEqualTo(VariantType.SPANNING_DELETION);
        assertThat(star.svType()).isNull();
        assertThat(one(fs, "chr1:30400 T>C").type()).isEqualTo(VariantType.SNV);

        // mate breakends and single breakends are structural BND calls
        for (String l : List.of("chr2:321681 G>G]13:123460]", "chr2:321682 T>]13:123456]T", "chr2:400000 A>A.",
                "chr2:400100 C>.C", "chr13:123456 C>C[2:321682[", "chr13:123460 A>A[2:321681[")) {
            Finding b = one(fs, l);
            assertThat(b.type()).as(l).isEqualTo(VariantType.STRUCTURAL);
            assertThat(b.svType()).as(l).isEqualTo("BND");
        }
        // a region given with "1" finds the deletion that spans it
        assertThat(labels(query(store, pk("SV"), VariantFilter.all().withRegion(Region.parse("1:12000-12001")
                .orElseThrow())))).containsExactly("chr1:10000 N><DEL>");
    }

    @Test
    void gvcfReferenceBlocksAreSkippedAndCounted() throws Exception {
        ImportResult r = importVcf(store, "GVCF", fixture("sample.g.vcf"));
        assertThat(r.build()).isEqualTo(GenomeBuild.GRCh38); // contig assembly=GRCh38 and chr1 length
        assertThat(r.records()).isEqualTo(6);
        assertThat(r.skippedReferenceBlocks()).isEqualTo(4); // <NON_REF> x2, ALT '.', <*>
        assertThat(r.findings()).isEqualTo(3);
        List<Finding> fs = all(store, pk("GVCF"));
        assertThat(labels(fs)).containsExactly("chr1:1000 A>G", "chr1:2000 T>TA", "chr1:2000 T>C");
        Finding c = one(fs, "chr1:2000 T>C");
        assertThat(c.altIndex()).isEqualTo(2);
        assertThat(gt(c, "NA12878").altDepth()).isEqualTo(15);
        assertThat(gt(c, "NA12878").refDepth()).isEqualTo(1);
        assertThat(store.cases().sourceFiles(pk("GVCF")).get(0).skippedBlocks()).isEqualTo(4);
    }

    @Test
    void vepFieldOrderIsTakenFromTheHeader() throws Exception {
        importVcf(store, "A", fixture("csq_order_a.vcf"));
        importVcf(store, "B", fixture("csq_order_b.vcf"));
        for (String id : List.of("A", "B")) {
            Finding f = all(store, pk(id)).get(0);
            assertThat(List.of(f.gene(), f.transcript(), f.consequence(), f.impact().name(), f.hgvsC(), f.hgvsP()))
                    .as(id).containsExactly("BRCA1", "ENST00000357654", "missense_variant", "MODERATE", "c.5468C>T",
                            "p.Thr1823Ile");
            FindingDetail d = store.findings().detail(f.id()).orElseThrow();
            assertThat(d.transcripts()).extracting(TranscriptAnnotation::feature, TranscriptAnnotation::consequence,
                            TranscriptAnnotation::maneSelect)
                    .as(id).containsExactly(tuple("ENST00000357654", "missense_variant", "NM_007294.4"),
                            tuple("ENST00000471181", "intron_variant", ""));
        }
    }

    @Test
    void snpEffAnnotations() throws Exception {
        ImportResult r = importVcf(store, "ANN", fixture("snpeff_ann.vcf"));
        assertThat(r.build()).isEqualTo(GenomeBuild.GRCh38); // ##reference=hg38
        List<Finding> fs = all(store, pk("ANN"));
        assertThat(fs).hasSize(4);
        Finding del = one(fs, "chr7:117559590 ATCT>A");
        assertThat(del.type()).isEqualTo(VariantType.DELETION);
        assertThat(List.of(del.gene(), del.transcript(), del.consequence(), del.hgvsC(), del.hgvsP()))
                .containsExactly("CFTR", "ENST00000003084.11", "conservative_inframe_deletion", "c.1521_1523delCTT",
                        "p.Phe508del");
        assertThat(del.impact()).isEqualTo(Impact.MODERATE);
        Finding intragenic = one(fs, "chr7:117560000 G>T");
        assertThat(intragenic.consequence()).isEqualTo("intragenic_variant");
        assertThat(intragenic.impact()).isEqualTo(Impact.MODIFIER);
        assertThat(Consequences.canonical("intragenic_variant")).isEqualTo("intragenic_variant");
        // an intragenic variant is not an intron variant
        assertThat(labels(query(store, pk("ANN"), VariantFilter.all().withConsequences(Set.of("intron_variant")))))
                .containsExactly("chr7:117559590 ATCT>A");
        assertThat(labels(query(store, pk("ANN"), VariantFilter.all().withConsequences(Set.of("intragenic_variant")))))
                .containsExactly("chr7:117560000 G>T");
        assertThat(one(fs, "chr7:117700000 C>G").consequence()).isEqualTo("stop_gained");
        assertThat(one(fs, "chr7:117700000 C>G").hgvsP()).isEqualTo("p.Tyr1282*");
        assertThat(one(fs, "chr7:117700000 C>A").consequence()).isEqualTo("synonymous_variant");
        assertThat(one(fs, "chr7:117700000 C>A").impact()).isEqualTo(Impact.LOW);
    }

    @Test
    void tumourNormalPair() throws Exception {
        ImportResult r = importVcf(store, "TN", fixture("tumour_normal.vcf"));
        assertThat(r.build()).isEqualTo(GenomeBuild.GRCh37); // contig assembly=b37
        CaseSummary c = store.cases().find("TN").orElseThrow();
        assertThat(c.diseaseArea()).isEqualTo(DiseaseArea.CANCER);
        assertThat(c.samples()).extracting(Sample::name, Sample::role)
                .containsExactly(tuple("N_001", SampleRole.NORMAL), tuple("T_001", SampleRole.TUMOUR));
        List<Finding> fs = all(store, c.id());
        Finding braf = one(fs, "chr7:140453136 A>T");
        assertThat(List.of(braf.gene(), braf.hgvsP())).containsExactly("BRAF", "p.Val600Glu");
        assertThat(braf.qual()).isNull();
        assertThat(gt(braf, "T_001").vaf()).isEqualTo(0.4);
        assertThat(gt(braf, "N_001").vaf()).isEqualTo(0.0);
        assertThat(gt(braf, "T_001").depth()).isEqualTo(100);
        assertThat(gt(one(fs, "chr17:7577120 C>T"), "T_001").vaf()).isEqualTo(0.7);
    }

    @Test
    void vcf41And43AndCrlfLineEnds() throws Exception {
        String v43 = Files.readString(fixture("csq_order_a.vcf"));
        assertThat(v43).startsWith("##fileformat=VCFv4.3");
        Path crlf = Files.writeString(dir.resolve("crlf.vcf"), v43.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        importVcf(store, "CRLF", crlf);
        assertThat(all(store, pk("CRLF")).get(0).hgvsP()).isEqualTo("p.Thr1823Ile");
        assertThat(Files.readString(fixture("sv_grch37.vcf"))).startsWith("##fileformat=VCFv4.1");
        assertThat(Files.readString(fixture("trio_grch38.vcf"))).startsWith("##fileformat=VCFv4.2");
    }

    @Test
    void scoresCarriedInTheVepCsq() throws Exception {
        importVcf(store, "SCORES", fixture("csq_scores.vcf"));
        List<Finding> fs = all(store, pk("SCORES"));
        Finding m = one(fs, "chr2:47403300 G>A");
        assertThat(m.transcript()).isEqualTo("ENST00000233146"); // MANE Select
        assertThat(m.populationAf()).isEqualTo(0.004); // the largest of gnomADg_AF and MAX_AF
        assertThat(m.revel()).isEqualTo(0.73); // the largest over the allele's transcripts
        assertThat(m.cadd()).isEqualTo(24.1);
        assertThat(m.spliceAi()).isEqualTo(0.05);
        assertThat(m.clinvarSignificance()).isEqualTo("likely_pathogenic");
        assertThat(labels(query(store, pk("SCORES"), VariantFilter.all().withClinvar(
                Set.of(org.zenome.domain.ClinicalSignificance.LIKELY_PATHOGENIC))))).containsExactly("chr2:47403300 G>A");
        // SpliceAI's own INFO format: the largest of DS_AG, DS_AL, DS_DG, DS_DL
        Finding s = one(fs, "chr2:47403400 T>C");
        assertThat(s.spliceAi()).isEqualTo(0.85);
        assertThat(s.populationAf()).isNull();
        assertThat(s.consequence()).isEqualTo("splice_region_variant&intron_variant");
    }

    @Test
    void varDictDepthsGiveTheVaf() throws Exception {
        String vcf = String.join("\n", "##fileformat=VCFv4.2", "##source=VarDict", "##reference=GRCh37",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
                "##FORMAT=<ID=VD,Number=1,Type=Integer,Description=\"Variant depth\">",
                "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">",
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL",
                "5\t170837543\t.\tC\tCTCTG\t0\tPASS\t.\tGT:DP:VD:AF\t0/1:4046:1209:0.299\t0/0:2937:0:0",
                "15\t90631934\t.\tC\tT,G\t0\tPASS\t.\tGT:DP:VD:AF\t1/2:100:40:0.4,0.3\t0/0:90:0:0,0") + "\n";
        importVcf(store, "VD", Files.writeString(dir.resolve("vardict.vcf"), vcf));
        List<Finding> fs = all(store, pk("VD"));
        Genotype t = gt(one(fs, "chr5:170837543 C>CTCTG"), "TUMOR");
        assertThat(List.of(t.refDepth(), t.altDepth(), t.depth())).containsExactly(4046 - 1209, 1209, 4046);
        assertThat(t.vaf()).isEqualTo(1209.0 / 4046);
        assertThat(gt(one(fs, "chr5:170837543 C>CTCTG"), "NORMAL").vaf()).isEqualTo(0.0);
        // VD is one number: with two ALTs it cannot be split per allele, so no VAF is made up
        assertThat(Double.isNaN(gt(one(fs, "chr15:90631934 C>T"), "TUMOR").vaf())).isTrue();
    }
}
