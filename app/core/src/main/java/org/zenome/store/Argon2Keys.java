package org.zenome.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A 256-bit key from an administrator's passphrase with Argon2id (Bouncy Castle), for encrypted backups and
 * encrypted stores. Parameters read from a file are bounded by the callers (memory at most 1 GiB, 20 passes).
 */
public final class Argon2Keys {
    /** The parameters new keys use: 64 MiB, 3 passes, 1 lane (about a second on a workstation). */
    public static final int MEMORY_KIB = 64 * 1024;
    public static final int PASSES = 3;
    public static final int MAX_MEMORY_KIB = 1024 * 1024;
    public static final int MAX_PASSES = 20;

    private Argon2Keys() {
    }

    /** The 32-byte key; the caller clears it after use. */
    public static byte[] derive(char[] passphrase, byte[] salt, int memoryKiB, int passes) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKiB)
                .withIterations(passes).withParallelism(1).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] master = new byte[32];
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] pass = new byte[bytes.remaining()];
        bytes.get(pass);
        try {
            gen.generateBytes(pass, master);
            return master;
        } finally {
            Arrays.fill(pass, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}
