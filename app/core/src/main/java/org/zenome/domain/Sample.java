package org.zenome.domain;

import java.util.Objects;

/**
 * A sample of a case as named in the VCF header.
 *
 * @param name      the VCF column name
 * @param role      proband, mother, father, tumour, normal...
 * @param sex       declared sex (PED or dialog)
 * @param affected  affected status from the PED (rare disease); tumour samples are affected
 * @param column    0-based position of the sample among the VCF's sample columns
 */
public record Sample(String name, SampleRole role, Sex sex, boolean affected, int column) {
    public Sample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sex, "sex");
    }
}
