package org.zenome.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.interpretation.Actor;
import org.zenome.interpretation.AnnotationSourceRecord;
import org.zenome.interpretation.FindingAnnotation;
import org.zenome.interpretation.InterpretationCases;
import org.zenome.plugin.AnnotationSourceProvider;
import org.zenome.plugin.VariantKey;
import org.zenome.plugin.VcfSites;
import org.zenome.store.CaseStore;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Plugins found with ServiceLoader on the class path and in a plugin folder (broken ones reported and skipped), and
 * a case annotated from the real ClinVar and gnomAD excerpts and a ToMMo-style fixture.
 */
class AnnotationPluginTest {
    private static final Path SHARED = Path.of(System.getProperty("zenome.shared.data", "../../../shared/data"));
    private static final Path CLINVAR = SHARED.resolve("clinvar/clinvar_20260226_GRCh38_cancer_genes_excerpt.vcf.gz");
    private static final Path GNOMAD_V4 = SHARED.resolve(
            "population_frequencies_gnomad_excerpts/genomes-grch38_v4.0_gnomad-genomes.vcf");
    private static final Service SVC = new Service();

    @TempDir
    Path dir;

    private static final class Service {
        AnnotationService of(CaseStore s) {
            return new AnnotationService(s, Actor.named("sato"),
                    Clock.fixed(Instant.parse("2026-12-03T01:02:03Z"), ZoneOffset.UTC));
        }
    }

    @Test
    void shippedPluginsAreFoundOnTheClassPath() {
        PluginRegistry r = PluginRegistry.discover(null);
        assertThat(r.providers()).extracting(AnnotationSourceProvider::id)
                .containsExactlyInAnyOrder("clinvar", "population-frequency", "exomiser");
        assertThat(r.origin("clinvar")).isEqualTo("class path");
        assertThat(r.find("clinvar").orElseThrow().version()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aBrokenPluginInTheFolderIsReportedAndSkipped() throws IOException {
        jar("a-missing-class.jar", "org.example.DoesNotExist");
        jar("b-throwing.jar", ThrowingProvider.class.getName());
        jar("c-echo.jar", EchoProvider.class.getName());
        jar("d-empty.jar", null);
        Files.writeString(dir.resolve("notes.txt"), "not a jar");
        PluginRegistry r = PluginRegistry.discover(dir);
        assertThat(r.providers()).extracting(AnnotationSourceProvider::id)
                .containsExactlyInAnyOrder("clinvar", "population-frequency", "exomiser", "echo");
        assertThat(r.origin("echo")).endsWith("c-echo.jar");
        String problems = r.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(r.problems()).hasSize(3);
        assertThat(problems).contains("a-missing-class.jar").contains("org.example.DoesNotExist")
                .contains("b-throwing.jar").contains("configuration file missing")
                .contains("d-empty.jar: no annotation-source plugin");
    }

    private void jar(String name, String provider) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name)); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("README.txt"));
            j.write("test plugin".getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
            if (provider != null) {
                j.putNextEntry(new JarEntry("META-INF/services/" + AnnotationSourceProvider.class.getName()));
                j.write((provider + "\n").getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
    }

    @Test
    void variantKeysAreNormalisedForMatching() {
        assertThat(new VariantKey("chr5", 112707546, "AC", "AGC").normalised())
                .isEqualTo(new VariantKey("5", 112707546, "A", "AG"));
        assertThat(new VariantKey("chrM", 10, "CTT", "CT").normalised())
                .isEqualTo(new VariantKey("MT", 10, "CT", "C"));
        assertThat(new VariantKey("1", 100, "GAT", "GCT").normalised()).isEqualTo(new VariantKey("1", 101, "A", "C"));
    }

    @Test
    void annotatesATrioFromTheRealClinVarExcerptAndRecordsTheSource() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(CLINVAR), "shared data absent: " + CLINVAR);
        try (CaseStore s = SqliteCaseStore.open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            AnnotationSourceProvider clinvar = PluginRegistry.discover(null).find("clinvar").orElseThrow();
            AnnotationSourceRecord src = SVC.of(s).annotate(pk, clinvar, CLINVAR, null, VariantFilter.all(), null);
            assertThat(src.name()).isEqualTo("ClinVar");
            assertThat(src.version()).isEqualTo("20260226");
            assertThat(src.build()).isEqualTo("GRCh38");
            assertThat(src.sha256()).isEqualTo(VcfSites.sha256(CLINVAR));
            assertThat(src.lookedUp()).isEqualTo(6);
            assertThat(src.matched()).isEqualTo(3);
            assertThat(src.user()).isEqualTo("sato");
            assertThat(s.interpretation().annotationSources(pk)).containsExactly(src);
            Map<String, FindingAnnotation> byGene = annotations(s, pk);
            assertThat(byGene).containsOnlyKeys("TP53", "APC", "BRCA1");
            assertThat(byGene.get("TP53").fields()).containsEntry("significance", "Pathogenic")
                    .containsEntry("variation_id", "1801546").containsEntry("stars", "0")
                    .containsEntry("conditions", "Gastric cancer");
            // the trio writes the APC duplication padded (AC>AGC); ClinVar writes A>AG
            assertThat(byGene.get("APC").fields()).containsEntry("significance", "Benign")
                    .containsEntry("variation_id", "1169564").containsEntry("stars", "1");
            assertThat(byGene.get("BRCA1").fields().get("review_status")).isNotEmpty();
            assertThat(byGene.get("BRCA1").sourceName()).isEqualTo("ClinVar 20260226");
            assertThat(s.interpretation().caseHistory(pk)).singleElement()
                    .satisfies(h -> assertThat(h.newValue()).contains("3 of 6 findings matched"));
        }
    }

    @Test
    void severalPopulationSourcesAreEachRecordedSeparately() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(GNOMAD_V4), "shared data absent: " + GNOMAD_V4);
        try (CaseStore s = SqliteCaseStore.open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            AnnotationSourceProvider pop = PluginRegistry.discover(null).find("population-frequency").orElseThrow();
            AnnotationSourceRecord gnomad = SVC.of(s).annotate(pk, pop, GNOMAD_V4, null, null, null);
            AnnotationSourceRecord tommo = SVC.of(s).annotate(pk, pop,
                    InterpretationCases.resource("tommo_54kjpn_excerpt.vcf"), null, null, null);
            assertThat(gnomad.name()).isEqualTo("gnomAD genomes");
            assertThat(gnomad.version()).isEqualTo("v4.0");
            assertThat(gnomad.matched()).isEqualTo(1);
            assertThat(tommo.name()).isEqualTo("ToMMo 54KJPN");
            assertThat(tommo.matched()).isEqualTo(2);
            Finding genea = s.findings().query(pk, VariantFilter.all().withGenes(List.of("GENEA")), 0, 1).get(0);
            assertThat(s.interpretation().annotations(genea.id())).singleElement().satisfies(a -> {
                assertThat(a.sourceName()).isEqualTo("gnomAD genomes v4.0");
                assertThat(a.fields()).containsEntry("AF", "2.60139e-05").containsEntry("AC", "2")
                        .containsEntry("AN", "76882").containsEntry("homozygotes", "0").containsEntry("popmax", "eas");
            });
            Finding geneb = s.findings().query(pk, VariantFilter.all().withGenes(List.of("GENEB")), 0, 1).get(0);
            assertThat(s.interpretation().annotations(geneb.id())).singleElement().satisfies(a -> assertThat(
                    a.fields()).containsEntry("AF", "0.0213").containsEntry("homozygotes", "25")
                    .containsEntry("AC", "2300"));
            assertThat(s.interpretation().annotationSources(pk)).extracting(AnnotationSourceRecord::name)
                    .containsExactly("gnomAD genomes", "ToMMo 54KJPN");
        }
    }

    @Test
    void badSourceFilesAreRefusedNamingTheFileAndNothingIsStored() throws Exception {
        try (CaseStore s = SqliteCaseStore.open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            PluginRegistry r = PluginRegistry.discover(null);
            Path notClinvar = InterpretationCases.resource("tommo_54kjpn_excerpt.vcf");
            assertThatThrownBy(() -> SVC.of(s).annotate(pk, r.find("clinvar").orElseThrow(), notClinvar, null, null,
                    null)).isInstanceOf(IOException.class).hasMessageContaining(notClinvar.toString())
                    .hasMessageContaining("not a ClinVar VCF");
            Path gz = dir.resolve("no-index.vcf.gz");
            try (var out = new htsjdk.samtools.util.BlockCompressedOutputStream(gz.toFile())) {
                out.write(Files.readAllBytes(notClinvar));
            }
            assertThatThrownBy(() -> SVC.of(s).annotate(pk, r.find("population-frequency").orElseThrow(), gz, null,
                    null, null)).isInstanceOf(IOException.class).hasMessageContaining("no tabix index");
            assertThat(s.interpretation().annotationSources(pk)).isEmpty();
        }
    }

    private static Map<String, FindingAnnotation> annotations(CaseStore s, long pk) {
        return s.findings().query(pk, VariantFilter.all(), 0, 100).stream()
                .flatMap(f -> s.interpretation().annotations(f.id()).stream().map(a -> Map.entry(f.gene(), a)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
