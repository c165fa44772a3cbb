package org.zenome.ui.network;

import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A JVM-wide guard for the no-outbound-connection tests: every socket connection and every name look-up to anything
 * but loopback is refused (before a packet is sent) and recorded with the phase of the run and where it came from.
 * JavaFX WebView's loader (WebKit's network layer is Java: {@code com.sun.webkit.network}, over
 * {@code java.net.http}) goes through the same checks, so igv.js in the genome browser is covered too.
 */
final class NetworkGuard extends SecurityManager {
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    volatile String phase = "start";

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

    /** Violations recorded in the given phase. */
    List<String> in(String p) {
        synchronized (violations) {
            return violations.stream().filter(v -> v.startsWith(p + " ")).toList();
        }
    }

    static boolean loopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    private void check(String host, int port) {
        if (loopback(host)) {
            return;
        }
        StackTraceElement[] st = new Throwable().getStackTrace();
        for (StackTraceElement e : st) {
            if (port == -1 && e.getClassName().equals("java.net.InetAddress") && e.getMethodName().equals("getLocalHost")) {
                return; // the JDK's font and AWT set-up resolve the machine's own name: nothing leaves it
            }
        }
        StringBuilder where = new StringBuilder();
        for (int i = 2; i < Math.min(st.length, 24); i++) {
            where.append(" < ").append(st[i]);
        }
        violations.add(phase + " " + host + ":" + port + where);
        throw new SecurityException("outbound connection refused by the test guard: " + host + ":" + port);
    }
}
