package org.zenome.plot;

import htsjdk.samtools.reference.FastaSequenceIndex;
import htsjdk.samtools.reference.ReferenceSequence;
import htsjdk.samtools.reference.ReferenceSequenceFile;
import htsjdk.samtools.reference.ReferenceSequenceFileFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Contigs;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.Genotype;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.VariantFilter;
import org.zenome.domain.VariantType;
import org.zenome.importer.InvalidInputException;
import org.zenome.store.CaseStore;

/** Gathers the data of the genome-wide pictures from a case's findings (one keyset-paged pass per picture). */
public final class GenomePlots {
    /** At most this many points per series are drawn (every k-th point is kept on a whole genome). */
    static final int MAX_POINTS = 40_000;
    private static final int PAGE = 20_000;
    private static final Pattern MATE = Pattern.compile("[\\[\\]]([^:\\[\\]]+):(\\d+)[\\[\\]]");

    private final CaseStore store;

    public GenomePlots(CaseStore store) {
        this.store = store;
    }

    /**
     * Reads what the picture of a kind needs.
     *
     * @param reference the case's reference FASTA (indexed), needed for the spectrum only
     */
    public GenomePlotData collect(CaseSummary c, PlotKind kind, Path reference) throws InvalidInputException {
        GenomeAxis axis = new GenomeAxis(c.build());
        int tumour = column(c, c.diseaseArea() == DiseaseArea.CANCER ? SampleRole.TUMOUR : SampleRole.PROBAND);
        if (tumour < 0) {
            tumour = c.samples().isEmpty() ? -1 : c.samples().get(0).column();
        }
        int normal = column(c, SampleRole.NORMAL);
        Series baf = new Series();
        Series vaf = new Series();
        Series ratio = new Series();
        List<StructuralVariant> svs = new ArrayList<>();
        Spectrum spectrum = null;
        ReferenceSequenceFile fasta = null;
        FastaSequenceIndex index = null;
        if (kind == PlotKind.SPECTRUM) {
            if (reference == null) {
                throw new IllegalStateException("the spectrum needs the reference sequence: register the "
                        + "FASTA of build " + c.build() + " (zenome reference set --build " + c.build() + " --fasta FILE)");
            }
            try {
                fasta = ReferenceSequenceFileFactory.getReferenceSequenceFile(reference, true, true);
            } catch (RuntimeException e) {
                throw new InvalidInputException(reference, 0, "cannot open the reference FASTA (is the .fai index beside "
                        + "it?): " + e.getMessage());
            }
            Path fai = reference.resolveSibling(reference.getFileName() + ".fai");
            if (!fasta.isIndexed() || !java.nio.file.Files.isReadable(fai)) {
                throw new InvalidInputException(reference, 0, "the reference FASTA has no .fai index beside it");
            }
            try {
                index = new FastaSequenceIndex(fai);
            } catch (RuntimeException e) {
                throw new InvalidInputException(fai, 0, "cannot read the FASTA index: " + e.getMessage());
            }
            spectrum = new Spectrum();
        }
        try {
            VariantFilter filter = kind == PlotKind.SPECTRUM ? VariantFilter.all().withPassOnly(true) : VariantFilter.all();
            long after = 0;
            while (true) {
                List<Finding> page = store.findings().queryAfter(c.id(), filter, after, PAGE);
                for (Finding f : page) {
                    switch (kind) {
                        case VAF -> vaf(f, axis, tumour, normal, baf, vaf, ratio);
                        case SV -> sv(f, tumour, svs);
                        case SPECTRUM -> spectrum(f, tumour, normal, fasta, index, spectrum);
                        default -> {
                        }
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).id();
            }
        } finally {
            if (fasta != null) {
                try {
                    fasta.close();
                } catch (IOException e) {
                    // read-only; nothing to lose
                }
            }
        }
        return new GenomePlotData(baf.xs(), baf.ys(), vaf.xs(), vaf.ys(), ratio.xs(), ratio.centredLog2(), svs, spectrum);
    }

    private static int column(CaseSummary c, SampleRole role) {
        for (Sample s : c.samples()) {
            if (s.role() == role) {
                return s.column();
            }
        }
        return -1;
    }

    private static Genotype at(Finding f, int column) {
        return column >= 0 && column < f.genotypes().size() ? f.genotypes().get(column) : null;
    }

    private static void vaf(Finding f, GenomeAxis axis, int tumour, int normal, Series baf, Series vaf, Series ratio) {
        if (f.type() == VariantType.STRUCTURAL || f.altCount() != 1) {
            return;
        }
        long x = axis.position(f.chrom(), f.pos());
        Genotype t = at(f, tumour);
        if (x < 0 || t == null) {
            return;
        }
        double tv = t.vaf();
        Genotype n = at(f, normal);
        if (n != null) {
            double nv = n.vaf();
            int nd = n.refDepth() + n.altDepth();
            if (!Double.isNaN(nv) && nd >= 10 && nv >= 0.2 && nv <= 0.8 && !Double.isNaN(tv)) {
                baf.add(x, tv);
            } else if (f.isPass() && !Double.isNaN(tv) && (Double.isNaN(nv) || nv < 0.05)) {
                vaf.add(x, tv);
            }
            if (t.depth() > 0 && n.depth() > 0) {
                ratio.add(x, (double) t.depth() / n.depth());
            }
        } else if (!Double.isNaN(tv) && t.zygosity().carriesAllele()) {
            if (f.isPass() && t.zygosity() == org.zenome.domain.Zygosity.HET) {
                baf.add(x, tv);
            }
        }
    }

    private static void sv(Finding f, int tumour, List<StructuralVariant> out) {
        if (f.type() != VariantType.STRUCTURAL) {
            return;
        }
        String chrom = Contigs.normalise(f.chrom());
        String mateChrom = chrom;
        int matePos = f.end();
        Matcher m = MATE.matcher(f.alt() == null ? "" : f.alt());
        String type = f.svType() == null || f.svType().isEmpty() ? (m.find() ? "BND" : f.alt()) : f.svType();
        m.reset();
        if (m.find()) {
            mateChrom = Contigs.normalise(m.group(1));
            matePos = Integer.parseInt(m.group(2));
        }
        Genotype t = at(f, tumour);
        out.add(new StructuralVariant(chrom, f.pos(), mateChrom, matePos, type, f.svLength() == null ? 0
                : Math.abs(f.svLength()), f.gene(), f.filter(), t == null ? Double.NaN : t.vaf()));
    }

    private static void spectrum(Finding f, int tumour, int normal, ReferenceSequenceFile fasta,
                                 FastaSequenceIndex index, Spectrum s) {
        if (f.type() != VariantType.SNV || f.ref() == null || f.ref().length() != 1 || f.alt().length() != 1) {
            return;
        }
        Genotype t = at(f, tumour);
        if (t == null || !(t.zygosity().carriesAllele() || (t.altDepth() > 0))) {
            return;
        }
        Genotype n = at(f, normal);
        if (n != null && n.zygosity().carriesAllele()) {
            return; // germline in the normal
        }
        String context = context(fasta, index, f.chrom(), f.pos());
        s.add(context, f.ref().charAt(0), f.alt().charAt(0));
    }

    /** The reference bases pos-1..pos+1, trying the contig name as written, then with or without "chr". */
    static String context(ReferenceSequenceFile fasta, FastaSequenceIndex index, String chrom, int pos) {
        for (String name : new String[] {chrom, chrom.startsWith("chr") ? chrom.substring(3) : "chr" + chrom,
            Contigs.normalise(chrom), chrom.equalsIgnoreCase("chrM") || chrom.equalsIgnoreCase("M") ? "MT" : chrom}) {
            if (index.hasIndexEntry(name)) {
                if (pos < 2 || pos + 1 > index.getIndexEntry(name).getSize()) {
                    return null;
                }
                ReferenceSequence seq = fasta.getSubsequenceAt(name, pos - 1, pos + 1);
                return new String(seq.getBases(), java.nio.charset.StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    /** Points of one series, thinned to {@link #MAX_POINTS} by keeping every k-th as they come. */
    static final class Series {
        private double[] x = new double[1024];
        private double[] y = new double[1024];
        private int n;
        private long seen;
        private int step = 1;

        void add(double px, double py) {
            if (seen++ % step != 0) {
                return;
            }
            if (n == MAX_POINTS) {
                // keep every other point, then take half as many from here on
                int k = 0;
                for (int i = 0; i < n; i += 2) {
                    x[k] = x[i];
                    y[k] = y[i];
                    k++;
                }
                n = k;
                step *= 2;
                seen = 1;
            }
            if (n == x.length) {
                x = Arrays.copyOf(x, n * 2);
                y = Arrays.copyOf(y, n * 2);
            }
            x[n] = px;
            y[n] = py;
            n++;
        }

        double[] xs() {
            return Arrays.copyOf(x, n);
        }

        double[] ys() {
            return Arrays.copyOf(y, n);
        }

        /** log2 of each ratio over the median ratio. */
        double[] centredLog2() {
            if (n == 0) {
                return new double[0];
            }
            double[] sorted = Arrays.copyOf(y, n);
            Arrays.sort(sorted);
            double median = sorted[n / 2];
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = Math.log(y[i] / median) / Math.log(2);
            }
            return out;
        }
    }
}
