package org.zenome.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates for TLS tests, made with the JDK's keytool (no openssl binary, no extra library): a root CA, a server
 * certificate it signs for {@code localhost}, and the server's private key as the unencrypted PKCS#8 PEM file
 * PostgreSQL reads.
 */
public final class TestCertificates {
    private static final String PASS = "test-only";

    /** The files of one root and one server certificate. */
    public record Server(Path rootCertificate, Path certificate, Path key) {
    }

    private TestCertificates() {
    }

    /** A root CA named {@code rootName} in {@code dir} (its certificate as PEM: {@code <alias>.crt}). */
    public static Path root(Path dir, String alias, String rootName) throws IOException {
        Path store = dir.resolve(alias + ".p12");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + rootName,
                "-ext", "bc:c", "-startdate", "-1d", "-validity", "3", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", PASS);
        Path crt = dir.resolve(alias + ".crt");
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", PASS,
                "-file", crt.toString());
        return crt;
    }

    /** A server certificate for {@code host} (a DNS name) signed by a new root CA, with its key. */
    public static Server server(Path dir, String host) throws IOException {
        Path root = root(dir, "root", "Zenome Test Root");
        Path store = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + host,
                "-startdate", "-1d", "-validity", "3", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", PASS);
        Path csr = dir.resolve("server.csr");
        keytool("-certreq", "-alias", "server", "-keystore", store.toString(), "-storepass", PASS, "-file",
                csr.toString());
        Path crt = dir.resolve("server.crt");
        keytool("-gencert", "-alias", "root", "-keystore", dir.resolve("root.p12").toString(), "-storepass", PASS,
                "-infile", csr.toString(), "-outfile", crt.toString(), "-rfc", "-ext", "SAN=dns:" + host,
                "-startdate", "-1d", "-validity", "3");
        Path key = dir.resolve("server.key");
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASS.toCharArray());
            PrivateKey pk = (PrivateKey) ks.getKey("server", PASS.toCharArray());
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pk.getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.writeString(key, pem, StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the test key store: " + e.getMessage(), e);
        }
        // PostgreSQL refuses a key that others may read
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        return new Server(root, crt, key);
    }

    private static void keytool(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
