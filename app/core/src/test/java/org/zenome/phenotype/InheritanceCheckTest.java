package org.zenome.phenotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zenome.domain.Finding;
import org.zenome.domain.Genotype;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Sex;
import org.zenome.domain.VariantType;
import org.zenome.domain.Zygosity;
import org.zenome.phenotype.InheritanceCheck.Fit;

/** Inheritance-mode consistency of a proband's genotypes in a gene, with and without parents. */
class InheritanceCheckTest {
    private static final List<Sample> TRIO = List.of(new Sample("kid", SampleRole.PROBAND, Sex.MALE, true, 0),
            new Sample("mum", SampleRole.MOTHER, Sex.FEMALE, false, 1),
            new Sample("dad", SampleRole.FATHER, Sex.MALE, false, 2));
    private static final List<String> AD_AR = List.of(InheritanceCheck.AUTOSOMAL_DOMINANT,
            InheritanceCheck.AUTOSOMAL_RECESSIVE);

    private static Finding f(String chrom, Zygosity kid, Zygosity mum, Zygosity dad) {
        return new Finding(1, chrom, 100, 100, "A", "G", ".", 50.0, "PASS", 0, 1, VariantType.SNV, null, null, "G1", "",
                "missense_variant", null, "", "", null, null, null, null, null, null, 30,
                List.of(new Genotype("kid", "", kid, 10, 10, 20, 99), new Genotype("mum", "", mum, 20, 0, 20, 99),
                        new Genotype("dad", "", dad, 20, 0, 20, 99)));
    }

    private static Fit fit(List<InheritanceCheck.Result> r, String mode) {
        return r.stream().filter(x -> x.mode().equals(mode)).findFirst().orElseThrow().fit();
    }

    @Test
    void deNovoHeterozygousFitsDominantNotRecessive() {
        var r = InheritanceCheck.check(AD_AR, List.of(f("1", Zygosity.HET, Zygosity.HOM_REF, Zygosity.HOM_REF)), TRIO);
        assertThat(r.get(0)).isEqualTo(new InheritanceCheck.Result(InheritanceCheck.AUTOSOMAL_DOMINANT, Fit.CONSISTENT,
                "de-novo"));
        assertThat(r.get(1).fit()).isEqualTo(Fit.INCONSISTENT);
        assertThat(r.get(1).reason()).isEqualTo("single-het");
    }

    @Test
    void compoundHeterozygousFromBothParentsFitsRecessive() {
        var trans = List.of(f("1", Zygosity.HET, Zygosity.HET, Zygosity.HOM_REF),
                f("1", Zygosity.HET, Zygosity.HOM_REF, Zygosity.HET));
        assertThat(fit(InheritanceCheck.check(AD_AR, trans, TRIO), InheritanceCheck.AUTOSOMAL_RECESSIVE))
                .isEqualTo(Fit.CONSISTENT);
        var cis = List.of(f("1", Zygosity.HET, Zygosity.HET, Zygosity.HOM_REF),
                f("1", Zygosity.HET, Zygosity.HET, Zygosity.HOM_REF));
        var r = InheritanceCheck.check(AD_AR, cis, TRIO);
        assertThat(r.get(1)).extracting(InheritanceCheck.Result::fit, InheritanceCheck.Result::reason)
                .containsExactly(Fit.INCONSISTENT, "same-parent");
        assertThat(r.get(0).reason()).isEqualTo("inherited");
        var hom = List.of(f("1", Zygosity.HOM_ALT, Zygosity.HET, Zygosity.HET));
        assertThat(InheritanceCheck.check(AD_AR, hom, TRIO).get(1).reason()).isEqualTo("homozygous");
    }

    @Test
    void xLinkedRecessiveNeedsOneAlleleInABoyAndTheXChromosome() {
        List<String> xlr = List.of(InheritanceCheck.X_LINKED_RECESSIVE, "HP:0001426");
        var r = InheritanceCheck.check(xlr, List.of(f("chrX", Zygosity.HET, Zygosity.HET, Zygosity.HOM_REF)), TRIO);
        assertThat(r.get(0)).extracting(InheritanceCheck.Result::fit, InheritanceCheck.Result::reason)
                .containsExactly(Fit.CONSISTENT, "hemizygous");
        assertThat(r.get(1).fit()).isEqualTo(Fit.NOT_ASSESSED);
        var girl = List.of(new Sample("kid", SampleRole.PROBAND, Sex.FEMALE, true, 0));
        assertThat(InheritanceCheck.check(xlr, List.of(f("X", Zygosity.HET, Zygosity.MISSING, Zygosity.MISSING)),
                girl).get(0).fit()).isEqualTo(Fit.INCONSISTENT);
        assertThat(InheritanceCheck.check(xlr, List.of(f("7", Zygosity.HET, Zygosity.HET, Zygosity.HOM_REF)), TRIO)
                .get(0).reason()).isEqualTo("not-x");
        assertThat(InheritanceCheck.check(xlr, List.of(f("X", Zygosity.HOM_REF, Zygosity.HET, Zygosity.HOM_REF)),
                TRIO).get(0).reason()).isEqualTo("no-variant");
    }
}
