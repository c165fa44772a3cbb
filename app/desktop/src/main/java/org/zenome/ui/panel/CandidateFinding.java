package org.zenome.ui.panel;

/**
 * A finding the panel discusses: its stable reference within the case ({@code chrom:pos:ref>alt}, the same
 * after a re-import), a label for people, and what the variant table says about it.
 */
public record CandidateFinding(String ref, String label, String summary) {
    @Override
    public String toString() {
        return label.isEmpty() ? ref : label;
    }
}
