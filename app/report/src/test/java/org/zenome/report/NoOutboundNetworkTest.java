package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No outbound connection at run time: the main command-line flows (demo data with reads, import with PED,
 * reference, queries, validation, ACMG, plugins, backup, audit, report issue and draft, FHIR and de-identified
 * Phenopacket export) run in a child JVM whose JVM-wide guard refuses and records every connection and name
 * look-up to anything but loopback. The desktop (login, demo cases, genome browser in a WebView, presenter view) runs
 * under the same kind of guard in app/desktop's {@code DesktopNoOutboundNetworkTest}: WebKit's loader is Java's
 * HTTP client, so the guard sees the WebView's requests too.
 */
class NoOutboundNetworkTest {
    @TempDir
    Path dir;

    @Test
    void theMainFlowsOpenNoConnectionBeyondLoopback() throws Exception {
        Run r = child(dir);
        assertThat(r.lines).filteredOn(l -> l.startsWith("FLOW ")).hasSize(13)
                .allSatisfy(l -> assertThat(l).as("flow exit").endsWith(" 0"));
        assertThat(r.lines).filteredOn(l -> l.startsWith("VIOLATION ")).isEmpty();
        assertThat(r.exit).as(String.join("\n", r.lines)).isZero();
    }

    @Test
    void theGuardSeesAnAttempt() throws Exception {
        Run r = child(dir, "--probe");
        assertThat(r.lines).contains("PROBE socket SecurityException", "PROBE lookup SecurityException");
        assertThat(r.lines).filteredOn(l -> l.startsWith("VIOLATION ")).hasSize(2)
                .anyMatch(l -> l.startsWith("VIOLATION 192.0.2.1:80"))
                .anyMatch(l -> l.startsWith("VIOLATION example.org:-1"));
        assertThat(r.exit).isEqualTo(10);
    }

    record Run(int exit, List<String> lines) {
    }

    private static Run child(Path dir, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.security.manager=allow", "-cp", System.getProperty("java.class.path"),
                NetworkGuardChild.class.getName(), dir.toString()));
        cmd.addAll(List.of(extra));
        Path out = dir.resolve("child-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readAllLines(out));
    }
}
