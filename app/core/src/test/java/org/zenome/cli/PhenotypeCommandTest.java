package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.phenotype.HpoData;

/** {@code zenome phenotype ...} end to end: real HPO files, a real trio imported into a real database. */
class PhenotypeCommandTest {
    private static final Path SCOUT = Path.of(System.getProperty("zenome.shared.data", "../../../shared/data"),
            "scout_demo_trio_643594");

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void installAddListAndRankGenesOfATrio() throws Exception {
        HpoData.assume();
        String db = dir.resolve("z.db").toString();
        Result imp = run("import", "--db", db, "--case", "T1", "--ped", SCOUT.resolve("643594.ped").toString(),
                "--disease-area", "rare-disease", SCOUT.resolve("643594.clinical.vcf.gz").toString());
        assertThat(imp.code()).as(imp.err()).isZero();

        // before installation the features are not offered
        Result none = run("phenotype", "search", "--db", db, "seizure");
        assertThat(none.code()).isEqualTo(ZenomeCli.FAILURE);
        assertThat(none.err()).contains("no HPO files are installed");

        Result inst = run("phenotype", "install", "--db", db, "--ontology", HpoData.OBO.toString(), "--diseases",
                HpoData.DISEASES.toString(), "--genes", HpoData.GENES.toString(), "--user", "admin");
        assertThat(inst.code()).as(inst.err()).isZero();
        assertThat(inst.out().lines().toList()).hasSize(4).first().isEqualTo("kind\tname\tversion\tsha256");
        assertThat(inst.out()).contains("ontology\thp_2017-04-13.obo.gz\t2017-04-13\t")
                .contains("diseases\thpo_annotations_build117_2017-02-24_phenotype_annotation.tab.gz\t2017-02-24\t");

        Result search = run("phenotype", "search", "--db", db, "--limit", "3", "seizures");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out().lines().skip(1).findFirst().orElseThrow()).startsWith("HP:0001250\tSeizures\t");

        Result add = run("phenotype", "add", "--db", db, "--case", "T1", "--onset", "HP:0003593", "--user", "tanaka",
                "HP:0001250", "Global developmental delay");
        assertThat(add.code()).as(add.err()).isZero();
        Result excl = run("phenotype", "add", "--db", db, "--case", "T1", "--excluded", "--user", "tanaka",
                "HP:0000365");
        assertThat(excl.code()).as(excl.err()).isZero();
        Result bad = run("phenotype", "add", "--db", db, "--case", "T1", "Not a feature at all");
        assertThat(bad.code()).isEqualTo(ZenomeCli.USAGE);
        assertThat(bad.err()).contains("'Not a feature at all' is neither an HPO id");

        Result list = run("phenotype", "list", "--db", db, "--case", "T1");
        assertThat(list.code()).as(list.err()).isZero();
        List<String> rows = list.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("term_id\tlabel\texcluded\tonset_id\tonset_label\tnote\tadded_by\tadded_at");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("HP:0001250\tSeizures\tno\tHP:0003593\tInfantile onset\t\ttanaka\t");
        assertThat(rows.get(2)).startsWith("HP:0001263\tGlobal developmental delay\tno\t");
        assertThat(rows.get(3)).startsWith("HP:0000365\tHearing impairment\tyes\t");
        // the releases are recorded on the case
        assertThat(list.err()).contains("# ontology: hp_2017-04-13.obo.gz (2017-04-13)");

        Result genes = run("phenotype", "genes", "--db", db, "--case", "T1", "--limit", "10");
        assertThat(genes.code()).as(genes.err()).isZero();
        List<String> g = genes.out().lines().toList();
        assertThat(g.get(0)).isEqualTo("rank\tgene\tscore\tbest_disease\tdisease_name\tinheritance");
        assertThat(g).hasSizeGreaterThan(2);
        double first = Double.parseDouble(g.get(1).split("\t")[2]);
        double last = Double.parseDouble(g.get(g.size() - 1).split("\t")[2]);
        assertThat(first).isGreaterThan(0).isGreaterThanOrEqualTo(last);

        Result rm = run("phenotype", "remove", "--db", db, "--case", "T1", "HP:0000365");
        assertThat(rm.code()).as(rm.err()).isZero();
        assertThat(run("phenotype", "list", "--db", db, "--case", "T1").out().lines().count()).isEqualTo(3);

        // every change is in the audit log
        Result audit = run("audit", "log", "--db", db, "--case", "T1");
        assertThat(audit.out()).contains("phenotype.add").contains("phenotype.remove");
    }

    @Test
    void aBadAnnotationFileIsInvalidInputAndNothingIsInstalled() throws Exception {
        HpoData.assume();
        String db = dir.resolve("z.db").toString();
        Path bad = dir.resolve("genes_to_phenotype.txt");
        Files.writeString(bad, "ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id\n"
                + "2200\tFBN1\tHP:X\tArachnodactyly\t-\tOMIM:154700\n");
        Result r = run("phenotype", "install", "--db", db, "--ontology", HpoData.OBO.toString(), "--genes",
                bad.toString());
        assertThat(r.code()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(r.err()).contains(bad + " line 2").contains("'HP:X' is not an HPO id");
        Result files = run("phenotype", "files", "--db", db);
        assertThat(files.out().lines().toList()).containsExactly("kind\tname\tversion\tpath\tsha256");
    }
}
