package org.zenome.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zenome.domain.Region;

class BrowserVariantWindowTest {

    @Test
    void snvIsCentredWithFiftyBasesEachSide() {
        Region r = VariantWindow.around("chr17", 41_245_466, "G", "A", 41_245_466);
        assertThat(r).isEqualTo(new Region("chr17", 41_245_416, 41_245_516));
        assertThat((r.start() + r.end()) / 2).isEqualTo(41_245_466);
        assertThat(VariantWindow.locus(r)).isEqualTo("chr17:41245416-41245516");
    }

    @Test
    void indelsGetTheirLengthAsExtraContext() {
        // 10-bp deletion: REF spans pos..pos+10
        Region del = VariantWindow.around("17", 1000, "AGGGGGGGGGG", "A", 1010);
        assertThat(del).isEqualTo(new Region("17", 1000 - 61, 1010 + 61));
        Region ins = VariantWindow.around("17", 1000, "A", "ATTTT", 1000);
        assertThat(ins).isEqualTo(new Region("17", 1000 - 55, 1000 + 55));
        assertThat(ins.end() - ins.start()).isGreaterThan(100);
    }

    @Test
    void structuralVariantsShowTheWholeEventWithAMargin() {
        Region sv = VariantWindow.around("chr1", 100_000, "N", "<DEL>", 150_000);
        assertThat(sv.start()).isEqualTo(100_000 - 7_501);
        assertThat(sv.end()).isEqualTo(150_000 + 7_501);
        Region small = VariantWindow.around("chr1", 100_000, "N", "<DUP>", 100_200);
        assertThat(small).isEqualTo(new Region("chr1", 99_900, 100_300));
        Region bnd = VariantWindow.around("chr1", 5_000, "N", "N]chr2:300]", 5_000);
        assertThat(bnd).isEqualTo(new Region("chr1", 4_750, 5_250));
    }

    @Test
    void neverStartsBeforeTheFirstBase() {
        assertThat(VariantWindow.around("17", 10, "C", "T", 10)).isEqualTo(new Region("17", 1, 60));
    }
}
