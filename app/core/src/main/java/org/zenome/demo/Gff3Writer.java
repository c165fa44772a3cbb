package org.zenome.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the demo genes as GFF3 (Ensembl style): gene, mRNA (the MANE Select transcript), exon, CDS with phase and
 * UTR features, at the synthetic exon coordinates the VCF annotations were computed from.
 */
final class Gff3Writer {
    private Gff3Writer() {
    }

    static void write(Path gff, List<TranscriptModel> models) throws IOException {
        List<TranscriptModel> sorted = new ArrayList<>(models);
        sorted.sort(Comparator.comparingInt((TranscriptModel m) -> Grch38.contig(m.gene().chrom()).index())
                .thenComparingInt(TranscriptModel::start));
        try (BufferedWriter w = Files.newBufferedWriter(gff, StandardCharsets.UTF_8)) {
            w.write("##gff-version 3\n");
            for (Grch38.Contig c : Grch38.CONTIGS) {
                w.write("##sequence-region " + c.name() + " 1 " + c.length() + "\n");
            }
            w.write("#!genome-build GRCh38\n");
            w.write("# " + DemoCaseBuilder.SYNTHETIC + ".\n");
            w.write("# Gene symbols and identifiers are real (MANE Select v1.0); exon coordinates are synthetic.\n");
            for (TranscriptModel m : sorted) {
                gene(w, m);
            }
        }
    }

    private static void gene(BufferedWriter w, TranscriptModel m) throws IOException {
        GeneSpec g = m.gene();
        String strand = g.plusStrand() ? "+" : "-";
        String geneId = "gene:" + g.ensemblGene();
        String txId = "transcript:" + g.transcriptStableId();
        line(w, g.chrom(), "gene", m.start(), m.end(), strand, ".", "ID=" + geneId + ";Name=" + g.symbol()
                + ";biotype=protein_coding;gene_id=" + g.ensemblGene() + ";hgnc_id=" + g.hgncId()
                + ";description=" + escape(g.name()));
        line(w, g.chrom(), "mRNA", m.start(), m.end(), strand, ".", "ID=" + txId + ";Parent=" + geneId + ";Name="
                + g.symbol() + "-MANE;biotype=protein_coding;transcript_id=" + g.transcript() + ";protein_id="
                + g.protein() + ";tag=MANE_Select,Ensembl_canonical;MANE_Select=" + g.maneRefSeq());
        List<String[]> features = new ArrayList<>();
        int cdsDone = 0;
        for (int i = 0; i < m.exonCount(); i++) {
            int s = m.exonStart(i);
            int e = m.exonEnd(i);
            features.add(feature(g, "exon", s, e, strand, ".", "Parent=" + txId + ";exon_number=" + (i + 1)
                    + ";rank=" + (i + 1)));
            int t1 = m.exonTranscriptStart(i);
            int t2 = m.exonTranscriptEnd(i);
            int c1 = Math.max(t1, m.cdsStart());
            int c2 = Math.min(t2, m.cdsEnd());
            if (c1 <= c2) {
                int phase = (3 - cdsDone % 3) % 3;
                int a = m.genomic(c1);
                int b = m.genomic(c2);
                features.add(feature(g, "CDS", Math.min(a, b), Math.max(a, b), strand, Integer.toString(phase),
                        "ID=CDS:" + stable(g.protein()) + ";Parent=" + txId + ";protein_id=" + g.protein()));
                cdsDone += c2 - c1 + 1;
            }
            if (t1 < m.cdsStart()) {
                utr(features, g, m, "five_prime_UTR", t1, Math.min(t2, m.cdsStart() - 1), strand, txId);
            }
            if (t2 > m.cdsEnd()) {
                utr(features, g, m, "three_prime_UTR", Math.max(t1, m.cdsEnd() + 1), t2, strand, txId);
            }
        }
        features.sort(Comparator.comparingInt((String[] f) -> Integer.parseInt(f[3])).thenComparing(f -> f[2]));
        for (String[] f : features) {
            w.write(String.join("\t", f));
            w.write('\n');
        }
    }

    private static void utr(List<String[]> features, GeneSpec g, TranscriptModel m, String type, int t1, int t2,
                            String strand, String txId) {
        int a = m.genomic(t1);
        int b = m.genomic(t2);
        features.add(feature(g, type, Math.min(a, b), Math.max(a, b), strand, ".", "Parent=" + txId));
    }

    private static String stable(String versioned) {
        int dot = versioned.indexOf('.');
        return dot < 0 ? versioned : versioned.substring(0, dot);
    }

    private static String[] feature(GeneSpec g, String type, int start, int end, String strand, String phase,
                                    String attributes) {
        return new String[] {g.chrom(), "ZenomeDemo", type, Integer.toString(start), Integer.toString(end), ".",
                strand, phase, attributes};
    }

    private static void line(BufferedWriter w, String chrom, String type, int start, int end, String strand,
                             String phase, String attributes) throws IOException {
        w.write(String.join("\t", chrom, "ZenomeDemo", type, Integer.toString(start), Integer.toString(end), ".",
                strand, phase, attributes));
        w.write('\n');
    }

    /** GFF3 escapes ; = & , in attribute values. */
    private static String escape(String s) {
        return s.replace("%", "%25").replace(";", "%3B").replace("=", "%3D").replace("&", "%26")
                .replace(",", "%2C");
    }
}
