package org.zenome.demo;

import java.util.List;

/**
 * The curated findings of the two demo cases. The trio is a Japanese boy with early-onset epilepsy and hearing
 * loss (de novo SCN1A, homozygous GJB2 c.235del) whose parents carry secondary findings and recessive alleles; the
 * tumour/normal pair is an EGFR-mutant lung adenocarcinoma of a woman who carries a BRCA1 founder variant. Gene
 * symbols and the HGVS descriptions are real; their genomic placement follows the synthetic exon layout (with the
 * GRCh38 position where one is given), and every frequency, score and ClinVar ID is illustrative.
 */
final class DemoFindings {
    static final String MULTI = "criteria_provided,_multiple_submitters,_no_conflicts";
    static final String EXPERT = "reviewed_by_expert_panel";
    static final String SINGLE = "criteria_provided,_single_submitter";
    static final String CONFLICT = "criteria_provided,_conflicting_classifications";

    private DemoFindings() {
    }

    /** Trio findings; genotypes in the order proband, mother, father. */
    static List<FindingSpec> trio() {
        return List.of(
                FindingSpec.of("SCN1A p.Arg946Cys", "de novo", "SCN1A").hgvs("c.2836C>T", "p.Arg946Cys").exon(15)
                        .gt("0/1", "0/0", "0/0").clinvar("Pathogenic", MULTI, "Severe_myoclonic_epilepsy_in_infancy")
                        .scores(32.0, 0.962, 0.01).note("diagnostic: Dravet syndrome").build(),
                FindingSpec.of("SCN1A p.Ala1067Thr", "benign", "SCN1A").hgvs("c.3199G>A", "p.Ala1067Thr").exon(16)
                        .gt("0/1", "0/1", "0/0").clinvar("Benign", MULTI, "not_specified").af(0.2843, 0.1428, 0.1371)
                        .scores(11.8, 0.081, 0.0).rs("rs2298771").build(),
                FindingSpec.of("GJB2 p.Leu79CysfsTer3", "autosomal recessive homozygous", "GJB2")
                        .hgvs("c.235del", "p.Leu79CysfsTer3").exon(2).context("235", "CTGTCCTTAA")
                        .gt("1/1", "0/1", "0/1")
                        .clinvar("Pathogenic", EXPERT, "Autosomal_recessive_nonsyndromic_hearing_loss_1A")
                        .af(0.000451, 0.007215, 0.009812).scores(34.0, null, 0.02).rs("rs80338943")
                        .note("diagnostic: hearing loss; the most common GJB2 allele in Japan").build(),
                FindingSpec.of("CFTR p.Phe508del", "compound heterozygous", "CFTR")
                        .hgvs("c.1521_1523del", "p.Phe508del").exon(11).at(117_559_592)
                        .context("1519", "ATCTTTGGT").gt("0/1", "0/1", "0/0")
                        .clinvar("Pathogenic", EXPERT, "Cystic_fibrosis").af(0.007156, null, 0.000021)
                        .scores(23.4, null, 0.03).rs("rs113993960").note("maternal allele").build(),
                FindingSpec.of("CFTR p.Arg334Trp", "compound heterozygous", "CFTR").hgvs("c.1000C>T", "p.Arg334Trp")
                        .exon(8).gt("0/1", "0/0", "0/1").clinvar("Pathogenic", EXPERT, "Cystic_fibrosis")
                        .af(0.000062, null, null).scores(27.1, 0.914, 0.0).note("paternal allele").build(),
                FindingSpec.of("CFTR c.1210-12T[5]/T[9]", "multi-allelic", "CFTR")
                        .repeat("1210-12", 9, "T", 7, List.of(5, 9),
                                List.of("conflicting_interpretations_of_pathogenicity", "benign"))
                        .gt("1/2", "0/1", "0/2")
                        .af(0.0412, 0.0631, 0.0587).secondAlleleAf(0.2371, 0.1402, 0.1355).scores(9.6, null, 0.04)
                        .note("poly-T tract; T5 is a variably penetrant CFTR-related allele").build(),
                FindingSpec.of("OTC p.Arg40His", "X-linked", "OTC").hgvs("c.119G>A", "p.Arg40His").exon(2)
                        .gt("1", "0/1", "0").clinvar("Pathogenic", MULTI, "Ornithine_carbamoyltransferase_deficiency")
                        .af(0.000011, null, null).scores(29.3, 0.887, 0.02).note("late-onset OTC deficiency allele")
                        .build(),
                FindingSpec.of("DMD p.Arg1745His", "X-linked", "DMD").hgvs("c.5234G>A", "p.Arg1745His").exon(37)
                        .gt("1", "0/1", "0").clinvar("Uncertain_significance", SINGLE, "Duchenne_muscular_dystrophy")
                        .af(0.000021, 0.000214, 0.000312).scores(22.6, 0.412, 0.01).build(),
                FindingSpec.of("DMD c.4675-123T>C", "benign", "DMD").hgvs("c.4675-123T>C", null).intron(33)
                        .gt("1", "1/1", "1").af(0.4112, 0.5218, 0.5493).scores(2.3, null, 0.0).build(),
                FindingSpec.of("BRCA2 p.Ile1859LysfsTer3", "secondary finding", "BRCA2")
                        .hgvs("c.5576_5579del", "p.Ile1859LysfsTer3").exon(11).context("5575", "ATTAAAGCTCTAA")
                        .gt("0/1", "0/0", "0/1")
                        .clinvar("Pathogenic", EXPERT, "Hereditary_breast_ovarian_cancer_syndrome")
                        .af(0.0000066, 0.000102, 0.000213).scores(35.0, null, 0.01)
                        .note("ACMG SF gene; Japanese recurrent allele; paternal").build(),
                FindingSpec.of("LDLR p.Pro685Leu", "secondary finding", "LDLR").hgvs("c.2054C>T", "p.Pro685Leu")
                        .exon(14).gt("0/1", "0/1", "0/0").clinvar("Pathogenic", MULTI, "Hypercholesterolemia,_familial,_1")
                        .af(0.000024, null, null).scores(26.8, 0.934, 0.0).note("ACMG SF gene; maternal").build(),
                FindingSpec.of("MYH7 p.Ala797Thr", "VUS", "MYH7").hgvs("c.2389G>A", "p.Ala797Thr").exon(21)
                        .gt("0/1", "0/1", "0/0").clinvar("Uncertain_significance", CONFLICT, "Hypertrophic_cardiomyopathy_1")
                        .af(0.000412, 0.000103, 0.000188).scores(25.1, 0.612, 0.0).build(),
                FindingSpec.of("KCNQ1 p.Pro448Arg", "benign", "KCNQ1").hgvs("c.1343C>G", "p.Pro448Arg").exon(10)
                        .gt("0/1", "0/0", "0/1").clinvar("Benign", MULTI, "Long_QT_syndrome_1")
                        .af(0.0241, 0.1893, 0.1712).scores(14.2, 0.114, 0.0)
                        .note("common in East Asia; a Japanese frequency filter removes it").build(),
                FindingSpec.of("FBN1 p.Asn1028Ser", "VUS", "FBN1").hgvs("c.3083A>G", "p.Asn1028Ser").exon(25)
                        .gt("0/1", "0/0", "0/1").clinvar("Uncertain_significance", SINGLE, "Marfan_syndrome")
                        .af(null, null, 0.000047).scores(23.9, 0.583, 0.03).build(),
                FindingSpec.of("FBN1 p.Asp2285=", "benign", "FBN1").hgvs("c.6855T>C", "p.Asp2285=").exon(56)
                        .gt("1/1", "0/1", "0/1").clinvar("Benign", MULTI, "Marfan_syndrome")
                        .af(0.4731, 0.5612, 0.5804).scores(7.4, null, 0.0).build(),
                FindingSpec.of("PKD1 p.Arg3297Cys", "VUS", "PKD1").hgvs("c.9889C>T", "p.Arg3297Cys").exon(28)
                        .gt("0/1", "0/1", "0/0").clinvar("Uncertain_significance", SINGLE, "Polycystic_kidney_disease_1")
                        .af(0.000031, 0.000415, 0.000602).scores(24.7, 0.498, 0.0).build(),
                FindingSpec.of("TTN p.Arg19658Cys", "VUS", "TTN").hgvs("c.58972C>T", "p.Arg19658Cys").exon(275)
                        .gt("0/1", "0/0", "0/1").clinvar("Uncertain_significance", SINGLE, "Dilated_cardiomyopathy_1G")
                        .af(0.000112, 0.001204, 0.000915).scores(23.2, 0.377, 0.0).build(),
                FindingSpec.of("TTN p.Lys10383Glu", "benign", "TTN").hgvs("c.31147A>G", "p.Lys10383Glu").exon(122)
                        .gt("0/1", "0/0", "1/1").clinvar("Benign", MULTI, "not_specified")
                        .af(0.3312, 0.4108, 0.4291).scores(12.5, 0.042, 0.0).build(),
                FindingSpec.of("MLH1 p.Ile219Val", "benign", "MLH1").hgvs("c.655A>G", "p.Ile219Val").exon(8)
                        .gt("0/1", "0/0", "0/1").clinvar("Benign", EXPERT, "Lynch_syndrome_I")
                        .af(0.2294, 0.0312, 0.0207).scores(0.9, 0.113, 0.0).rs("rs1799977").build(),
                FindingSpec.of("MLH1 c.1559-7C>T", "VUS", "MLH1").hgvs("c.1559-7C>T", null).intron(13)
                        .gt("0/1", "0/1", "0/0").clinvar("Uncertain_significance", SINGLE, "Lynch_syndrome_I")
                        .af(0.000041, 0.000612, 0.000433).scores(9.8, null, 0.12).build(),
                FindingSpec.of("MSH2 p.Gly322Asp", "benign", "MSH2").hgvs("c.965G>A", "p.Gly322Asp").exon(6)
                        .gt("0/1", "0/1", "0/0").clinvar("Benign", EXPERT, "Lynch_syndrome_I")
                        .af(0.01312, 0.001205, 0.001531).scores(22.4, 0.311, 0.0).rs("rs4987188").build(),
                FindingSpec.of("BRCA1 p.Ser1436=", "benign", "BRCA1").hgvs("c.4308T>C", "p.Ser1436=").exon(12)
                        .gt("0/1", "0/1", "0/1").clinvar("Benign", EXPERT, "Hereditary_breast_ovarian_cancer_syndrome")
                        .af(0.3598, 0.2711, 0.2806).scores(8.1, null, 0.0).rs("rs1060915").build(),
                FindingSpec.of("BRCA1 p.Pro871Leu", "benign", "BRCA1").hgvs("c.2612C>T", "p.Pro871Leu").exon(10)
                        .gt("0/1", "0/1", "0/1").clinvar("Benign", EXPERT, "Hereditary_breast_ovarian_cancer_syndrome")
                        .af(0.4207, 0.2694, 0.2873).scores(0.4, 0.031, 0.0).rs("rs799917").build(),
                FindingSpec.of("BRCA2 p.Asn372His", "benign", "BRCA2").hgvs("c.1114A>C", "p.Asn372His").exon(10)
                        .gt("0/1", "0/0", "0/1").clinvar("Benign", EXPERT, "Hereditary_breast_ovarian_cancer_syndrome")
                        .af(0.2612, 0.1587, 0.1402).scores(0.7, 0.055, 0.0).rs("rs144848").build(),
                FindingSpec.of("TP53 p.Pro72Arg", "benign", "TP53").hgvs("c.215C>G", "p.Pro72Arg").exon(4)
                        .at(7_676_154).gt("1/1", "0/1", "1/1").clinvar("Benign", EXPERT, "Li-Fraumeni_syndrome")
                        .af(0.6601, 0.5712, 0.5893).scores(0.1, 0.047, 0.0).rs("rs1042522").build(),
                FindingSpec.of("ALDH2 p.Glu504Lys", "benign", "ALDH2").hgvs("c.1510G>A", "p.Glu504Lys").exon(12)
                        .at(111_803_962).gt("0/1", "0/1", "0/0").clinvar("drug_response", SINGLE,
                                "Alcohol_sensitivity,_acute").af(0.02631, 0.1893, 0.2512).scores(25.9, 0.367, 0.0)
                        .rs("rs671").note("common East Asian allele; drug response").build(),
                FindingSpec.of("MEFV p.Glu148Gln", "benign", "MEFV").hgvs("c.442G>C", "p.Glu148Gln").exon(2)
                        .gt("0/1", "0/0", "0/1").clinvar("Conflicting_classifications_of_pathogenicity", CONFLICT,
                                "Familial_Mediterranean_fever").af(0.0612, 0.2487, 0.1921).scores(4.2, 0.098, 0.0)
                        .rs("rs3743930").build(),
                FindingSpec.of("ATP7B p.Arg778Leu", "carrier", "ATP7B").hgvs("c.2333G>T", "p.Arg778Leu").exon(8)
                        .gt("0/1", "0/0", "0/1").clinvar("Pathogenic", MULTI, "Wilson_disease")
                        .af(0.000213, 0.006104, 0.005812).scores(28.4, 0.952, 0.0)
                        .note("most common Wilson disease allele in East Asia; carrier").build(),
                FindingSpec.of("PAH p.Arg243Gln", "carrier", "PAH").hgvs("c.728G>A", "p.Arg243Gln").exon(7)
                        .gt("0/1", "0/1", "0/0").clinvar("Pathogenic", MULTI, "Phenylketonuria")
                        .af(0.000187, 0.003011, 0.001208).scores(29.7, 0.978, 0.0).note("carrier").build(),
                FindingSpec.of("SLC26A4 p.His723Arg", "carrier", "SLC26A4").hgvs("c.2168A>G", "p.His723Arg")
                        .exon(19).gt("0/1", "0/0", "0/1").clinvar("Pathogenic", MULTI, "Pendred_syndrome")
                        .af(0.000311, 0.004302, 0.007913).scores(26.2, 0.912, 0.0)
                        .note("hearing-loss gene; single heterozygous allele does not explain the phenotype").build(),
                FindingSpec.of("RYR1 p.Asn2342Ser", "VUS", "RYR1").hgvs("c.7025A>G", "p.Asn2342Ser").exon(44)
                        .gt("0/1", "0/1", "0/0").clinvar("Uncertain_significance", SINGLE,
                                "Malignant_hyperthermia,_susceptibility_to,_1").af(0.000031, 0.000402, 0.000291)
                        .scores(21.7, 0.403, 0.0).depth(0.4).note("ACMG SF gene; low coverage").build(),
                FindingSpec.of("KCNH2 p.Ala561Val", "low quality", "KCNH2").hgvs("c.1682C>T", "p.Ala561Val").exon(7)
                        .gt("0/1", "0/0", "0/0").fractions(0.14, 0, 0).depth(0.35)
                        .clinvar("Pathogenic", MULTI, "Long_QT_syndrome_2").scores(28.9, 0.941, 0.0)
                        .note("apparent de novo on two reads: a likely artefact that needs confirmation").build(),
                FindingSpec.of("APC p.Val1822Asp", "benign", "APC").hgvs("c.5465T>A", "p.Val1822Asp").exon(16)
                        .gt("0/1", "0/1", "0/0").clinvar("Benign", EXPERT, "Familial_adenomatous_polyposis_1")
                        .af(0.2103, 0.0914, 0.0822).scores(0.02, 0.021, 0.0).rs("rs459552").build(),
                FindingSpec.of("PALB2 p.Gln559Arg", "benign", "PALB2").hgvs("c.1676A>G", "p.Gln559Arg").exon(4)
                        .gt("0/1", "0/1", "0/0").clinvar("Benign", EXPERT, "Familial_cancer_of_breast")
                        .af(0.1207, 0.1612, 0.1508).scores(0.3, 0.028, 0.0).rs("rs152451").build(),
                FindingSpec.of("ATM p.Asp1853Asn", "benign", "ATM").hgvs("c.5557G>A", "p.Asp1853Asn").exon(37)
                        .gt("0/1", "0/0", "0/1").clinvar("Benign", MULTI, "Ataxia-telangiectasia_syndrome")
                        .af(0.1102, 0.0103, 0.0081).scores(16.1, 0.088, 0.0).rs("rs1801516").build(),
                FindingSpec.of("MYBPC3 c.1224-52G>A", "benign", "MYBPC3").hgvs("c.1224-52G>A", null).intron(13)
                        .gt("0/1", "0/0", "1/1").clinvar("Benign", MULTI, "Hypertrophic_cardiomyopathy_4")
                        .af(0.3104, 0.4512, 0.4407).scores(1.9, null, 0.0).build(),
                FindingSpec.of("GSTM1 deletion", "structural variant", "GSTM1").svDeletion(109_684_911, 15_602)
                        .gt("0/1", "0/1", "0/0").af(0.6812, 0.7103, 0.7021).scores(null, null, null)
                        .note("common whole-gene deletion (GSTM1 null allele)").build());
    }

    /** Tumour/normal findings; genotypes in the order tumour, normal. */
    static List<FindingSpec> tumourNormal() {
        return List.of(
                FindingSpec.of("EGFR p.Leu858Arg", "somatic driver", "EGFR").hgvs("c.2573T>G", "p.Leu858Arg").exon(21)
                        .at(55_191_822).gt("0/1", "0/0").fractions(0.38, 0).clinvar("Pathogenic", MULTI,
                                "Lung_adenocarcinoma").scores(28.1, 0.932, 0.0).rs("rs121434568")
                        .note("EGFR-TKI sensitising").build(),
                FindingSpec.of("EGFR p.Thr790Met", "somatic driver", "EGFR").hgvs("c.2369C>T", "p.Thr790Met").exon(20)
                        .at(55_181_378).gt("0/1", "0/0").fractions(0.12, 0).clinvar("drug_response", MULTI,
                                "Tyrosine_kinase_inhibitor_response").scores(27.3, 0.611, 0.0).rs("rs121434569")
                        .note("subclonal resistance mutation").build(),
                FindingSpec.of("TP53 p.Arg273His", "somatic driver", "TP53").hgvs("c.818G>A", "p.Arg273His").exon(8)
                        .at(7_673_802).gt("0/1", "0/0").fractions(0.41, 0).clinvar("Pathogenic", MULTI,
                                "Li-Fraumeni_syndrome").scores(32.0, 0.923, 0.01).rs("rs28934576").build(),
                FindingSpec.of("PIK3CA p.His1047Arg", "somatic driver", "PIK3CA").hgvs("c.3140A>G", "p.His1047Arg")
                        .exon(21).at(179_234_297).gt("0/1", "0/0").fractions(0.14, 0)
                        .clinvar("Pathogenic", MULTI, "Neoplasm").scores(26.5, 0.793, 0.0).rs("rs121913279").build(),
                FindingSpec.of("KRAS p.Gly12Asp", "somatic (filtered)", "KRAS").hgvs("c.35G>A", "p.Gly12Asp").exon(2)
                        .at(25_245_350).gt("0/1", "0/0").fractions(0.03, 0).clinvar("Pathogenic", MULTI, "Neoplasm")
                        .scores(30.0, 0.871, 0.0).rs("rs121913529")
                        .note("hotspot on two reads: weak evidence, needs an orthogonal test").build(),
                FindingSpec.of("RBM10 p.Gln494Ter", "somatic", "RBM10").hgvs("c.1480C>T", "p.Gln494Ter").exon(13)
                        .gt("0/1", "0/0").fractions(0.33, 0).scores(38.0, null, 0.0).build(),
                FindingSpec.of("ARID1A p.Asp1850GlyfsTer4", "somatic", "ARID1A").hgvs("c.5548dup", "p.Asp1850GlyfsTer4")
                        .exon(20).context("5548", "GATCCAGCTGA").gt("0/1", "0/0").fractions(0.29, 0)
                        .scores(34.0, null, 0.0).build(),
                FindingSpec.of("ATM p.Arg2832Cys", "somatic", "ATM").hgvs("c.8494C>T", "p.Arg2832Cys").exon(59)
                        .gt("0/1", "0/0").fractions(0.21, 0).clinvar("Uncertain_significance", SINGLE,
                                "Hereditary_cancer-predisposing_syndrome").scores(27.6, 0.645, 0.0).build(),
                FindingSpec.of("CDKN2A deletion", "structural variant", "CDKN2A").svDeletion(21_964_211, 14_118)
                        .gt("0/1", "0/0").fractions(0.71, 0).note("somatic deletion of CDKN2A").build(),
                FindingSpec.of("BRCA1 p.Leu63Ter", "presumed germline", "BRCA1").hgvs("c.188T>A", "p.Leu63Ter").exon(4)
                        .gt("0/1", "0/1").fractions(0.66, 0.49)
                        .clinvar("Pathogenic", EXPERT, "Hereditary_breast_ovarian_cancer_syndrome")
                        .af(null, 0.000051, 0.000117).scores(36.0, null, 0.0)
                        .note("Japanese founder allele; loss of the wild-type allele in the tumour").build(),
                FindingSpec.of("ALDH2 p.Glu504Lys", "germline (filtered)", "ALDH2").hgvs("c.1510G>A", "p.Glu504Lys")
                        .exon(12).at(111_803_962).gt("0/1", "0/1").fractions(0.52, 0.5).clinvar("drug_response",
                                SINGLE, "Alcohol_sensitivity,_acute").af(0.02631, 0.1893, 0.2512)
                        .scores(25.9, 0.367, 0.0).rs("rs671").build());
    }
}
