package org.zenome.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The synthetic exon layouts: anchors land where their HGVS says, and positions convert both ways. */
class DemoTranscriptModelTest {
    private final DemoGenes genes = new DemoGenes();

    private static TranscriptModel.Anchor exonic(String c, int exon, Integer at) {
        return new TranscriptModel.Anchor(HgvsPosition.parse(c), exon, at);
    }

    @Test
    void anchorsLandInTheirExonsAndAtTheirGrch38Positions() {
        GeneSpec tp53 = genes.get("TP53");
        TranscriptModel m = TranscriptModel.build(tp53, List.of(exonic("c.215", 4, 7_676_154),
                exonic("c.818", 8, 7_673_802), new TranscriptModel.Anchor(HgvsPosition.parse("c.376-2"), 4, null)),
                new Random(1));
        assertThat(m.genomic(HgvsPosition.parse("c.215"))).isEqualTo(7_676_154);
        assertThat(m.genomic(HgvsPosition.parse("c.818"))).isEqualTo(7_673_802);
        TranscriptModel.Location l = m.locate(7_676_154);
        assertThat(l.kind()).isEqualTo(TranscriptModel.Kind.EXON);
        assertThat(l.number()).isEqualTo(4);
        assertThat(l.hgvs()).hasToString("215");
        TranscriptModel.Location acceptor = m.locate(m.genomic(HgvsPosition.parse("c.376-2")));
        assertThat(acceptor.kind()).isEqualTo(TranscriptModel.Kind.INTRON);
        assertThat(acceptor.number()).isEqualTo(4);
        assertThat(acceptor.hgvs()).hasToString("376-2");
        // minus strand: c.216 lies one base to the left of c.215
        assertThat(m.genomic(HgvsPosition.parse("c.216"))).isEqualTo(7_676_153);
    }

    @Test
    void everyTranscriptPositionRoundTripsAndIntronsAreRealistic() {
        for (GeneSpec g : genes.all()) {
            TranscriptModel m = TranscriptModel.build(g, List.of(), new Random(7));
            assertThat(m.start()).isEqualTo(g.start());
            assertThat(m.end()).isEqualTo(g.end());
            assertThat(m.exonCount()).isEqualTo(g.exons());
            int total = g.transcriptLength();
            for (int t = 1; t <= total; t += Math.max(1, total / 500)) {
                TranscriptModel.Location l = m.locate(m.genomic(t));
                assertThat(l.kind()).isEqualTo(TranscriptModel.Kind.EXON);
                assertThat(l.t()).as(g.symbol() + " t=" + t).isEqualTo(t);
            }
            for (int i = 0; i + 1 < m.exonCount(); i++) {
                int gap = g.plusStrand() ? m.exonStart(i + 1) - m.exonEnd(i) - 1 : m.exonStart(i) - m.exonEnd(i + 1) - 1;
                assertThat(gap).as(g.symbol() + " intron " + (i + 1)).isGreaterThanOrEqualTo(TranscriptModel.MIN_INTRON);
            }
            TranscriptModel.Location c1 = m.locate(m.genomic(m.cdsStart()));
            assertThat(c1.number()).as(g.symbol() + " exon of c.1").isEqualTo(g.cdsStartExon());
            assertThat(m.locate(g.plusStrand() ? g.start() - 100 : g.end() + 100).kind())
                    .isEqualTo(TranscriptModel.Kind.UPSTREAM);
        }
    }

    @Test
    void anImpossibleDescriptionIsACurationError() {
        GeneSpec gjb2 = genes.get("GJB2");
        // GJB2 has two exons; c.235 cannot lie in exon 1, which is untranslated
        assertThatThrownBy(() -> TranscriptModel.build(gjb2, List.of(exonic("c.235", 1, null)), new Random(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GJB2");
    }

    @Test
    void hgvsPositionsParseAndPrint() {
        for (String s : List.of("123", "-45", "*67", "123+5", "124-12", "-15+3", "*4-2")) {
            assertThat(HgvsPosition.parse("c." + s)).hasToString(s);
        }
        HgvsPosition p = HgvsPosition.parse("c.-3");
        assertThat(p.transcriptPosition(100, 300)).isEqualTo(98);
        assertThat(HgvsPosition.parse("c.*1").transcriptPosition(100, 300)).isEqualTo(401);
    }
}
