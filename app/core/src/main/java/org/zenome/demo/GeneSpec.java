package org.zenome.demo;

/**
 * A real gene as the demo case models it: its identifiers (HGNC, Ensembl and the MANE Select RefSeq/Ensembl
 * transcript pair), its approximate GRCh38 span and strand, and the shape of its MANE transcript (exon count,
 * protein length, UTR lengths) from which a synthetic exon layout is built. Exon coordinates are synthetic.
 *
 * @param symbol        HGNC symbol
 * @param hgncId        e.g. {@code HGNC:1100}
 * @param ensemblGene   unversioned Ensembl gene ID
 * @param transcript    versioned Ensembl transcript of MANE Select
 * @param protein       versioned Ensembl protein of MANE Select
 * @param maneRefSeq    versioned RefSeq transcript of MANE Select
 * @param name          gene name (for the annotation file)
 * @param chrom         GRCh38 contig
 * @param start         1-based start of the MANE transcript span
 * @param end           1-based inclusive end
 * @param plusStrand    transcribed on the forward strand
 * @param exons         number of exons of the MANE transcript
 * @param proteinLength amino acids (without the stop)
 * @param utr5          5' UTR length in the mature transcript
 * @param utr3          3' UTR length
 * @param cdsStartExon  the exon that holds c.1 (exons before it are untranslated)
 */
record GeneSpec(String symbol, String hgncId, String ensemblGene, String transcript, String protein,
                String maneRefSeq, String name, String chrom, int start, int end, boolean plusStrand, int exons,
                int proteinLength, int utr5, int utr3, int cdsStartExon) {

    int cdsLength() {
        return (proteinLength + 1) * 3;
    }

    int transcriptLength() {
        return utr5 + cdsLength() + utr3;
    }

    int strand() {
        return plusStrand ? 1 : -1;
    }

    /** The transcript ID without its version, as the annotation file's ID. */
    String transcriptStableId() {
        int dot = transcript.indexOf('.');
        return dot < 0 ? transcript : transcript.substring(0, dot);
    }
}
