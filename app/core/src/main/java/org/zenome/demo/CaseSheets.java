package org.zenome.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zenome.domain.Sample;
import org.zenome.domain.Sex;

/** The small text files of the demo: pedigree, sample sheet, the findings answer key and a README. */
final class CaseSheets {
    static final String FAMILY = "DEMO-FAM";

    private CaseSheets() {
    }

    /** 6-column PED: family, individual, father, mother, sex (1 male, 2 female), phenotype (1 unaffected, 2 affected). */
    static void ped(Path ped, List<Sample> trio) throws IOException {
        Sample proband = trio.get(0);
        Sample mother = trio.get(1);
        Sample father = trio.get(2);
        List<String> lines = List.of(
                String.join("\t", FAMILY, proband.name(), father.name(), mother.name(), sex(proband), "2"),
                String.join("\t", FAMILY, mother.name(), "0", "0", sex(mother), "1"),
                String.join("\t", FAMILY, father.name(), "0", "0", sex(father), "1"));
        Files.write(ped, lines, StandardCharsets.UTF_8);
    }

    private static String sex(Sample s) {
        return s.sex() == Sex.MALE ? "1" : s.sex() == Sex.FEMALE ? "2" : "0";
    }

    static void sampleSheet(Path tsv, List<Sample> samples) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("sample\trole\tsex\taffected");
        for (Sample s : samples) {
            lines.add(String.join("\t", s.name(), s.role().name(), s.sex().name(), Boolean.toString(s.affected())));
        }
        Files.write(tsv, lines, StandardCharsets.UTF_8);
    }

    /** Every curated finding, where it lies and what the files say about it. */
    static void findings(Path tsv, List<DemoVariant> trio, List<Sample> trioSamples, List<DemoVariant> tn,
                         List<Sample> tnSamples) throws IOException {
        int consequence = VariantAnnotator.CSQ_FIELDS.indexOf("Consequence");
        int symbol = VariantAnnotator.CSQ_FIELDS.indexOf("SYMBOL");
        int canonical = VariantAnnotator.CSQ_FIELDS.indexOf("CANONICAL");
        try (BufferedWriter w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            w.write(String.join("\t", "case", "finding", "category", "gene", "chrom", "pos", "ref", "alt", "hgvs_c",
                    "hgvs_p", "consequence", "filter", "clinvar", "genotypes", "note"));
            w.write('\n');
            for (Object[] set : new Object[][] {{"trio", trio, trioSamples}, {"tumour-normal", tn, tnSamples}}) {
                @SuppressWarnings("unchecked")
                List<DemoVariant> records = (List<DemoVariant>) set[1];
                @SuppressWarnings("unchecked")
                List<Sample> samples = (List<Sample>) set[2];
                for (DemoVariant v : records) {
                    FindingSpec f = v.finding;
                    if (f == null) {
                        continue;
                    }
                    String so = "";
                    for (String c : v.csq) {
                        String[] p = c.split("\\|", -1);
                        if (p[symbol].equals(f.gene) && p[canonical].equals("YES")) {
                            so = p[consequence];
                            break;
                        }
                    }
                    List<String> gts = new ArrayList<>();
                    for (int i = 0; i < samples.size(); i++) {
                        DemoVariant.Call c = v.calls.get(i);
                        gts.add(samples.get(i).name() + "=" + genotype(c) + (c.ad() == null ? ""
                                : " AD=" + join(c.ad())));
                    }
                    w.write(String.join("\t", (String) set[0], f.key, f.category, f.gene, v.chrom,
                            Integer.toString(v.pos), v.ref, String.join(",", v.alts),
                            hgvsC(f), f.hgvsP == null ? "" : f.hgvsP, so,
                            v.filters.isEmpty() ? "PASS" : String.join(";", v.filters),
                            f.clnsig == null ? "" : f.clnsig, String.join("; ", gts), f.note));
                    w.write('\n');
                }
            }
        }
    }

    /** The curated c. description; a tandem repeat lists each ALT allele's repeat count. */
    private static String hgvsC(FindingSpec f) {
        if (f.kind == FindingSpec.Kind.TANDEM_REPEAT) {
            List<String> alleles = new ArrayList<>();
            for (int n : f.repeatAltCounts) {
                alleles.add("c." + f.first + f.repeatUnit + "[" + n + "]");
            }
            return String.join(",", alleles);
        }
        return f.hgvsC == null ? "" : f.hgvsC;
    }

    private static String genotype(DemoVariant.Call c) {
        StringBuilder sb = new StringBuilder();
        for (int a : c.alleles()) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(a < 0 ? "." : Integer.toString(a));
        }
        return sb.toString();
    }

    private static String join(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int x : a) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(x);
        }
        return sb.toString();
    }

    static void readme(Path readme, long seed, int trioRecords, int tnRecords, long sequencedBases)
            throws IOException {
        String text = String.join("\n",
                "Zenome demo case",
                "================",
                "",
                DemoCaseBuilder.SYNTHETIC + ".",
                "Every base, read, genotype, frequency, score and ClinVar entry here was generated by Zenome's",
                "demo generator (seed " + seed + "); the same seed gives the same files. Gene symbols, HGNC/Ensembl",
                "gene IDs and the MANE Select transcript IDs are real so that the annotations look familiar; the",
                "exon coordinates, the reference sequence and all clinical values are synthetic.",
                "",
                "Cases",
                "-----",
                "demo-trio.vcf.gz (" + trioRecords + " records): a boy (DEMO-PROBAND, affected) with early-onset epilepsy",
                "  and hearing loss, and his unaffected parents (DEMO-MOTHER, DEMO-FATHER); pedigree demo-trio.ped.",
                "  De novo SCN1A, homozygous GJB2 c.235del, compound heterozygous CFTR (one allele from each",
                "  parent), X-linked OTC and DMD alleles from the mother, ACMG secondary findings (BRCA2 from",
                "  the father, LDLR from the mother), carrier findings, VUS, common benign East Asian alleles, a",
                "  multi-allelic CFTR poly-T record, a GSTM1 deletion (<DEL>) and a low-quality apparent de novo.",
                "demo-tumour-normal.vcf.gz (" + tnRecords + " records): a Mutect2-style lung adenocarcinoma",
                "  (DEMO-TUMOUR) with its normal (DEMO-NORMAL): EGFR L858R and subclonal T790M, TP53 R273H,",
                "  PIK3CA H1047R, RBM10 and ARID1A truncations, a somatic CDKN2A deletion, a KRAS G12D call on two",
                "  reads filtered as weak_evidence, and a presumed germline BRCA1 p.Leu63Ter in both samples.",
                "demo-findings.tsv lists every curated finding with its position, genotypes and filter.",
                "",
                "Reference and reads",
                "-------------------",
                "demo-reference.fa.gz (+ .fai, .gzi, .dict): GRCh38 contig names and full lengths; "
                        + sequencedBases + " bases of",
                "  random sequence around the variants (human base composition, GT-AG introns and open reading",
                "  frames in the demo genes), N elsewhere. Every VCF REF allele matches it.",
                "demo-genes.gff3: the MANE Select transcripts of the demo genes at their synthetic exon coordinates.",
                "demo-<sample>.bam/.bam.bai and .cram/.cram.crai: simulated 2x100 bp paired reads (about 30x; the",
                "  tumour 60x) within a few hundred bases of each curated finding, carrying the ALT allele at the",
                "  sample's genotype or allele fraction. The CRAM files need demo-reference.fa.gz.",
                "");
        Files.writeString(readme, text, StandardCharsets.UTF_8);
    }

    static String fileStem(Sample s) {
        return "demo-" + s.role().name().toLowerCase(Locale.ROOT);
    }
}
