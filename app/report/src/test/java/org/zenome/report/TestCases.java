package org.zenome.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Real case stores for the report tests: small VEP-annotated VCFs written here (real gene symbols, transcripts and
 * HGVS) and imported with the real importer into a real SQLite store.
 */
final class TestCases {
    static final String CANCER = "CA-0001";
    static final String RARE = "RD-0001";

    /** gene, chrom, pos, ref, alt, transcript, HGVS c., HGVS p., ClinVar. */
    static final String[][] SOMATIC = {
        {"KRAS", "chr12", "25245350", "C", "T", "NM_004985.5", "c.35G>A", "p.(Gly12Asp)", "Pathogenic"},
        {"TP53", "chr17", "7675088", "C", "T", "NM_000546.6", "c.524G>A", "p.(Arg175His)", "Pathogenic"},
        {"PIK3CA", "chr3", "179234297", "A", "G", "NM_006218.4", "c.3140A>G", "p.(His1047Arg)", "Pathogenic"},
        {"EGFR", "chr7", "55191822", "T", "G", "NM_005228.5", "c.2573T>G", "p.(Leu858Arg)", "Pathogenic"},
        {"BRAF", "chr7", "140753336", "A", "T", "NM_004333.6", "c.1799T>A", "p.(Val600Glu)", "Pathogenic"},
    };
    static final String[] MORE_GENES = {"APC", "ARID1A", "ATM", "CDH1", "CDKN2A", "CTNNB1", "ERBB2", "FBXW7",
        "IDH1", "KMT2D", "NF1", "NOTCH1", "PTEN", "RB1", "SMAD4", "STK11", "ALK", "MET", "RET", "ROS1", "FGFR2",
        "FGFR3", "NRAS", "MTOR", "TSC2"};
    /** Germline findings of the tumour/normal case: BRCA2 presumed germline, MLH1 secondary. */
    static final String[][] GERMLINE = {
        {"BRCA2", "chr13", "32340301", "GT", "G", "NM_000059.4", "c.5946del", "p.(Ser1982ArgfsTer22)", "Pathogenic"},
        {"MLH1", "chr3", "37025636", "C", "T", "NM_000249.4", "c.350C>T", "p.(Thr117Met)", "Likely_pathogenic"},
    };
    /** Rare-disease trio: SCN1A causative (de novo), MYH7 secondary finding. */
    static final String[][] TRIO = {
        {"SCN1A", "chr2", "165991235", "G", "A", "NM_001165963.4", "c.2836C>T", "p.(Arg946Cys)", "Pathogenic"},
        {"MYH7", "chr14", "23424119", "G", "A", "NM_000257.4", "c.1208G>A", "p.(Arg403Gln)", "Pathogenic"},
        {"GJB2", "chr13", "20189473", "C", "T", "NM_004004.6", "c.109G>A", "p.(Val37Ile)", "Benign"},
    };
    private static final List<String> CONTIGS = List.of("chr1", "chr2", "chr3", "chr4", "chr5", "chr6", "chr7", "chr8",
            "chr9", "chr10", "chr11", "chr12", "chr13", "chr14", "chr15", "chr16", "chr17", "chr18", "chr19", "chr20",
            "chr21", "chr22", "chrX");
    private static final long[] LENGTHS = {248956422L, 242193529L, 198295559L, 190214555L, 181538259L, 170805979L,
        159345973L, 145138636L, 138394717L, 133797422L, 135086622L, 133275309L, 114364328L, 107043718L, 101991189L,
        90338345L, 83257441L, 80373285L, 58617616L, 64444167L, 46709983L, 50818468L, 156040895L};

    private TestCases() {
    }

    /** A store holding the cancer case (30 somatic + 2 germline findings) and the rare-disease trio. */
    static SqliteCaseStore store(Path dir) throws Exception {
        SqliteCaseStore store = SqliteCaseStore.open(dir.resolve("zenome.db"));
        CaseImporter importer = new CaseImporter(store, "test");
        Path tn = writeVcf(dir.resolve("tn.vcf"), List.of("TUMOR", "NORMAL"), cancerRows());
        importer.importVcf(new ImportRequest(CANCER, DiseaseArea.CANCER, "肺腺癌 (lung adenocarcinoma)", tn, null,
                Map.of("TUMOR", SampleRole.TUMOUR, "NORMAL", SampleRole.NORMAL), GenomeBuild.GRCh38, false),
                ImportListener.NONE);
        Path trio = writeVcf(dir.resolve("trio.vcf"), List.of("CHILD", "MOTHER", "FATHER"), trioRows());
        importer.importVcf(new ImportRequest(RARE, DiseaseArea.RARE_DISEASE, "てんかん性脳症 (epileptic encephalopathy)",
                trio, null, Map.of("CHILD", SampleRole.PROBAND, "MOTHER", SampleRole.MOTHER, "FATHER",
                        SampleRole.FATHER), GenomeBuild.GRCh38, false), ImportListener.NONE);
        return store;
    }

    /** 30 somatic findings (5 hotspots and 25 more genes) and the germline ones. */
    static List<String[]> cancerRows() {
        List<String[]> rows = new ArrayList<>();
        for (String[] s : SOMATIC) {
            rows.add(row(s, "0/1:60,40:100", "0/0:50,0:50"));
        }
        for (int i = 0; i < MORE_GENES.length; i++) {
            int pos = 1_000_000 + i * 37_000;
            String chrom = CONTIGS.get(i % 22);
            String[] s = {MORE_GENES[i], chrom, Integer.toString(pos), "G", "A", "NM_" + (100000 + i) + ".1",
                "c." + (100 + i * 3) + "G>A", "p.(Arg" + (34 + i) + "His)", "Pathogenic"};
            rows.add(row(s, "0/1:70,30:100", "0/0:40,0:40"));
        }
        for (String[] s : GERMLINE) {
            rows.add(row(s, "0/1:48,52:100", "0/1:22,18:40"));
        }
        return rows;
    }

    static List<String[]> trioRows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(row(TRIO[0], "0/1:20,18:38", "0/0:30,0:30", "0/0:28,0:28"));
        rows.add(row(TRIO[1], "0/1:15,17:32", "0/1:16,14:30", "0/0:30,0:30"));
        rows.add(row(TRIO[2], "1/1:0,30:30", "0/1:15,15:30", "0/1:14,16:30"));
        return rows;
    }

    private static String[] row(String[] s, String... genotypes) {
        String csq = String.join("|", s[4].length() < s[3].length() ? "-" : s[4], "missense_variant", "MODERATE",
                s[0], "ENSG0000000" + Math.abs(s[0].hashCode() % 1000), "Transcript", s[5], "protein_coding", "5/10",
                "", s[5] + ":" + s[6], s[5].replace("NM_", "NP_") + ":" + s[7], "YES", s[5]);
        String info = "CSQ=" + csq + ";CLNSIG=" + s[8];
        List<String> out = new ArrayList<>(List.of(s[1], s[2], ".", s[3], s[4], "200", "PASS", info, "GT:AD:DP"));
        out.addAll(List.of(genotypes));
        return out.toArray(String[]::new);
    }

    static Path writeVcf(Path file, List<String> samples, List<String[]> rows) throws IOException {
        StringBuilder b = new StringBuilder("##fileformat=VCFv4.2\n##reference=GRCh38\n##source=TestCaller 1.0\n");
        for (int i = 0; i < CONTIGS.size(); i++) {
            b.append("##contig=<ID=").append(CONTIGS.get(i)).append(",length=").append(LENGTHS[i])
                    .append(",assembly=GRCh38>\n");
        }
        b.append("##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. "
                + "Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|"
                + "CANONICAL|MANE_SELECT\">\n");
        b.append("##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"ClinVar significance\">\n");
        b.append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
        b.append("##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n");
        b.append("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n");
        b.append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t").append(String.join("\t", samples))
                .append('\n');
        List<String[]> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.<String[]>comparingInt(r -> CONTIGS.indexOf(r[0]))
                .thenComparingInt(r -> Integer.parseInt(r[1])));
        for (String[] r : sorted) {
            b.append(String.join("\t", r)).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
