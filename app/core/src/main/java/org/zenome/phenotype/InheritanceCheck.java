package org.zenome.phenotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zenome.domain.Finding;
import org.zenome.domain.Genotype;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Sex;
import org.zenome.domain.Zygosity;

/**
 * Whether the proband's genotypes in a gene fit a mode of inheritance of the gene's diseases: autosomal dominant
 * needs one variant allele (de novo or inherited noted from the parents when a trio is loaded), autosomal recessive
 * a homozygous variant or two heterozygous ones that do not all come from the same parent, X-linked recessive one
 * allele in a male and two in a female, X-linked dominant and mitochondrial one allele.
 */
public final class InheritanceCheck {
    public static final String AUTOSOMAL_DOMINANT = "HP:0000006";
    public static final String AUTOSOMAL_RECESSIVE = "HP:0000007";
    public static final String X_LINKED = "HP:0001417";
    public static final String X_LINKED_RECESSIVE = "HP:0001419";
    public static final String X_LINKED_DOMINANT = "HP:0001423";
    public static final String MITOCHONDRIAL = "HP:0001427";

    /** The verdict for one mode. */
    public enum Fit {
        CONSISTENT,
        INCONSISTENT,
        /** A mode this check does not judge (somatic, multifactorial, ...). */
        NOT_ASSESSED
    }

    /**
     * The verdict and why, in words for the panel (English keys the UI translates: see {@code reason}).
     *
     * @param mode   HPO mode of inheritance
     * @param fit    the verdict
     * @param reason a short key: {@code one-allele}, {@code de-novo}, {@code inherited}, {@code homozygous},
     *               {@code compound-het}, {@code same-parent}, {@code single-het}, {@code no-variant},
     *               {@code hemizygous}, {@code not-x}, {@code not-assessed}
     */
    public record Result(String mode, Fit fit, String reason) {
    }

    private InheritanceCheck() {
    }

    /** Judges each mode against the proband's variants in the gene (the findings of the gene in the case). */
    public static List<Result> check(java.util.Collection<String> modes, List<Finding> geneFindings,
                                     List<Sample> samples) {
        Sample proband = role(samples, SampleRole.PROBAND);
        if (proband == null && !samples.isEmpty()) {
            proband = samples.get(0);
        }
        Sample mother = role(samples, SampleRole.MOTHER);
        Sample father = role(samples, SampleRole.FATHER);
        int het = 0;
        int hom = 0;
        int deNovo = 0;
        int fromMother = 0;
        int fromFather = 0;
        boolean onX = false;
        for (Finding f : geneFindings) {
            Zygosity z = zygosity(f, proband);
            if (z == null || !z.carriesAllele()) {
                continue;
            }
            onX |= isX(f.chrom());
            if (z == Zygosity.HOM_ALT) {
                hom++;
                continue;
            }
            het++;
            boolean m = carries(f, mother);
            boolean p = carries(f, father);
            if (mother != null && father != null && !m && !p && known(f, mother) && known(f, father)) {
                deNovo++;
            } else if (m && !p) {
                fromMother++;
            } else if (p && !m) {
                fromFather++;
            }
        }
        boolean male = proband != null && proband.sex() == Sex.MALE;
        boolean trio = mother != null && father != null;
        List<Result> out = new ArrayList<>();
        for (String mode : modes) {
            int alleles = het + hom;
            Result r;
            switch (mode) {
                case AUTOSOMAL_DOMINANT -> r = alleles == 0 ? no(mode)
                        : new Result(mode, Fit.CONSISTENT, deNovo > 0 ? "de-novo"
                        : trio && het > 0 && deNovo == 0 ? "inherited" : "one-allele");
                case AUTOSOMAL_RECESSIVE -> r = recessive(mode, het, hom, deNovo, fromMother, fromFather, trio);
                case X_LINKED_RECESSIVE, X_LINKED -> {
                    if (alleles == 0) {
                        r = no(mode);
                    } else if (!onX) {
                        r = new Result(mode, Fit.INCONSISTENT, "not-x");
                    } else if (male) {
                        r = new Result(mode, Fit.CONSISTENT, "hemizygous");
                    } else {
                        r = mode.equals(X_LINKED) ? new Result(mode, Fit.CONSISTENT, "one-allele")
                                : recessive(mode, het, hom, deNovo, fromMother, fromFather, trio);
                    }
                }
                case X_LINKED_DOMINANT -> r = alleles == 0 ? no(mode) : !onX
                        ? new Result(mode, Fit.INCONSISTENT, "not-x") : new Result(mode, Fit.CONSISTENT,
                        male ? "hemizygous" : "one-allele");
                case MITOCHONDRIAL -> r = alleles == 0 ? no(mode) : new Result(mode, Fit.CONSISTENT, "one-allele");
                default -> r = new Result(mode, Fit.NOT_ASSESSED, "not-assessed");
            }
            out.add(r);
        }
        return out;
    }

    private static Result recessive(String mode, int het, int hom, int deNovo, int fromMother, int fromFather,
                                    boolean trio) {
        if (hom > 0) {
            return new Result(mode, Fit.CONSISTENT, "homozygous");
        }
        if (het == 0) {
            return no(mode);
        }
        if (het == 1) {
            return new Result(mode, Fit.INCONSISTENT, "single-het");
        }
        if (trio && deNovo == 0 && (fromMother == het || fromFather == het)) {
            return new Result(mode, Fit.INCONSISTENT, "same-parent");
        }
        return new Result(mode, Fit.CONSISTENT, "compound-het");
    }

    private static Result no(String mode) {
        return new Result(mode, Fit.INCONSISTENT, "no-variant");
    }

    private static boolean isX(String chrom) {
        String c = chrom == null ? "" : chrom.toUpperCase(Locale.ROOT);
        return c.equals("X") || c.equals("CHRX");
    }

    private static Sample role(List<Sample> samples, SampleRole role) {
        for (Sample s : samples) {
            if (s.role() == role) {
                return s;
            }
        }
        return null;
    }

    private static Zygosity zygosity(Finding f, Sample s) {
        if (s == null || f.genotypes() == null) {
            return null;
        }
        for (Genotype g : f.genotypes()) {
            if (g.sample().equals(s.name())) {
                return g.zygosity();
            }
        }
        return null;
    }

    private static boolean carries(Finding f, Sample s) {
        Zygosity z = zygosity(f, s);
        return z != null && z.carriesAllele();
    }

    private static boolean known(Finding f, Sample s) {
        Zygosity z = zygosity(f, s);
        return z != null && z != Zygosity.MISSING;
    }
}
