package org.zenome.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.SampleRole;

class SampleRoleDefaultsTest {

    @Test
    void pedDecidesTheTrioRoles(@TempDir Path dir) throws IOException {
        // the layout of the Scout demo trio's PED: father and mother unaffected, son affected
        Path ped = dir.resolve("trio.ped");
        Files.writeString(ped, """
                #Family ID\tIndividual ID\tPaternal ID\tMaternal ID\tSex\tPhenotype
                643594\tADM1059A1\t0\t0\t1\t1
                643594\tADM1059A2\tADM1059A1\tADM1059A3\t1\t2
                643594\tADM1059A3\t0\t0\t2\t1
                """);
        Map<String, SampleRole> roles = SampleRoleDefaults.guess(List.of("ADM1059A1", "ADM1059A2", "ADM1059A3"),
                SampleRoleDefaults.readPed(ped));
        assertThat(roles).containsExactly(Map.entry("ADM1059A1", SampleRole.FATHER),
                Map.entry("ADM1059A2", SampleRole.PROBAND), Map.entry("ADM1059A3", SampleRole.MOTHER));
    }

    @Test
    void unaffectedChildOfTheParentsIsASibling() {
        List<SampleRoleDefaults.PedEntry> ped = List.of(
                new SampleRoleDefaults.PedEntry("f", "dad", "0", "0", "1", "1"),
                new SampleRoleDefaults.PedEntry("f", "mum", "0", "0", "2", "1"),
                new SampleRoleDefaults.PedEntry("f", "kid1", "dad", "mum", "2", "2"),
                new SampleRoleDefaults.PedEntry("f", "kid2", "dad", "mum", "1", "1"));
        assertThat(SampleRoleDefaults.guess(List.of("kid1", "kid2", "mum", "dad"), ped)).containsExactly(
                Map.entry("kid1", SampleRole.PROBAND), Map.entry("kid2", SampleRole.SIBLING),
                Map.entry("mum", SampleRole.MOTHER), Map.entry("dad", SampleRole.FATHER));
    }

    @Test
    void tumourAndNormalFromTheSampleNames() {
        assertThat(SampleRoleDefaults.guess(List.of("TUMOR", "NORMAL"), List.of()))
                .containsExactly(Map.entry("TUMOR", SampleRole.TUMOUR), Map.entry("NORMAL", SampleRole.NORMAL));
        assertThat(SampleRoleDefaults.guess(List.of("PT01_N", "PT01_T"), List.of()))
                .containsExactly(Map.entry("PT01_N", SampleRole.NORMAL), Map.entry("PT01_T", SampleRole.TUMOUR));
        // a tumour named plainly: the other sample of the pair is its normal
        assertThat(SampleRoleDefaults.guess(List.of("case12-tumour", "case12-blood"), List.of()))
                .containsEntry("case12-tumour", SampleRole.TUMOUR).containsEntry("case12-blood", SampleRole.NORMAL);
    }

    @Test
    void singleUnknownSampleIsTheProband() {
        assertThat(SampleRoleDefaults.guess(List.of("HG002"), List.of()))
                .containsExactly(Map.entry("HG002", SampleRole.PROBAND));
        assertThat(SampleRoleDefaults.guess(List.of("S1", "S2"), List.of()))
                .containsExactly(Map.entry("S1", SampleRole.PROBAND), Map.entry("S2", SampleRole.OTHER));
    }

    @Test
    void caseIdIsSuggestedFromTheFileName() {
        assertThat(ImportDialogViewModel.suggestCaseId(Path.of("/data/643594.clinical.vcf.gz"))).isEqualTo("643594");
    }
}
