package org.zenome.report;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.zenome.cli.ZenomeCli;

/**
 * The main flows of the command line in a JVM where every connection (and every name look-up) to anything but
 * loopback is refused and recorded by a JVM-wide guard, for {@link NoOutboundNetworkTest}. Prints
 * {@code FLOW name exit} per flow and {@code VIOLATION host:port} per attempt; exits 0 only when every flow ended as
 * expected and nothing tried to leave the machine. With {@code --probe} it only tries two outbound connections (to
 * show the guard sees them; the guard refuses them before any packet is sent).
 */
public final class NetworkGuardChild {
    private NetworkGuardChild() {
    }

    /** Refuses and records non-loopback connects and look-ups; allows everything else. */
    static final class Guard extends SecurityManager {
        final List<String> violations = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void checkPermission(Permission perm) {
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
        }

        @Override
        public void checkConnect(String host, int port) {
            check(host, port);
        }

        @Override
        public void checkConnect(String host, int port, Object context) {
            check(host, port);
        }

        private void check(String host, int port) {
            String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
                return;
            }
            StackTraceElement[] st = new Throwable().getStackTrace();
            if (port == -1 && ownHostName(st)) {
                return; // the JDK's font set-up (AWT charts) resolves the machine's own name: no data leaves it
            }
            StringBuilder where = new StringBuilder();
            for (int i = 2; i < Math.min(st.length, 14); i++) {
                where.append(" < ").append(st[i]);
            }
            violations.add(h + ":" + port + where);
            throw new SecurityException("outbound connection refused by the test guard: " + h + ":" + port);
        }
    }

    /** True when the look-up is InetAddress.getLocalHost() resolving this machine's own name. */
    static boolean ownHostName(StackTraceElement[] st) {
        for (StackTraceElement e : st) {
            if (e.getClassName().equals("java.net.InetAddress") && e.getMethodName().equals("getLocalHost")) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Guard guard = new Guard();
        System.setSecurityManager(guard);
        boolean ok = true;
        if (args.length > 1 && args[1].equals("--probe")) {
            try (java.net.Socket s = new java.net.Socket("192.0.2.1", 80)) {
                System.out.println("PROBE connected?!");
            } catch (SecurityException | java.io.IOException e) {
                System.out.println("PROBE socket " + e.getClass().getSimpleName());
            }
            try {
                InetAddress.getByName("example.org");
            } catch (SecurityException | java.io.IOException e) {
                System.out.println("PROBE lookup " + e.getClass().getSimpleName());
            }
        } else {
            ok = flows(dir);
        }
        guard.violations.forEach(v -> System.out.println("VIOLATION " + v));
        System.out.flush();
        System.exit(ok && guard.violations.isEmpty() ? 0 : 10);
    }

    private static boolean flows(Path dir) throws Exception {
        boolean ok = true;
        Path demo = dir.resolve("demo");
        ok &= flow("demo", 0, "demo", "--out", demo.toString());
        Path db = dir.resolve("demo.db");
        ok &= flow("import-trio", 0, "import", "-q", "--db", db.toString(), "--case", "DEMO-TRIO", "--ped",
                demo.resolve(org.zenome.demo.DemoCaseGenerator.TRIO_PED).toString(),
                demo.resolve(org.zenome.demo.DemoCaseGenerator.TRIO_VCF).toString());
        ok &= flow("reference-set", 0, "reference", "set", "--db", db.toString(), "--build", "GRCh38", "--fasta",
                demo.resolve(org.zenome.demo.DemoCaseGenerator.REFERENCE).toString());
        ok &= flow("variants", 0, "variants", "--db", db.toString(), "--case", "DEMO-TRIO", "--limit", "5");
        ok &= flow("validate", 0, "validate", demo.resolve(org.zenome.demo.DemoCaseGenerator.TRIO_VCF).toString());
        ok &= flow("acmg", 0, "acmg", "PVS1", "PM2_Supporting");
        ok &= flow("plugins", 0, "plugins");
        ok &= flow("backup", 0, "backup", "--db", db.toString(), "--to", dir.resolve("backups").toString());
        ok &= flow("audit", 0, "audit", "verify", "--db", db.toString());
        Path pass = Files.writeString(dir.resolve("passphrase.txt"), "network guard passphrase\n");
        ok &= flow("backup-encrypted", 0, "backup", "--db", db.toString(), "--to", dir.resolve("encrypted").toString(),
                "--encrypt", "--passphrase-file", pass.toString());

        Path reports = Files.createDirectories(dir.resolve("reports"));
        TestCases.store(reports).close();
        String rdb = reports.resolve("zenome.db").toString();
        ok &= flow("report-issue", 0, "report", "--db", rdb, "--case", TestCases.CANCER, "--template", "cancer",
                "--lang", "ja", "--out", dir.resolve("r.pdf").toString(), "--issuer", "Dr Net");
        ok &= flow("report-draft", 0, "report", "--db", rdb, "--case", TestCases.RARE, "--template",
                "rare-disease", "--lang", "en", "--out", dir.resolve("d.pdf").toString());
        ok &= flow("export-fhir", 0, "export", "--db", rdb, "--case", TestCases.CANCER, "--format", "fhir", "--out",
                dir.resolve("f.json").toString());
        ok &= flow("export-phenopacket", 0, "export", "--db", rdb, "--case", TestCases.RARE, "--format",
                "phenopacket", "--out", dir.resolve("p.json").toString(), "--deidentified");
        return ok;
    }

    private static boolean flow(String name, int expected, String... args) {
        int code = ZenomeCli.run(args);
        System.out.println("FLOW " + name + " " + code);
        return code == expected;
    }
}
