package org.zenome.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No outbound connection from the desktop: {@link DesktopNetworkGuardChild} runs login, the demo cases, the genome
 * browser with reads and the presenter view in a child JVM under a JVM-wide guard (headless Monocle, a real
 * WebView with igv.js), then probes the guard. One child run serves every test here.
 */
class DesktopNoOutboundNetworkTest {
    @TempDir
    static Path dir;
    private static int exit;
    private static List<String> lines;

    @BeforeAll
    static void runChild() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.security.manager=allow", "-Dfile.encoding=UTF-8", "-Duser.home=" + dir, "-Dheadless.geometry=1600x1000-32"));
        for (String p : List.of("testfx.robot", "testfx.headless", "prism.order", "glass.platform", "monocle.platform",
                "prism.text", "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), DesktopNetworkGuardChild.class.getName(),
                dir.toString()));
        Path out = dir.resolve("child.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(8, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
        }
        exit = p.exitValue();
        lines = Files.readAllLines(out);
        lines.stream().filter(l -> l.startsWith("STEP ") || l.startsWith("STATE ") || l.startsWith("PROBE ") || l.startsWith("FAILED ")
                || l.startsWith("VIOLATION ")).forEach(System.out::println);
    }

    private static List<String> violations(String phase) {
        return lines.stream().filter(l -> l.startsWith("VIOLATION " + phase + " ")).toList();
    }

    @Test
    void theDesktopFlowsOpenNoConnectionBeyondLoopback() {
        assertThat(exit).as(String.join("\n", lines)).isZero();
        assertThat(lines).contains("STEP login ok", "STEP demo-cases ok", "STEP browser-reads ok",
                "STEP presenter-browser ok");
        for (String phase : List.of("start", "login", "demo", "browser", "presenter", "flows-done")) {
            assertThat(violations(phase)).as("connections beyond loopback during " + phase).isEmpty();
        }
    }

    @Test
    void theBrowserPageCannotReachARemoteHost() {
        assertThat(exit).as(String.join("\n", lines)).isZero();
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("PROBE page-blocked-by-policy [4-9]\\d*"));
        assertThat(lines).contains("PROBE page-violations 0", "PROBE navigation-returned true true",
                "PROBE navigation-refused-logged true");
        assertThat(violations("probe-page")).isEmpty();
        assertThat(violations("probe-navigation")).as("a navigation away is cancelled before any look-up").isEmpty();
    }

    @Test
    void theGuardSeesWebViewTraffic() {
        assertThat(exit).as(String.join("\n", lines)).isZero();
        assertThat(violations("probe-bare-webview")).isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("example.org"))
                .anySatisfy(v -> assertThat(v).contains("java.net.http")); // WebKit's loader is Java's HTTP client
    }
}
