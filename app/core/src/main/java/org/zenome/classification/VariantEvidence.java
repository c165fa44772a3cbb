package org.zenome.classification;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zenome.domain.ClinicalSignificance;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.Genotype;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.TranscriptAnnotation;
import org.zenome.domain.Zygosity;

/**
 * What the {@link CriterionSuggester} looks at for one variant on its display transcript. Independent of the store;
 * {@link #from(FindingDetail, List, GeneContext)} builds it from a stored finding. Unknown values are null.
 *
 * @param gene                  gene symbol
 * @param consequences          Sequence Ontology consequence terms (e.g. {@code stop_gained}, {@code missense_variant})
 * @param exon                  exon number and count of the transcript, {@code n/N} as VEP writes EXON; null if not
 *                              in an exon or unknown
 * @param nmdEscape             whether the premature stop is known to escape nonsense-mediated decay (e.g. from the
 *                              VEP NMD plugin); null when not known, then derived from {@code exon}
 * @param proteinPosition       first affected amino-acid position; null if unknown
 * @param proteinLength         length of the protein in amino acids; null if unknown
 * @param populationSource      name of the population frequency source the case was annotated with (e.g.
 *                              {@code gnomAD v4.0}); null when the case has no frequency annotation
 * @param populationAf          allele frequency in that source; null with a source means absent from it
 * @param revel                 REVEL score
 * @param cadd                  CADD PHRED score
 * @param proband               proband's zygosity; null when the case has no proband sample
 * @param mother                mother's zygosity; null when she is not sequenced
 * @param father                father's zygosity; null when he is not sequenced
 * @param parentageConfirmed    maternity and paternity confirmed (e.g. by the trio's kinship check)
 * @param inTransWithPathogenic phase with a pathogenic variant in the same gene: true in trans, false in cis, null
 *                              unknown
 * @param lofMechanism          loss of function is a known mechanism of disease for the gene
 * @param inheritance           inheritance of the disorder considered
 * @param clinvar               ClinVar significance (the record's when {@code clinvarRecord} is given, else e.g. from
 *                              the imported VCF's CLNSIG)
 * @param clinvarRecord         the ClinVar record with its review status, from a ClinVar annotation source; null when
 *                              the case was not annotated with one. PP5/BP6 (when enabled) need it: without a review
 *                              status the reputable source cannot be judged
 */
public record VariantEvidence(String gene, Set<String> consequences, String exon, Boolean nmdEscape,
                              Integer proteinPosition, Integer proteinLength, String populationSource,
                              Double populationAf, Double revel, Double cadd, Zygosity proband, Zygosity mother,
                              Zygosity father, boolean parentageConfirmed, Boolean inTransWithPathogenic,
                              boolean lofMechanism, InheritanceMode inheritance, ClinicalSignificance clinvar,
                              ClinVarAssertion clinvarRecord) {

    /** Without a ClinVar record (no review status). */
    public VariantEvidence(String gene, Set<String> consequences, String exon, Boolean nmdEscape,
                           Integer proteinPosition, Integer proteinLength, String populationSource,
                           Double populationAf, Double revel, Double cadd, Zygosity proband, Zygosity mother,
                           Zygosity father, boolean parentageConfirmed, Boolean inTransWithPathogenic,
                           boolean lofMechanism, InheritanceMode inheritance, ClinicalSignificance clinvar) {
        this(gene, consequences, exon, nmdEscape, proteinPosition, proteinLength, populationSource, populationAf, revel,
                cadd, proband, mother, father, parentageConfirmed, inTransWithPathogenic, lofMechanism, inheritance,
                clinvar, null);
    }

    public VariantEvidence {
        if (clinvarRecord != null) {
            clinvar = clinvarRecord.significance();
        }
        consequences = consequences == null ? Set.of() : normalise(consequences);
        inheritance = inheritance == null ? InheritanceMode.UNKNOWN : inheritance;
        clinvar = clinvar == null ? ClinicalSignificance.NONE : clinvar;
        if (populationAf != null && !(populationAf >= 0 && populationAf <= 1)) {
            throw new IllegalArgumentException("population AF must be between 0 and 1, not " + populationAf);
        }
        if (populationAf != null && populationSource == null) {
            populationSource = "population database";
        }
    }

    private static Set<String> normalise(Collection<String> terms) {
        return terms.stream()
                .flatMap(t -> Arrays.stream(t.split("[&,]")))
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean hasConsequence(String term) {
        return consequences.contains(term);
    }

    /** Exon number from {@code n/N} (for a range {@code 3-4/10}, the first); empty when unknown. */
    public Optional<Integer> exonNumber() {
        return exonPart(0);
    }

    /** Exon count from {@code n/N}; empty when unknown. */
    public Optional<Integer> exonCount() {
        return exonPart(1);
    }

    private Optional<Integer> exonPart(int index) {
        if (exon == null) {
            return Optional.empty();
        }
        String[] parts = exon.trim().split("/");
        if (parts.length != 2) {
            return Optional.empty();
        }
        String p = parts[index].trim();
        int dash = p.indexOf('-');
        if (dash > 0) {
            p = p.substring(0, dash);
        }
        try {
            return Optional.of(Integer.parseInt(p));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * What the suggester needs to know about the gene, from the panel's gene lists and the case.
     *
     * @param lofGenes              genes where loss of function is a known mechanism of disease
     * @param inheritance           inheritance of the disorder considered
     * @param populationSource      the frequency source the case was annotated with, or null for none
     * @param parentageConfirmed    maternity and paternity confirmed
     * @param inTransWithPathogenic phase with a pathogenic variant, or null when not known
     */
    public record GeneContext(Set<String> lofGenes, InheritanceMode inheritance, String populationSource,
                              boolean parentageConfirmed, Boolean inTransWithPathogenic) {
        public GeneContext {
            lofGenes = lofGenes == null ? Set.of()
                    : lofGenes.stream().map(g -> g.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
    }

    /**
     * Builds the evidence of a stored finding on its display transcript. Genotypes are taken from the samples with
     * the roles proband, mother and father.
     */
    public static VariantEvidence from(FindingDetail detail, List<Sample> samples, GeneContext context) {
        Finding f = detail.finding();
        TranscriptAnnotation tx = detail.transcripts().stream()
                .filter(t -> f.transcript() != null && f.transcript().equals(t.feature()))
                .findFirst().orElse(null);
        String exon = tx == null || tx.exon() == null || tx.exon().isBlank() ? null : tx.exon();
        Integer[] protein = tx == null ? new Integer[2] : proteinPosition(tx.fields());
        Boolean nmdEscape = null;
        if (tx != null && tx.fields().getOrDefault("NMD", "").contains("NMD_escaping_variant")) {
            nmdEscape = Boolean.TRUE;
        }
        String gene = f.gene();
        boolean lof = gene != null && context.lofGenes().contains(gene.toUpperCase(Locale.ROOT));
        return new VariantEvidence(gene,
                f.consequence() == null ? Set.of() : Set.of(f.consequence()),
                exon, nmdEscape, protein[0], protein[1],
                context.populationSource(), f.populationAf(), f.revel(), f.cadd(),
                zygosity(f, samples, SampleRole.PROBAND), zygosity(f, samples, SampleRole.MOTHER),
                zygosity(f, samples, SampleRole.FATHER), context.parentageConfirmed(),
                context.inTransWithPathogenic(), lof, context.inheritance(),
                ClinicalSignificance.parse(f.clinvarSignificance()));
    }

    private static Zygosity zygosity(Finding f, List<Sample> samples, SampleRole role) {
        Optional<String> name = samples.stream().filter(s -> s.role() == role).map(Sample::name).findFirst();
        if (name.isEmpty() || f.genotypes() == null) {
            return null;
        }
        return f.genotypes().stream().filter(g -> g.sample().equals(name.get())).map(Genotype::zygosity)
                .findFirst().orElse(null);
    }

    /**
     * Protein position and length: SnpEff's {@code AA.pos / AA.length} ({@code 123/456}), else VEP's
     * {@code Protein_position} (position only; {@code 123} or {@code 123-125}).
     */
    private static Integer[] proteinPosition(Map<String, String> fields) {
        Integer[] result = new Integer[2];
        String snpEff = fields.get("AA.pos / AA.length");
        if (snpEff != null && snpEff.contains("/")) {
            String[] parts = snpEff.split("/");
            result[0] = parseLeadingInt(parts[0]);
            result[1] = parseLeadingInt(parts[1]);
            return result;
        }
        String vep = fields.get("Protein_position");
        if (vep != null) {
            String[] parts = vep.split("/");
            result[0] = parseLeadingInt(parts[0]);
            if (parts.length > 1) {
                result[1] = parseLeadingInt(parts[1]);
            }
        }
        return result;
    }

    private static Integer parseLeadingInt(String text) {
        String t = text.trim();
        int end = 0;
        while (end < t.length() && Character.isDigit(t.charAt(end))) {
            end++;
        }
        return end == 0 ? null : Integer.valueOf(t.substring(0, end));
    }
}
