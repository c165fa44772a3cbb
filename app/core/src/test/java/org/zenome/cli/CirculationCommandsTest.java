package org.zenome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.qc.QcResult;
import org.zenome.store.CaseStore;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Meetings by circulation on the command line: an ineligible case is refused from the agenda (exit code 1, each
 * unmet condition named), the format change to circulation re-checks the agenda, {@code meeting check} flags a
 * case that became ineligible and {@code case sign-off} refuses it; a bad rules file is invalid input (exit 3).
 */
class CirculationCommandsTest {
    private static final String PW = "correct horse battery";
    private static final String HEADER = String.join("\n",
            "##fileformat=VCFv4.2",
            "##contig=<ID=chr12,length=133275309>",
            "##contig=<ID=chr17,length=83257441>",
            "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: "
                    + "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|"
                    + "CANONICAL|MAX_AF|REVEL\">",
            "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"ClinVar significance\">",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
            "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL");
    private static final String KRAS = "chr12\t25245350\t.\tC\tA\t60\tPASS\tCSQ=A|missense_variant|MODERATE|KRAS|ENSG0|"
            + "Transcript|ENST1|protein_coding|2/6||c.35G>T|p.Gly12Val|YES||\tGT:AD:DP\t0/1:30,20:50\t0/0:40,0:40";
    private static final String TP53 = "chr17\t7669691\t.\tC\tG\t60\tPASS\tCSQ=G|missense_variant|MODERATE|TP53|ENSG0|"
            + "Transcript|ENST05|protein_coding|7/11||c.700G>C|p.Val234Leu|YES||;CLNSIG=Pathogenic\tGT:AD:DP\t"
            + "0/1:25,24:49\t0/1:20,19:39";

    @TempDir
    Path dir;
    private String db;
    private InputStream stdin;
    private String out;
    private String err;

    @BeforeEach
    void saveStdin() {
        stdin = System.in;
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ZenomeCli.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int as(String user, String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        all[args.length + 2] = "--user";
        all[args.length + 3] = user;
        all[args.length + 4] = "--password-stdin";
        return run(PW + "\n", all);
    }

    private void importCase(String id, String... rows) throws Exception {
        Path vcf = dir.resolve(id + ".vcf");
        Files.writeString(vcf, HEADER + "\n" + String.join("\n", rows) + "\n");
        assertThat(run("", "import", "--db", db, "--case", id, "--build", "GRCh38", "--disease-area", "cancer",
                "--diagnosis", "lung adenocarcinoma", "--sample", "TUMOR=tumour", "--sample", "NORMAL=normal", "-q",
                vcf.toString())).as(err).isZero();
        // the sample QC found nothing wrong (as the QC stores its result)
        try (CaseStore s = SqliteCaseStore.open(Path.of(db))) {
            long pk = s.cases().find(id).orElseThrow().id();
            s.qc().save(pk, new QcResult(id, Instant.now(), "bio", "test", List.of(), List.of(), List.of(), List.of(),
                    List.of()));
        }
    }

    @Test
    void aMeetingByCirculationTakesOnlyEligibleCases() throws Exception {
        db = dir.resolve("circ.db").toString();
        importCase("C-G", KRAS, TP53);
        importCase("C-OK", KRAS);
        assertThat(run(PW + "\n", "user", "add", "--db", db, "--password-stdin", "--name", "Admin", "--role",
                "secretary", "admin")).as(err).isZero();
        assertThat(run(PW + "\n" + PW + "\n", "user", "add", "--db", db, "--user", "admin", "--password-stdin",
                "--role", "drug-therapy-physician", "--name", "Dr Chair", "chair")).as(err).isZero();
        assertThat(as("admin", "meeting", "create", "--at", "2026-12-10T17:00", "--format", "circulation", "--area",
                "cancer", "--chair", "chair")).as(err).isZero();
        String m = out.strip();

        // refused, naming the case and each unmet condition; nothing put on the agenda
        assertThat(as("admin", "meeting", "agenda", "--meeting", m, "--case", "C-G", "--history-supplied",
                "--treating-physician", "Dr Ito")).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).startsWith("zenome: case C-G cannot go on the agenda of meeting " + m + " by circulation "
                + "(rule cancer-circulation (zenome-circulation-2026.1)); unmet conditions:\n"
                + "  - no presumed germline finding or genetic-counselling referral: TP53 chr17:7669691 C>G "
                + "(presumed germline: ClinVar Pathogenic, in normal)\n"
                + "  - no secondary finding to disclose: TP53 chr17:7669691 C>G (ClinVar Pathogenic, unclassified, "
                + "acmg-sf-3.1, no consent recorded)\n");
        assertThat(err).doesNotContain("Exception");
        // the treating physician's information is part of the rule
        assertThat(as("admin", "meeting", "agenda", "--meeting", m, "--case", "C-OK")).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).contains("case C-OK cannot go on the agenda").contains(
                "  - treating physician's information supplied: no treating physician recorded on the agenda; "
                        + "treatment and family history not supplied\n");
        assertThat(as("admin", "meeting", "agenda", "--meeting", m, "--case", "C-OK", "--history-supplied",
                "--treating-physician", "Dr Ito")).as(err).isZero();
        assertThat(run("", "meeting", "show", "--db", db, "--meeting", m)).isZero();
        assertThat(out).contains("1. C-OK treating physician Dr Ito (treatment and family history supplied)\n"
                + "     circulation: eligible (rule cancer-circulation (zenome-circulation-2026.1), checked ")
                .doesNotContain("C-G");

        // the eligibility of any case, now, as TSV
        assertThat(run("", "meeting", "eligibility", "--db", db, "--meeting", m, "--case", "C-G")).isZero();
        assertThat(out.lines().toList()).hasSize(7).first().isEqualTo(
                "case_id\trules_version\trule\tcondition\tmet\tdetail");
        assertThat(out).contains("C-G\tzenome-circulation-2026.1\tcancer-circulation\tno-presumed-germline\tno\t"
                + "TP53 chr17:7669691 C>G (presumed germline: ClinVar Pathogenic, in normal)\n")
                .contains("C-G\tzenome-circulation-2026.1\tcancer-circulation\tqc-acknowledged\tyes\t\n");

        // changing an online meeting to circulation re-checks its agenda
        assertThat(as("admin", "meeting", "create", "--at", "2026-12-11T17:00", "--format", "online", "--area",
                "cancer", "--chair", "chair")).as(err).isZero();
        String online = out.strip();
        assertThat(as("admin", "meeting", "agenda", "--meeting", online, "--case", "C-G")).as(err).isZero();
        assertThat(as("admin", "meeting", "format", "--meeting", online, "--format", "circulation"))
                .isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).startsWith("zenome: case C-G cannot stay on the agenda of meeting " + online
                + " when it is held by circulation");
        assertThat(as("admin", "meeting", "format", "--meeting", online, "--format", "hybrid")).as(err).isZero();
        assertThat(out).isEqualTo("meeting " + online + " is hybrid\n");

        // a presumed germline decision during the circulation: flagged by the check, not signed off
        assertThat(as("admin", "case", "decide", "--case", "C-OK", "--finding", "chr12:25245350:C>A", "--label",
                "KRAS p.Gly12Val", "--outcome", "presumed-germline", "--rationale", "VAF 0.4", "--meeting", m))
                .as(err).isZero();
        assertThat(as("admin", "meeting", "check", "--meeting", m)).as(err).isZero();
        assertThat(out).contains("warning: case C-OK: not eligible for circulation: no presumed germline finding or "
                + "genetic-counselling referral: KRAS p.Gly12Val (decision: presumed germline)\n"
                + "circulation: case C-OK NOT eligible (rule cancer-circulation (zenome-circulation-2026.1))\n");
        assertThat(run("", "meeting", "show", "--db", db, "--meeting", m)).isZero();
        assertThat(out).contains("     circulation: NOT eligible (rule cancer-circulation")
                .contains("       unmet: no presumed germline finding or genetic-counselling referral: KRAS p.Gly12Val "
                        + "(decision: presumed germline)\n");
        assertThat(as("chair", "case", "sign-off", "--case", "C-OK", "--meeting", m)).isEqualTo(ZenomeCli.FAILURE);
        assertThat(err).startsWith("zenome: case C-OK cannot be signed off in meeting " + m + " by circulation");
        assertThat(run("", "audit", "log", "--db", db, "--case", "C-OK")).isZero();
        assertThat(out).contains("meeting.circulation.refused").doesNotContain("case.sign-off");
        assertThat(run("", "audit", "verify", "--db", db)).isZero();
    }

    @Test
    void aBadRulesFileBesideTheDatabaseIsInvalidInput() throws Exception {
        db = dir.resolve("rules.db").toString();
        importCase("C-OK", KRAS);
        assertThat(run(PW + "\n", "user", "add", "--db", db, "--password-stdin", "--name", "Admin", "--role",
                "secretary", "admin")).as(err).isZero();
        assertThat(run(PW + "\n" + PW + "\n", "user", "add", "--db", db, "--user", "admin", "--password-stdin",
                "--role", "drug-therapy-physician", "--name", "Dr Chair", "chair")).as(err).isZero();
        Path rules = dir.resolve("circulation-rules.json");
        Files.writeString(rules, "{\"version\": \"kita-1\", \"rules\": [{\"id\": \"k\", \"diseaseArea\": \"cancer\", "
                + "\"conditions\": [{\"condition\": \"no-vus\"}]}]}");
        assertThat(as("admin", "meeting", "create", "--at", "2026-12-10T17:00", "--format", "circulation", "--area",
                "cancer", "--chair", "chair")).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(err).startsWith("zenome: " + rules + ": rule 'k': unknown condition 'no-vus' (");
        // the hospital's rule in force once the file is right
        Files.writeString(rules, "{\"version\": \"kita-1\", \"rules\": [{\"id\": \"k\", \"diseaseArea\": \"cancer\", "
                + "\"conditions\": [{\"condition\": \"qc-acknowledged\"}]}]}");
        assertThat(as("admin", "meeting", "create", "--at", "2026-12-10T17:00", "--format", "circulation", "--area",
                "cancer", "--chair", "chair")).as(err).isZero();
        String m = out.strip();
        assertThat(as("admin", "meeting", "agenda", "--meeting", m, "--case", "C-OK")).as(err).isZero();
        assertThat(run("", "meeting", "show", "--db", db, "--meeting", m)).isZero();
        assertThat(out).contains("circulation: eligible (rule k (kita-1)");
    }
}
