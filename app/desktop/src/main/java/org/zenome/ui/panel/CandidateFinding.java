package org.zenome.ui.panel;

import org.zenome.domain.Finding;

/**
 * A finding the panel discusses: its stable reference within the case ({@code chrom:pos:ref>alt}, the same
 * after a re-import), a label for people, what the variant table says about it, and the finding itself (for
 * the genome browser; null for a decided finding no longer among the case's findings).
 */
public record CandidateFinding(String ref, String label, String summary, Finding finding) {

    public CandidateFinding(String ref, String label, String summary) {
        this(ref, label, summary, null);
    }

    @Override
    public String toString() {
        return label.isEmpty() ? ref : label;
    }
}
