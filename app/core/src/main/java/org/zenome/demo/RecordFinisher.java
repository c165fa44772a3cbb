package org.zenome.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Completes each record: QUAL and FILTER from its calls, the INFO annotations (population frequencies, ClinVar,
 * in-silico scores, structural-variant fields, Mutect2 statistics) and the VEP CSQ entries.
 */
final class RecordFinisher {
    static final double LOW_QUAL = 30;
    static final double TLOD_THRESHOLD = 6.3;

    private final VariantAnnotator annotator;
    private final Random rng;
    private final int clinvarBase;
    private final Map<String, Integer> clinvarIds = new HashMap<>();

    RecordFinisher(VariantAnnotator annotator, Random rng, int clinvarBase) {
        this.annotator = annotator;
        this.rng = rng;
        this.clinvarBase = clinvarBase;
    }

    /** A germline (trio) record. */
    void germline(DemoVariant v) {
        int alleles = v.alts.size() + 1;
        List<int[]> pls = new ArrayList<>();
        int dp = 0;
        for (DemoVariant.Call c : v.calls) {
            if (c.ad() != null) {
                pls.add(Genotyping.phredLikelihoods(c.alleles().length, alleles, c.ad()));
                dp += c.dp();
            }
        }
        v.qual = Genotyping.siteQual(pls) + rng.nextInt(100) / 100.0;
        if (v.qual < LOW_QUAL) {
            v.filters.add("LowQual");
        }
        v.info.put("DP", Integer.toString(dp));
        annotate(v, false);
    }

    /** A tumour/normal (Mutect2-like) record: QUAL is missing, as Mutect2 writes it. */
    void somatic(DemoVariant v) {
        DemoVariant.Call t = v.calls.get(0);
        DemoVariant.Call n = v.calls.get(1);
        double tlod = Genotyping.tumourLod(t.ad()[0], t.ad()[1]);
        double nlod = Genotyping.normalLod(n.ad()[0], n.ad()[1]);
        double normalAf = n.dp() == 0 ? 0 : (double) n.ad()[1] / n.dp();
        v.qual = Double.NaN;
        List<String> filters = new ArrayList<>();
        if (normalAf >= 0.2) {
            filters.add("germline");
        } else if (n.ad()[1] >= 2 && !v.category.equals("panel_of_normals")) {
            filters.add("normal_artifact");
        }
        if (tlod < TLOD_THRESHOLD) {
            filters.add("weak_evidence");
        }
        switch (v.category) {
            case "strand_bias":
            case "clustered_events":
            case "panel_of_normals":
            case "map_qual":
                filters.add(v.category);
                break;
            default:
                break;
        }
        filters.sort(String::compareTo);
        v.filters.addAll(filters);
        v.info.put("DP", Integer.toString(t.dp() + n.dp()));
        double popaf = 6.0;
        if (v.af != null && !Double.isNaN(v.af[0])) {
            popaf = -Math.log10(v.af[0]);
        } else if (v.finding != null && v.finding.gnomad != null) {
            popaf = -Math.log10(v.finding.gnomad);
        }
        int germq = (int) Math.max(1, Math.min(93, Math.round(10 * popaf * (normalAf >= 0.2 ? 0.05 : 1.5))));
        v.info.put("GERMQ", Integer.toString(germq));
        v.info.put("NLOD", DemoFormat.fixed(nlod, 2));
        v.info.put("POPAF", DemoFormat.fixed(popaf, 2));
        v.info.put("TLOD", DemoFormat.fixed(tlod, 2));
        annotate(v, true);
    }

    private void annotate(DemoVariant v, boolean somatic) {
        FindingSpec f = v.finding;
        int n = v.alts.size();
        Double[] af = new Double[n];
        Double[] eas = new Double[n];
        Double[] jpn = new Double[n];
        for (int i = 0; i < n; i++) {
            if (f != null) {
                Double[] second = f.secondAlleleAf;
                af[i] = i == 0 ? f.gnomad : second == null ? null : second[0];
                eas[i] = i == 0 ? f.gnomadEas : second == null ? null : second[1];
                jpn[i] = i == 0 ? f.tommo : second == null ? null : second[2];
            } else if (v.af != null) {
                af[i] = Double.isNaN(v.af[i]) ? null : v.af[i];
                eas[i] = Double.isNaN(v.afEas[i]) ? null : v.afEas[i];
                jpn[i] = Double.isNaN(v.afJpn[i]) ? null : v.afJpn[i];
            }
        }
        if (f != null && f.rsId != null) {
            v.id = f.rsId;
        }
        perAllele(v, "gnomADg_AF", af);
        perAllele(v, "gnomADg_EAS_AF", eas);
        perAllele(v, "ToMMo_AF", jpn);
        if (f != null && f.clnsig != null) {
            String key = v.chrom + ":" + v.pos + ":" + v.ref + ":" + v.alts;
            int id = clinvarIds.computeIfAbsent(key, k -> clinvarBase + clinvarIds.size());
            v.info.put("CLNID", Integer.toString(id));
            v.info.put("CLNSIG", f.clnsig);
            v.info.put("CLNREVSTAT", f.clnrevstat);
            v.info.put("CLNDN", f.clndn);
        }
        Double[] cadd = new Double[n];
        Double[] revel = new Double[n];
        Double[] splice = new Double[n];
        List<List<VariantAnnotator.Effect>> effects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<VariantAnnotator.Effect> e = annotator.effects(v.chrom, v.pos, v.ref, v.alts.get(i), v.svEnd);
            effects.add(e);
            String worst = e.isEmpty() ? "intergenic_variant" : e.get(0).consequence();
            for (VariantAnnotator.Effect x : e) {
                if (x.transcript().kind() == VariantAnnotator.Transcript.MANE) {
                    worst = x.consequence();
                }
            }
            if (f != null) {
                cadd[i] = f.cadd;
                revel[i] = worst.contains("missense_variant") ? f.revel : null;
                splice[i] = f.spliceAi;
            } else if (v.svEnd == null) {
                cadd[i] = backgroundCadd(worst);
                revel[i] = worst.contains("missense_variant") ? 0.02 + 0.4 * rng.nextDouble() : null;
                splice[i] = Math.abs(rng.nextGaussian() * 0.01) + (worst.contains("splice") ? 0.05 : 0);
            }
        }
        perAllele(v, "CADD_PHRED", cadd, 1);
        perAllele(v, "REVEL", revel, 3);
        perAllele(v, "SpliceAI_DS_max", splice, 2);
        if (v.svEnd != null) {
            v.info.put("END", Integer.toString(v.svEnd));
            v.info.put("SVLEN", Integer.toString(-(v.svEnd - v.pos)));
            v.info.put("SVTYPE", "DEL");
        }
        for (int i = 0; i < n; i++) {
            String clin = null;
            if (f != null && f.kind == FindingSpec.Kind.TANDEM_REPEAT) {
                clin = f.repeatAltClinSig.get(i);
            } else if (f != null && f.clnsig != null) {
                clin = vepClinSig(f.clnsig);
            }
            String existing = f == null ? null : f.rsId;
            VariantAnnotator.AlleleFacts facts = new VariantAnnotator.AlleleFacts(af[i], eas[i], clin,
                    somatic && f != null && f.category.startsWith("somatic"), revel[i], cadd[i], splice[i], existing);
            v.csq.addAll(annotator.csq(VariantAnnotator.vepAllele(v.ref, v.alts, v.alts.get(i)),
                    VariantAnnotator.variantClass(v.ref, v.alts.get(i)), effects.get(i), facts));
        }
    }

    /** ClinVar's CLNSIG as VEP prints it in CLIN_SIG. */
    static String vepClinSig(String clnsig) {
        String s = clnsig.toLowerCase(Locale.ROOT).replace('/', '&');
        return s.replace("conflicting_classifications_of_pathogenicity", "conflicting_interpretations_of_pathogenicity");
    }

    private double backgroundCadd(String consequence) {
        if (consequence.contains("missense")) {
            return 8 + 18 * rng.nextDouble();
        }
        if (consequence.contains("synonymous")) {
            return 3 + 10 * rng.nextDouble();
        }
        if (consequence.contains("splice")) {
            return 5 + 13 * rng.nextDouble();
        }
        if (consequence.contains("UTR")) {
            return 2 + 10 * rng.nextDouble();
        }
        return Math.max(0.01, Math.min(20, Math.exp(0.7 + 0.8 * rng.nextGaussian())));
    }

    private static void perAllele(DemoVariant v, String key, Double[] values) {
        boolean any = false;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (values[i] == null) {
                sb.append('.');
            } else {
                any = true;
                sb.append(DemoFormat.frequency(values[i]));
            }
        }
        if (any) {
            v.info.put(key, sb.toString());
        }
    }

    private static void perAllele(DemoVariant v, String key, Double[] values, int decimals) {
        boolean any = false;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (values[i] == null) {
                sb.append('.');
            } else {
                any = true;
                sb.append(DemoFormat.fixed(values[i], decimals));
            }
        }
        if (any) {
            v.info.put(key, sb.toString());
        }
    }
}
