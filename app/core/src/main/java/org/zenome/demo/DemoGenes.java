package org.zenome.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The genes of the demo case. Symbols, HGNC and Ensembl gene IDs and the MANE Select transcript and protein IDs are
 * the real public identifiers (MANE v1.0); spans are the MANE transcript spans on GRCh38; exon counts, protein and
 * UTR lengths approximate the real transcripts. Exon coordinates inside each span are synthetic.
 */
final class DemoGenes {
    private final List<GeneSpec> genes;
    private final Map<String, GeneSpec> bySymbol;

    DemoGenes() {
        genes = List.of(
                g("BRCA1", "HGNC:1100", "ENSG00000012048", "ENST00000357654.9", "ENSP00000350283.3", "NM_007294.4",
                        "BRCA1 DNA repair associated", "chr17", 43_044_295, 43_125_364, false, 23, 1863, 119, 1480, 2),
                g("BRCA2", "HGNC:1101", "ENSG00000139618", "ENST00000380152.8", "ENSP00000369497.3", "NM_000059.4",
                        "BRCA2 DNA repair associated", "chr13", 32_315_508, 32_400_268, true, 27, 3418, 200, 966, 2),
                g("TP53", "HGNC:11998", "ENSG00000141510", "ENST00000269305.9", "ENSP00000269305.4", "NM_000546.6",
                        "tumor protein p53", "chr17", 7_668_421, 7_687_490, false, 11, 393, 142, 1183, 2),
                g("CFTR", "HGNC:1884", "ENSG00000001626", "ENST00000003084.11", "ENSP00000003084.6", "NM_000492.4",
                        "CF transmembrane conductance regulator", "chr7", 117_480_025, 117_668_665, true, 27, 1480,
                        132, 1557, 1),
                g("SCN1A", "HGNC:10585", "ENSG00000144285", "ENST00000674923.1", "ENSP00000501589.1",
                        "NM_001165963.4", "sodium voltage-gated channel alpha subunit 1", "chr2", 165_985_813,
                        166_128_020, false, 27, 2009, 468, 2100, 2),
                g("KCNQ1", "HGNC:6294", "ENSG00000053918", "ENST00000155840.12", "ENSP00000155840.2", "NM_000218.3",
                        "potassium voltage-gated channel subfamily Q member 1", "chr11", 2_445_008, 2_849_105, true,
                        16, 676, 120, 1100, 1),
                g("MYH7", "HGNC:7577", "ENSG00000092054", "ENST00000355349.4", "ENSP00000347507.3", "NM_000257.4",
                        "myosin heavy chain 7", "chr14", 23_412_740, 23_435_660, false, 40, 1935, 110, 200, 3),
                g("LDLR", "HGNC:6547", "ENSG00000130164", "ENST00000558518.6", "ENSP00000454071.1", "NM_000527.5",
                        "low density lipoprotein receptor", "chr19", 11_089_463, 11_133_820, true, 18, 860, 87,
                        2500, 1),
                g("PKD1", "HGNC:9008", "ENSG00000008710", "ENST00000262304.9", "ENSP00000262304.4",
                        "NM_001009944.3", "polycystin 1, transient receptor potential channel interacting", "chr16",
                        2_088_708, 2_135_898, false, 46, 4303, 210, 1200, 1),
                g("DMD", "HGNC:2928", "ENSG00000198947", "ENST00000357033.9", "ENSP00000354923.3", "NM_004006.3",
                        "dystrophin", "chrX", 31_119_222, 33_211_549, false, 79, 3685, 206, 2700, 1),
                g("OTC", "HGNC:8512", "ENSG00000036473", "ENST00000039007.5", "ENSP00000039007.4", "NM_000531.6",
                        "ornithine transcarbamylase", "chrX", 38_352_604, 38_421_446, true, 10, 354, 135, 400, 1),
                g("FBN1", "HGNC:3603", "ENSG00000166147", "ENST00000316623.10", "ENSP00000325527.5", "NM_000138.5",
                        "fibrillin 1", "chr15", 48_408_313, 48_645_709, false, 66, 2871, 140, 1600, 2),
                g("TTN", "HGNC:12403", "ENSG00000155657", "ENST00000589042.5", "ENSP00000467141.1",
                        "NM_001267550.2", "titin", "chr2", 178_525_989, 178_807_423, false, 363, 34350, 223, 870, 2),
                g("GJB2", "HGNC:4284", "ENSG00000165474", "ENST00000382848.5", "ENSP00000372299.4", "NM_004004.6",
                        "gap junction protein beta 2", "chr13", 20_187_470, 20_192_938, false, 2, 226, 160, 1500, 2),
                g("MLH1", "HGNC:7127", "ENSG00000076242", "ENST00000231790.8", "ENSP00000231790.3", "NM_000249.4",
                        "mutL homolog 1", "chr3", 36_993_518, 37_050_846, true, 19, 756, 200, 800, 1),
                g("MSH2", "HGNC:7325", "ENSG00000095002", "ENST00000233146.7", "ENSP00000233146.2", "NM_000251.3",
                        "mutS homolog 2", "chr2", 47_403_156, 47_483_223, true, 16, 934, 70, 1000, 1),
                g("ALDH2", "HGNC:404", "ENSG00000111275", "ENST00000261733.7", "ENSP00000261733.2", "NM_000690.4",
                        "aldehyde dehydrogenase 2 family member", "chr12", 111_766_933, 111_817_532, true, 13, 517,
                        100, 400, 1),
                g("MEFV", "HGNC:6998", "ENSG00000103313", "ENST00000219596.6", "ENSP00000219596.1", "NM_000243.3",
                        "MEFV innate immunity regulator, pyrin", "chr16", 3_242_027, 3_256_633, false, 10, 781, 50,
                        700, 1),
                g("ATP7B", "HGNC:870", "ENSG00000123191", "ENST00000242839.10", "ENSP00000242839.5", "NM_000053.4",
                        "ATPase copper transporting beta", "chr13", 51_932_669, 52_011_450, false, 21, 1465, 100,
                        2500, 1),
                g("PAH", "HGNC:8582", "ENSG00000171759", "ENST00000553106.6", "ENSP00000448059.1", "NM_000277.3",
                        "phenylalanine hydroxylase", "chr12", 102_836_889, 102_917_244, false, 13, 452, 220, 2300, 1),
                g("SLC26A4", "HGNC:8818", "ENSG00000091137", "ENST00000644269.2", "ENSP00000494017.1",
                        "NM_000441.2", "solute carrier family 26 member 4", "chr7", 107_660_828, 107_717_809, true,
                        21, 780, 230, 1500, 2),
                g("RYR1", "HGNC:10483", "ENSG00000196218", "ENST00000359596.8", "ENSP00000352608.2", "NM_000540.3",
                        "ryanodine receptor 1", "chr19", 38_433_691, 38_587_564, true, 106, 5038, 120, 200, 1),
                g("KCNH2", "HGNC:6251", "ENSG00000055118", "ENST00000262186.10", "ENSP00000262186.5",
                        "NM_000238.4", "potassium voltage-gated channel subfamily H member 2", "chr7", 150_944_961,
                        150_978_321, false, 15, 1159, 250, 1000, 1),
                g("APC", "HGNC:583", "ENSG00000134982", "ENST00000257430.9", "ENSP00000257430.4", "NM_000038.6",
                        "APC regulator of WNT signaling pathway", "chr5", 112_737_885, 112_846_239, true, 16, 2843,
                        60, 1800, 2),
                g("PALB2", "HGNC:26144", "ENSG00000083093", "ENST00000261584.9", "ENSP00000261584.4", "NM_024675.4",
                        "partner and localizer of BRCA2", "chr16", 23_603_165, 23_641_310, false, 13, 1186, 150, 200,
                        1),
                g("ATM", "HGNC:795", "ENSG00000149311", "ENST00000675843.1", "ENSP00000501606.1", "NM_000051.4",
                        "ATM serine/threonine kinase", "chr11", 108_223_067, 108_369_102, true, 63, 3056, 385, 3600,
                        2),
                g("MYBPC3", "HGNC:7551", "ENSG00000134571", "ENST00000545968.6", "ENSP00000442795.1",
                        "NM_000256.3", "myosin binding protein C3", "chr11", 47_331_406, 47_352_702, false, 35, 1274,
                        70, 150, 1),
                g("GSTM1", "HGNC:4632", "ENSG00000134184", "ENST00000309851.10", "ENSP00000311469.5",
                        "NM_000561.4", "glutathione S-transferase mu 1", "chr1", 109_687_817, 109_693_745, true, 8,
                        218, 60, 100, 1),
                g("EGFR", "HGNC:3236", "ENSG00000146648", "ENST00000275493.7", "ENSP00000275493.2", "NM_005228.5",
                        "epidermal growth factor receptor", "chr7", 55_019_017, 55_211_628, true, 28, 1210, 250,
                        1800, 1),
                g("KRAS", "HGNC:6407", "ENSG00000133703", "ENST00000311936.8", "ENSP00000308495.3", "NM_004985.5",
                        "KRAS proto-oncogene, GTPase", "chr12", 25_205_246, 25_250_929, false, 5, 189, 190, 3900, 2),
                g("PIK3CA", "HGNC:8975", "ENSG00000121879", "ENST00000263967.4", "ENSP00000263967.3",
                        "NM_006218.4", "phosphatidylinositol-4,5-bisphosphate 3-kinase catalytic subunit alpha",
                        "chr3", 179_148_357, 179_240_093, true, 21, 1068, 160, 5800, 2),
                g("RBM10", "HGNC:9896", "ENSG00000182872", "ENST00000377604.8", "ENSP00000366829.3", "NM_005676.5",
                        "RNA binding motif protein 10", "chrX", 47_145_221, 47_186_813, true, 24, 930, 110, 900, 2),
                g("ARID1A", "HGNC:11110", "ENSG00000117713", "ENST00000324856.13", "ENSP00000320485.7",
                        "NM_006015.6", "AT-rich interaction domain 1A", "chr1", 26_696_015, 26_782_104, true, 20,
                        2285, 370, 1800, 1),
                g("CDKN2A", "HGNC:1787", "ENSG00000147889", "ENST00000304494.10", "ENSP00000307101.5",
                        "NM_000077.5", "cyclin dependent kinase inhibitor 2A", "chr9", 21_967_752, 21_974_857, false,
                        3, 156, 30, 500, 1));
        bySymbol = genes.stream().collect(Collectors.toUnmodifiableMap(GeneSpec::symbol, Function.identity()));
    }

    private static GeneSpec g(String symbol, String hgnc, String ensg, String enst, String ensp, String nm,
                              String name, String chrom, int start, int end, boolean plus, int exons, int aa,
                              int utr5, int utr3, int cdsStartExon) {
        return new GeneSpec(symbol, hgnc, ensg, enst, ensp, nm, name, chrom, start, end, plus, exons, aa, utr5, utr3,
                cdsStartExon);
    }

    List<GeneSpec> all() {
        return genes;
    }

    GeneSpec get(String symbol) {
        GeneSpec g = bySymbol.get(symbol);
        if (g == null) {
            throw new IllegalArgumentException("not a demo gene: " + symbol);
        }
        return g;
    }
}
