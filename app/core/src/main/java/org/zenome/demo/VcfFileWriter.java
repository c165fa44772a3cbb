package org.zenome.demo;

import htsjdk.samtools.SAMSequenceDictionary;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.GenotypeBuilder;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.variantcontext.VariantContextBuilder;
import htsjdk.variant.variantcontext.writer.Options;
import htsjdk.variant.variantcontext.writer.VariantContextWriter;
import htsjdk.variant.variantcontext.writer.VariantContextWriterBuilder;
import htsjdk.variant.vcf.VCFContigHeaderLine;
import htsjdk.variant.vcf.VCFFilterHeaderLine;
import htsjdk.variant.vcf.VCFFormatHeaderLine;
import htsjdk.variant.vcf.VCFHeader;
import htsjdk.variant.vcf.VCFHeaderLine;
import htsjdk.variant.vcf.VCFHeaderLineCount;
import htsjdk.variant.vcf.VCFHeaderLineType;
import htsjdk.variant.vcf.VCFHeaderVersion;
import htsjdk.variant.vcf.VCFInfoHeaderLine;
import htsjdk.variant.vcf.VCFSimpleHeaderLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zenome.domain.Sample;

/** Writes a demo VCF as bgzipped VCFv4.2 with a tabix index built on the fly by htsjdk. */
final class VcfFileWriter {
    static final String VEP_VERSION = "v113";
    private static final String SYN = " (synthetic demo value)";

    private VcfFileWriter() {
    }

    static SAMSequenceDictionary dictionary() {
        SAMSequenceDictionary dict = new SAMSequenceDictionary();
        for (Grch38.Contig c : Grch38.CONTIGS) {
            SAMSequenceRecord r = new SAMSequenceRecord(c.name(), c.length());
            r.setAssembly("GRCh38");
            dict.addSequence(r);
        }
        return dict;
    }

    static void write(Path vcf, List<Sample> samples, List<DemoVariant> records, boolean somatic, long seed) {
        VCFHeader header = header(samples, somatic, seed);
        try (VariantContextWriter w = new VariantContextWriterBuilder()
                .setOutputPath(vcf)
                .setOutputFileType(VariantContextWriterBuilder.OutputType.BLOCK_COMPRESSED_VCF)
                .setReferenceDictionary(dictionary())
                .setOptions(EnumSet.of(Options.INDEX_ON_THE_FLY))
                .build()) {
            w.writeHeader(header);
            for (DemoVariant v : records) {
                w.add(context(v, samples));
            }
        }
    }

    private static VariantContext context(DemoVariant v, List<Sample> samples) {
        List<Allele> alleles = new ArrayList<>();
        alleles.add(Allele.create(v.ref, true));
        for (String a : v.alts) {
            alleles.add(Allele.create(a, false));
        }
        VariantContextBuilder b = new VariantContextBuilder("ZenomeDemo", v.chrom, v.pos, v.end(), alleles);
        b.id(v.id);
        if (Double.isNaN(v.qual)) {
            b.log10PError(VariantContext.NO_LOG10_PERROR);
        } else {
            b.log10PError(-v.qual / 10.0);
        }
        if (v.filters.isEmpty()) {
            b.passFilters();
        } else {
            b.filters(new LinkedHashSet<>(v.filters));
        }
        Map<String, Object> info = new LinkedHashMap<>(v.info);
        info.put("CSQ", String.join(",", v.csq));
        b.attributes(info);
        List<Genotype> gts = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            DemoVariant.Call c = v.calls.get(i);
            List<Allele> ga = new ArrayList<>();
            for (int a : c.alleles()) {
                ga.add(a < 0 ? Allele.NO_CALL : alleles.get(a));
            }
            GenotypeBuilder g = new GenotypeBuilder(samples.get(i).name(), ga);
            if (c.ad() != null) {
                g.AD(c.ad());
                g.DP(c.dp());
            }
            if (c.af() != null) {
                g.attribute("AF", DemoFormat.fixed(c.af(), 3));
            }
            if (c.gq() != null) {
                g.GQ(c.gq());
            }
            gts.add(g.make());
        }
        b.genotypes(gts);
        return b.make();
    }

    private static VCFHeader header(List<Sample> samples, boolean somatic, long seed) {
        Set<VCFHeaderLine> lines = new LinkedHashSet<>();
        lines.add(new VCFHeaderLine(VCFHeaderVersion.VCF4_2.getFormatString(),
                VCFHeaderVersion.VCF4_2.getVersionString()));
        lines.add(new VCFHeaderLine("ZenomeDemo", "<Description=\"" + DemoCaseBuilder.SYNTHETIC + "\">"));
        lines.add(new VCFHeaderLine("source", "ZenomeDemoGenerator"));
        lines.add(new VCFHeaderLine("ZenomeDemoSeed", Long.toString(seed)));
        lines.add(new VCFHeaderLine("reference", "GRCh38"));
        lines.add(new VCFHeaderLine("VEP", "\"" + VEP_VERSION + "\" cache=\"none: synthetic annotations in the VEP "
                + VEP_VERSION + " CSQ layout\" assembly=\"GRCh38\""));
        if (somatic) {
            lines.add(new VCFHeaderLine("tumor_sample", samples.get(0).name()));
            lines.add(new VCFHeaderLine("normal_sample", samples.get(1).name()));
        }
        for (Grch38.Contig c : Grch38.CONTIGS) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("ID", c.name());
            m.put("length", Integer.toString(c.length()));
            m.put("assembly", "GRCh38");
            lines.add(new VCFContigHeaderLine(m, c.index()));
        }
        lines.add(new VCFSimpleHeaderLine("ALT", "DEL", "Deletion relative to the reference"));
        if (somatic) {
            lines.add(new VCFFilterHeaderLine("germline", "Evidence indicates this site is germline, not somatic"));
            lines.add(new VCFFilterHeaderLine("weak_evidence", "Mutation does not meet likelihood threshold"));
            lines.add(new VCFFilterHeaderLine("normal_artifact", "Artifact is in normal"));
            lines.add(new VCFFilterHeaderLine("strand_bias", "Evidence indicates a strand bias artifact"));
            lines.add(new VCFFilterHeaderLine("clustered_events", "Clustered events observed in the tumor"));
            lines.add(new VCFFilterHeaderLine("panel_of_normals", "Blacklisted site in panel of normals"));
            lines.add(new VCFFilterHeaderLine("map_qual", "ref - alt median mapping quality"));
        } else {
            lines.add(new VCFFilterHeaderLine("LowQual", "Low quality (QUAL < 30)"));
        }
        lines.add(new VCFFormatHeaderLine("GT", 1, VCFHeaderLineType.String, "Genotype"));
        lines.add(new VCFFormatHeaderLine("AD", VCFHeaderLineCount.R, VCFHeaderLineType.Integer,
                "Allelic depths for the ref and alt alleles in the order listed"));
        if (somatic) {
            lines.add(new VCFFormatHeaderLine("AF", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                    "Allele fractions of alternate alleles in the tumor"));
        }
        lines.add(new VCFFormatHeaderLine("DP", 1, VCFHeaderLineType.Integer,
                "Approximate read depth (reads with MQ=255 or with bad mates are filtered)"));
        if (!somatic) {
            lines.add(new VCFFormatHeaderLine("GQ", 1, VCFHeaderLineType.Integer, "Genotype Quality"));
        }
        lines.add(new VCFInfoHeaderLine("DP", 1, VCFHeaderLineType.Integer, "Approximate read depth; some reads may "
                + "have been filtered"));
        if (somatic) {
            lines.add(new VCFInfoHeaderLine("TLOD", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                    "Log 10 likelihood ratio score of variant existing versus not existing"));
            lines.add(new VCFInfoHeaderLine("NLOD", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                    "Normal log 10 likelihood ratio of diploid het or hom alt genotypes"));
            lines.add(new VCFInfoHeaderLine("POPAF", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                    "negative log 10 population allele frequencies of alt alleles"));
            lines.add(new VCFInfoHeaderLine("GERMQ", 1, VCFHeaderLineType.Integer,
                    "Phred-scaled quality that alt alleles are not germline variants"));
        }
        lines.add(new VCFInfoHeaderLine("END", 1, VCFHeaderLineType.Integer,
                "End position of the structural variant"));
        lines.add(new VCFInfoHeaderLine("SVTYPE", 1, VCFHeaderLineType.String, "Type of structural variant"));
        lines.add(new VCFInfoHeaderLine("SVLEN", VCFHeaderLineCount.A, VCFHeaderLineType.Integer,
                "Difference in length between REF and ALT alleles"));
        lines.add(new VCFInfoHeaderLine("gnomADg_AF", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                "Alternate allele frequency in gnomAD v4.1 genomes" + SYN));
        lines.add(new VCFInfoHeaderLine("gnomADg_EAS_AF", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                "Alternate allele frequency in gnomAD v4.1 genomes, East Asian" + SYN));
        lines.add(new VCFInfoHeaderLine("ToMMo_AF", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                "Alternate allele frequency in the ToMMo 54KJPN Japanese reference panel (jMorp)" + SYN));
        lines.add(new VCFInfoHeaderLine("CLNID", 1, VCFHeaderLineType.Integer,
                "ClinVar Variation ID (synthetic; not a real ClinVar record)"));
        lines.add(new VCFInfoHeaderLine("CLNSIG", VCFHeaderLineCount.UNBOUNDED, VCFHeaderLineType.String,
                "Aggregate germline classification for this single variant" + SYN));
        lines.add(new VCFInfoHeaderLine("CLNREVSTAT", VCFHeaderLineCount.UNBOUNDED, VCFHeaderLineType.String,
                "ClinVar review status of germline classification for the Variation ID" + SYN));
        lines.add(new VCFInfoHeaderLine("CLNDN", VCFHeaderLineCount.UNBOUNDED, VCFHeaderLineType.String,
                "ClinVar's preferred disease name for the concept specified by disease identifiers"));
        lines.add(new VCFInfoHeaderLine("CADD_PHRED", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                "CADD v1.7 PHRED-scaled score" + SYN));
        lines.add(new VCFInfoHeaderLine("REVEL", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                "REVEL score for missense variants" + SYN));
        lines.add(new VCFInfoHeaderLine("SpliceAI_DS_max", VCFHeaderLineCount.A, VCFHeaderLineType.Float,
                "Maximum of the SpliceAI delta scores DS_AG, DS_AL, DS_DG, DS_DL" + SYN));
        lines.add(new VCFInfoHeaderLine("CSQ", VCFHeaderLineCount.UNBOUNDED, VCFHeaderLineType.String,
                "Consequence annotations from Ensembl VEP. Format: " + String.join("|", VariantAnnotator.CSQ_FIELDS)));
        List<String> names = new ArrayList<>();
        for (Sample s : samples) {
            names.add(s.name());
        }
        return new VCFHeader(lines, names);
    }
}
