package org.zenome.demo;

import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import htsjdk.variant.vcf.VCFHeader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A demo VCF read back with htsjdk (through its index), with the CSQ entries decoded by the header's layout. */
final class DemoVcf {
    final VCFHeader header;
    final List<VariantContext> records = new ArrayList<>();
    final List<String> csqFields;

    DemoVcf(Path vcf) {
        try (VCFFileReader r = new VCFFileReader(vcf, true)) {
            header = r.getFileHeader();
            for (VariantContext vc : r) {
                records.add(vc.fullyDecode(header, false));
            }
        }
        String description = header.getInfoHeaderLine("CSQ").getDescription();
        csqFields = Arrays.asList(description.substring(description.indexOf("Format: ") + 8).split("\\|"));
    }

    /** The CSQ entries of a record as field maps (entries with a wrong field count are kept raw under "#raw"). */
    List<Map<String, String>> csq(VariantContext vc) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String entry : vc.getAttributeAsStringList("CSQ", "")) {
            String[] values = entry.split("\\|", -1);
            Map<String, String> m = new LinkedHashMap<>();
            if (values.length != csqFields.size()) {
                m.put("#raw", entry);
            } else {
                for (int i = 0; i < values.length; i++) {
                    m.put(csqFields.get(i), values[i]);
                }
            }
            out.add(m);
        }
        return out;
    }

    /** The MANE Select (canonical) entry of a record's first ALT, or null when intergenic. */
    Map<String, String> mane(VariantContext vc) {
        for (Map<String, String> e : csq(vc)) {
            if ("YES".equals(e.get("CANONICAL"))) {
                return e;
            }
        }
        return null;
    }

    String gene(VariantContext vc) {
        Map<String, String> m = mane(vc);
        return m == null ? "" : m.get("SYMBOL");
    }

    VariantContext find(String gene, String hgvsP) {
        for (VariantContext vc : records) {
            Map<String, String> m = mane(vc);
            if (m != null && m.get("SYMBOL").equals(gene) && m.get("HGVSp").endsWith(":" + hgvsP)) {
                return vc;
            }
        }
        throw new AssertionError("no " + gene + " " + hgvsP);
    }

    static boolean homRef(Genotype g) {
        return g.isCalled() && g.getAlleles().stream().allMatch(Allele::isReference);
    }

    static boolean carriesAlt(Genotype g) {
        return g.getAlleles().stream().anyMatch(a -> a.isCalled() && a.isNonReference());
    }

    /** Whether the proband's alleles can come from the parents (X: from the mother for a son; Y: from the father). */
    static boolean mendelian(VariantContext vc, Genotype proband, Genotype mother, Genotype father) {
        List<Allele> p = proband.getAlleles();
        String chrom = vc.getContig();
        if (chrom.equals("chrM")) {
            return mother.getAlleles().contains(p.get(0));
        }
        if (chrom.equals("chrY")) {
            return father.getAlleles().contains(p.get(0));
        }
        if (p.size() == 1) {
            return mother.getAlleles().contains(p.get(0));
        }
        return mother.getAlleles().contains(p.get(0)) && father.getAlleles().contains(p.get(1))
                || mother.getAlleles().contains(p.get(1)) && father.getAlleles().contains(p.get(0));
    }
}
