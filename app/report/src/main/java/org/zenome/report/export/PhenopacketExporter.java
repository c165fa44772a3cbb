package org.zenome.report.export;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.ga4gh.vrsatile.v1.Expression;
import org.ga4gh.vrsatile.v1.GeneDescriptor;
import org.ga4gh.vrsatile.v1.MoleculeContext;
import org.ga4gh.vrsatile.v1.VariationDescriptor;
import org.ga4gh.vrsatile.v1.VcfRecord;
import org.phenopackets.schema.v2.Phenopacket;
import org.phenopackets.schema.v2.core.AcmgPathogenicityClassification;
import org.phenopackets.schema.v2.core.Diagnosis;
import org.phenopackets.schema.v2.core.GenomicInterpretation;
import org.phenopackets.schema.v2.core.Individual;
import org.phenopackets.schema.v2.core.Interpretation;
import org.phenopackets.schema.v2.core.MetaData;
import org.phenopackets.schema.v2.core.OntologyClass;
import org.phenopackets.schema.v2.core.PhenotypicFeature;
import org.phenopackets.schema.v2.core.Resource;
import org.phenopackets.schema.v2.core.Sex;
import org.phenopackets.schema.v2.core.TimeElement;
import org.phenopackets.schema.v2.core.VariantInterpretation;
import org.zenome.cli.ZenomeCli;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.report.ReportContent;
import org.zenome.report.model.FindingCategory;
import org.zenome.report.model.Phenotype;
import org.zenome.report.model.ReportedFinding;

/**
 * A rare-disease case as a GA4GH Phenopacket v2 (phenopacket-schema library): the proband as subject, HPO phenotypic
 * features when recorded, and one interpretation whose diagnosis lists each reported finding with its ACMG class.
 * The diagnosis is written as free text (no disease code is recorded in Zenome), under NCIT:C2991 "Disease or
 * Disorder".
 */
public final class PhenopacketExporter {

    public Phenopacket phenopacket(ReportContent r, boolean deidentified) {
        String caseId = r.caseSummary().caseId();
        String proband = probandSample(r);
        Individual.Builder subject = Individual.newBuilder().setId(caseId).setSex(sex(r));
        if (!deidentified && r.patient() != null) {
            if (r.patient().birthDate() != null) {
                subject.setDateOfBirth(Timestamp.newBuilder().setSeconds(r.patient().birthDate().atStartOfDay()
                        .toEpochSecond(ZoneOffset.UTC)));
            }
            if (r.patient().hospitalPatientId() != null && !r.patient().hospitalPatientId().isBlank()) {
                subject.addAlternateIds("hospital:" + r.patient().hospitalPatientId());
            }
        }
        Phenopacket.Builder p = Phenopacket.newBuilder().setId(r.reportId()).setSubject(subject);
        for (Phenotype ph : r.phenotypes()) {
            PhenotypicFeature.Builder feature = PhenotypicFeature.newBuilder()
                    .setType(OntologyClass.newBuilder().setId(ph.hpoId()).setLabel(ph.label()))
                    .setExcluded(ph.excluded());
            if (ph.onsetId() != null && !ph.onsetId().isBlank()) {
                feature.setOnset(TimeElement.newBuilder().setOntologyClass(OntologyClass.newBuilder()
                        .setId(ph.onsetId()).setLabel(ph.onsetLabel() == null ? "" : ph.onsetLabel())));
            }
            p.addPhenotypicFeatures(feature);
        }
        Diagnosis.Builder dx = Diagnosis.newBuilder().setDisease(OntologyClass.newBuilder().setId("NCIT:C2991")
                .setLabel(r.caseSummary().diagnosis().isBlank() ? "Disease or Disorder" : r.caseSummary().diagnosis()));
        boolean causative = false;
        int n = 0;
        for (ReportedFinding f : r.allFindings()) {
            n++;
            GenomicInterpretation.InterpretationStatus status = status(f);
            causative |= status == GenomicInterpretation.InterpretationStatus.CAUSATIVE;
            dx.addGenomicInterpretations(GenomicInterpretation.newBuilder()
                    .setSubjectOrBiosampleId(caseId)
                    .setInterpretationStatus(status)
                    .setVariantInterpretation(VariantInterpretation.newBuilder()
                            .setAcmgPathogenicityClassification(acmg(f))
                            .setVariationDescriptor(descriptor(r, f, n, proband))));
        }
        p.addInterpretations(Interpretation.newBuilder().setId(r.reportId() + "-interpretation")
                .setProgressStatus(r.allFindings().isEmpty() ? Interpretation.ProgressStatus.UNSOLVED
                        : causative ? Interpretation.ProgressStatus.SOLVED : Interpretation.ProgressStatus.IN_PROGRESS)
                .setDiagnosis(dx)
                .setSummary(r.panel() == null ? "" : r.panel().conclusion()));
        p.setMetaData(MetaData.newBuilder()
                .setCreated(Timestamp.newBuilder().setSeconds(r.generatedAt().getEpochSecond()))
                .setCreatedBy("Zenome " + ZenomeCli.version())
                .setPhenopacketSchemaVersion("2.0")
                .addResources(Resource.newBuilder().setId("hp").setName("human phenotype ontology")
                        .setNamespacePrefix("HP").setUrl("http://purl.obolibrary.org/obo/hp.owl")
                        .setIriPrefix("http://purl.obolibrary.org/obo/HP_").setVersion(hpoVersion(r)))
                .addResources(Resource.newBuilder().setId("geno").setName("Genotype Ontology")
                        .setNamespacePrefix("GENO").setUrl("http://purl.obolibrary.org/obo/geno.owl")
                        .setIriPrefix("http://purl.obolibrary.org/obo/GENO_").setVersion("unknown"))
                .addResources(Resource.newBuilder().setId("ncit").setName("NCI Thesaurus")
                        .setNamespacePrefix("NCIT").setUrl("http://purl.obolibrary.org/obo/ncit.owl")
                        .setIriPrefix("http://purl.obolibrary.org/obo/NCIT_").setVersion("unknown")));
        return p.build();
    }

    /** The HPO release recorded on the case (see the report's annotation sources), or "unknown". */
    private static String hpoVersion(ReportContent r) {
        for (org.zenome.report.model.AnnotationSource s : r.annotationSources()) {
            if (s.name().startsWith("HPO ontology") && !s.version().isBlank()) {
                return s.version();
            }
        }
        return "unknown";
    }

    public byte[] json(ReportContent r, boolean deidentified) {
        try {
            return JsonFormat.printer().print(phenopacket(r, deidentified)).getBytes(StandardCharsets.UTF_8);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a phenopacket JSON back (unknown fields refused). */
    public static Phenopacket parse(String json) throws InvalidProtocolBufferException {
        Phenopacket.Builder b = Phenopacket.newBuilder();
        JsonFormat.parser().merge(json, b);
        return b.build();
    }

    private static VariationDescriptor.Builder descriptor(ReportContent r, ReportedFinding f, int n, String proband) {
        VariationDescriptor.Builder v = VariationDescriptor.newBuilder().setId(r.reportId() + "-variant-" + n)
                .setMoleculeContext(MoleculeContext.genomic);
        if (!f.gene().isEmpty()) {
            v.setGeneContext(GeneDescriptor.newBuilder().setValueId("HGNC.symbol:" + f.gene()).setSymbol(f.gene()));
        }
        if (!f.hgvsC().isEmpty()) {
            String c = f.hgvsC().contains(":") || f.transcript().isEmpty() ? f.hgvsC() : f.transcript() + ":" + f.hgvsC();
            v.addExpressions(Expression.newBuilder().setSyntax("hgvs.c").setValue(c));
        }
        if (!f.hgvsP().isEmpty()) {
            v.addExpressions(Expression.newBuilder().setSyntax("hgvs.p").setValue(f.hgvsP()));
        }
        v.setVcfRecord(VcfRecord.newBuilder()
                .setGenomeAssembly(r.caseSummary().build() == null ? "" : r.caseSummary().build().name())
                .setChrom(f.chrom()).setPos(f.pos()).setRef(f.ref()).setAlt(f.alt()));
        if (f.zygosity() != null) {
            switch (f.zygosity()) {
                case HET -> v.setAllelicState(OntologyClass.newBuilder().setId("GENO:0000135").setLabel("heterozygous"));
                case HOM_ALT -> v.setAllelicState(OntologyClass.newBuilder().setId("GENO:0000136").setLabel("homozygous"));
                default -> {
                }
            }
        }
        if (f.category() == FindingCategory.SECONDARY) {
            v.setDescription("secondary finding (disclosed with the patient's consent)");
        }
        return v;
    }

    private static GenomicInterpretation.InterpretationStatus status(ReportedFinding f) {
        if (f.category() != FindingCategory.PRIMARY || f.acmgClass() == null) {
            return GenomicInterpretation.InterpretationStatus.UNKNOWN_STATUS;
        }
        return switch (f.acmgClass()) {
            case PATHOGENIC, LIKELY_PATHOGENIC -> GenomicInterpretation.InterpretationStatus.CAUSATIVE;
            case UNCERTAIN_SIGNIFICANCE -> GenomicInterpretation.InterpretationStatus.CANDIDATE;
            default -> GenomicInterpretation.InterpretationStatus.REJECTED;
        };
    }

    private static AcmgPathogenicityClassification acmg(ReportedFinding f) {
        if (f.acmgClass() == null) {
            return AcmgPathogenicityClassification.NOT_PROVIDED;
        }
        return switch (f.acmgClass()) {
            case PATHOGENIC -> AcmgPathogenicityClassification.PATHOGENIC;
            case LIKELY_PATHOGENIC -> AcmgPathogenicityClassification.LIKELY_PATHOGENIC;
            case UNCERTAIN_SIGNIFICANCE -> AcmgPathogenicityClassification.UNCERTAIN_SIGNIFICANCE;
            case LIKELY_BENIGN -> AcmgPathogenicityClassification.LIKELY_BENIGN;
            case BENIGN -> AcmgPathogenicityClassification.BENIGN;
        };
    }

    private static String probandSample(ReportContent r) {
        for (Sample s : r.caseSummary().samples()) {
            if (s.role() == SampleRole.PROBAND) {
                return s.name();
            }
        }
        return r.caseSummary().samples().isEmpty() ? "" : r.caseSummary().samples().get(0).name();
    }

    private static Sex sex(ReportContent r) {
        for (Sample s : r.caseSummary().samples()) {
            if (s.role() == SampleRole.PROBAND) {
                return switch (s.sex()) {
                    case MALE -> Sex.MALE;
                    case FEMALE -> Sex.FEMALE;
                    default -> Sex.UNKNOWN_SEX;
                };
            }
        }
        return Sex.UNKNOWN_SEX;
    }
}
