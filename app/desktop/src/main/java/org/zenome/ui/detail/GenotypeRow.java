package org.zenome.ui.detail;

/** One sample's genotype of the selected finding, as text for the detail pane. */
public record GenotypeRow(String sample, String role, String gt, String zygosity, String ad, String dp, String gq,
                          String vaf) {
}
