package org.zenome.panel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.store.CaseStore;

/** A real SQLite store with users and small imported cases, for the panel tests. */
final class PanelFixture {
    static final char[] PASSWORD = "correct horse battery".toCharArray();

    /** Cheap Argon2id parameters to keep the tests fast (the production cost is tested in AccountsTest). */
    static final Passwords CHEAP = new Passwords(1024, 1);

    private PanelFixture() {
    }

    /** A tiny single-sample VCF (GRCh38) with two BRCA2 findings. */
    static Path vcf(Path dir, String name) throws IOException {
        Path f = dir.resolve(name + ".vcf");
        Files.writeString(f, String.join("\n",
                "##fileformat=VCFv4.2",
                "##contig=<ID=chr13,length=114364328>",
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + name,
                "chr13\t32316461\t.\tG\tA\t50\tPASS\t.\tGT\t0/1",
                "chr13\t32319077\t.\tC\tT\t60\tPASS\t.\tGT\t0/1", ""));
        return f;
    }

    static void importCase(CaseStore store, Path dir, String caseId, String actor) throws Exception {
        new CaseImporter(store, "test", actor).importVcf(new ImportRequest(caseId, DiseaseArea.CANCER, "",
                vcf(dir, caseId), null, Map.of(), GenomeBuild.GRCh38, false), ImportListener.NONE);
    }

    /** Users covering every cancer role; "chair" is a drug-therapy physician, "sec" the secretary. */
    static Accounts users(CaseStore store) {
        Accounts a = new Accounts(store.users(), CHEAP);
        User admin = a.createFirstAdministrator("admin", "Administrator", PASSWORD);
        a.createUser(admin, "sec", "Sato Secretary", EnumSet.of(PanelRole.SECRETARY), PASSWORD);
        a.createUser(admin, "chair", "Dr Chair", EnumSet.of(PanelRole.DRUG_THERAPY_PHYSICIAN), PASSWORD);
        a.createUser(admin, "gen", "Dr Geneticist", EnumSet.of(PanelRole.CLINICAL_GENETICIST), PASSWORD);
        a.createUser(admin, "gc", "Counsellor", EnumSet.of(PanelRole.GENETIC_COUNSELLOR), PASSWORD);
        a.createUser(admin, "path", "Dr Pathologist", EnumSet.of(PanelRole.PATHOLOGIST), PASSWORD);
        a.createUser(admin, "mol", "Molecular Expert", EnumSet.of(PanelRole.MOLECULAR_GENETICIST), PASSWORD);
        a.createUser(admin, "bio", "Bioinformatician", EnumSet.of(PanelRole.BIOINFORMATICIAN), PASSWORD);
        return a;
    }
}
