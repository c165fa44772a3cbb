package org.zenome.report;

import java.nio.file.Path;
import org.zenome.cli.ZenomeCli;

/**
 * Issues corrected versions of the cancer report one after another in one JVM (through the real command line),
 * printing {@code CHILD-ISSUED N} after each, until it is killed: the kill test's child.
 */
public final class ReportCliChild {
    private ReportCliChild() {
    }

    public static void main(String[] args) {
        String db = args[0];
        Path outDir = Path.of(args[1]);
        int first = Integer.parseInt(args[2]);
        for (int attempt = first; attempt < first + 1000; attempt++) {
            java.util.List<String> cli = new java.util.ArrayList<>(java.util.List.of("report", "--db", db, "--case",
                    TestCases.CANCER, "--template", "cancer", "--lang", "en", "--out",
                    outDir.resolve("attempt-" + attempt + ".pdf").toString(), "--issuer", "Dr Report"));
            if (attempt > 1) {
                cli.addAll(java.util.List.of("--reason", "correction " + attempt, "--change", "item " + attempt));
            }
            int code = ZenomeCli.run(cli.toArray(String[]::new));
            if (code != 0) {
                System.exit(code);
            }
            System.out.println("CHILD-ISSUED " + attempt);
            System.out.flush();
        }
    }
}
