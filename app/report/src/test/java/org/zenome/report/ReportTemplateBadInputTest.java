package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zenome.cli.ZenomeCli;

/**
 * A hospital-edited copy of the report templates that is broken: {@code zenome report --templates DIR} refuses with
 * exit 3 and one message naming the template file and the problem, writes no PDF and stores no report version (the
 * cancer case is signed off and the run gives a reason and a change, so a working template would store a version). Adds its rows to
 * {@code target/other-inputs-report.tsv} of this module.
 */
class ReportTemplateBadInputTest {
    private static final Path SHIPPED = Path.of("..", "..", "reports-templates").toAbsolutePath().normalize();
    private static final List<String> REPORT = new ArrayList<>();

    @TempDir
    static Path work;
    static Path db;

    record Case(String name, String file, Edit edit) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Edit {
        void apply(Path file) throws IOException;
    }

    @BeforeAll
    static void signedOffCase() throws Exception {
        TestCases.store(work).close();
        db = work.resolve("zenome.db");
        // version 1 issued with the shipped templates: every case below would store a corrected version 2
        ReportCliTest.Run v1 = ReportCliTest.run("report", "--db", db.toString(), "--case", TestCases.CANCER,
                "--template", "cancer", "--lang", "ja", "--out", work.resolve("v1.pdf").toString(), "--issuer", "報告医");
        assertThat(v1.code()).as(v1.err()).isZero();
        REPORT.add("kind\tcase\texit\tmessage\tresult");
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("Pebble block not closed", "cancer/report.html",
                        f -> replace(f, "{% endblock %}", "")),
                new Case("unknown Pebble filter", "cancer/report.html",
                        f -> replace(f, "{{ tmb }}", "{{ tmb | nosuchfilter }}")),
                new Case("include of a missing section", "cancer/report.html",
                        f -> replace(f, "common/sections/panel.html", "common/sections/panel-old.html")),
                new Case("HTML that is not XHTML (unclosed tag)", "common/layout.html",
                        f -> replace(f, "</body>", "<p>draft<br></p></body>")),
                new Case("messages with a broken unicode escape", "common/messages_ja.properties",
                        f -> Files.writeString(f, "section.findings=\\uZZZZ\n", StandardOpenOptionAppend.OPTS)),
                new Case("messages saved as Shift_JIS", "cancer/messages_ja.properties",
                        f -> Files.write(f, Files.readString(f, StandardCharsets.UTF_8)
                                .getBytes(Charset.forName("Shift_JIS")))),
                new Case("institution.properties saved as Shift_JIS", "institution.properties",
                        f -> Files.write(f, "name=京都大学病院\nname.ja=京都大学病院\n".getBytes(Charset.forName("Shift_JIS")))),
                new Case("logo that is not an image", "common/logo.png",
                        f -> Files.writeString(f, "not a picture\n")),
                new Case("template.properties with an unknown kind", "cancer/template.properties",
                        f -> Files.writeString(f, "kind=oncology\n")),
                new Case("report.html deleted", "cancer/report.html", Files::delete),
                new Case("layout.html deleted (not a templates folder)", "common/layout.html", Files::delete));
    }

    /** Files.writeString append options. */
    private static final class StandardOpenOptionAppend {
        static final java.nio.file.OpenOption[] OPTS = {java.nio.file.StandardOpenOption.APPEND};
    }

    private static void replace(Path f, String from, String to) throws IOException {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(s).as(f + " contains " + from).contains(from);
        Files.writeString(f, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenTemplateIsRefusedAndNothingIsIssued(Case c) throws Exception {
        Path copy = work.resolve("templates-" + Math.abs(c.name().hashCode()));
        copyTree(SHIPPED, copy);
        c.edit().apply(copy.resolve(c.file()));
        Path out = work.resolve(copy.getFileName() + ".pdf");
        String before = snapshot(db);
        ReportCliTest.Run r = ReportCliTest.run("report", "--db", db.toString(), "--case", TestCases.CANCER,
                "--template", "cancer", "--lang", "ja", "--out", out.toString(), "--templates", copy.toString(),
                "--issuer", "報告医 一郎", "--reason", "テンプレート変更", "--change", "ロゴ");
        List<String> err = r.err().lines().toList();
        boolean ok = r.code() == ZenomeCli.INVALID_INPUT && r.err().contains(copy.toString())
                && !r.err().contains("Exception") && !Files.exists(out);
        REPORT.add("report template\t" + c.name() + "\t" + r.code() + "\t" + String.join(" | ", err).replace('\t', ' ')
                + "\t" + (ok ? "as expected" : "WRONG"));
        assertThat(r.code()).as(r.err() + r.out()).isEqualTo(ZenomeCli.INVALID_INPUT);
        assertThat(err).hasSize(1);
        assertThat(err.get(0)).startsWith("zenome: " + copy).doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
        assertThat(snapshot(db)).as("no report version stored").isEqualTo(before);
    }

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "other-inputs-report.tsv"), REPORT, StandardCharsets.UTF_8);
    }

    /** Every row of every table, to compare before and after. */
    private static String snapshot(Path file) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (java.sql.ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (java.sql.ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid")) {
                    int n = rs.getMetaData().getColumnCount();
                    sb.append(t).append('\n');
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
