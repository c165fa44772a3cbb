package org.zenome.phenotype;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.config.DataDirectories;

/**
 * A compact copy of the loaded HPO knowledge (terms, labels, synonyms, definitions, parents, annotations,
 * information content), so that a command or the desktop need not parse the ontology again: one file per set of
 * source files, named and keyed by the SHA-256 of every source file and the format version, written atomically.
 * A cache whose key or format differs is not used (the files changed); a damaged one (bad checksum, cut short,
 * unreadable) is refused with a warning, deleted and rebuilt from the files. See docs/adr/phenotype-ontology.md.
 *
 * <p>File layout: {@code ZENOME-HPO-CACHE} (16 bytes), format (int), key (UTF), payload length (long), the
 * deflated payload, and the SHA-256 of the deflated payload (32 bytes).
 */
public final class HpoCache {
    /** The cache folder (a path), or {@code off} to read the files every time. */
    public static final String PROPERTY = "zenome.hpo.cache";
    /** Bumped whenever the payload layout or what it holds changes; older caches are then rebuilt. */
    static final int FORMAT = 1;
    private static final byte[] MAGIC = "ZENOME-HPO-CACHE".getBytes(StandardCharsets.US_ASCII);
    private static final int END = 0x454E4421;
    private static final int KEEP = 4;
    private static final Logger LOG = LoggerFactory.getLogger(HpoCache.class);

    private final Path dir;

    public HpoCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /**
     * The cache of this user: the folder of {@value #PROPERTY} when set, else {@code cache/hpo} in the user data
     * directory; null (no cache) when the property is {@code off}.
     */
    public static HpoCache standard() {
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) {
            return "off".equalsIgnoreCase(p.trim()) ? null : new HpoCache(Path.of(p.trim()));
        }
        return new HpoCache(DataDirectories.dataDirectory().resolve("cache").resolve("hpo"));
    }

    public Path directory() {
        return dir;
    }

    /** One source file with its checksum now. */
    public record Source(String kind, Path path, String sha256, long size) {
        static Source of(String kind, Path file) throws PhenotypeDataException {
            Path abs = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(abs)) {
                throw new PhenotypeDataException(file + ": no such file");
            }
            try {
                return new Source(kind, abs, org.zenome.plugin.VcfSites.sha256(abs), Files.size(abs));
            } catch (IOException e) {
                throw new PhenotypeDataException(file + ": cannot read: " + e.getMessage(), e);
            }
        }
    }

    /** What the cache of these sources must say it holds. */
    static String key(List<Source> sources) {
        StringBuilder b = new StringBuilder("zenome-hpo-cache format ").append(FORMAT).append('\n');
        for (Source s : sources) {
            b.append(s.kind()).append(' ').append(s.sha256()).append(' ').append(s.size()).append('\n');
        }
        return b.toString();
    }

    /** The cache file of these sources. */
    public Path file(List<Source> sources) {
        return dir.resolve("hpo-" + sha256(key(sources).getBytes(StandardCharsets.UTF_8)).substring(0, 24)
                + ".cache");
    }

    /**
     * The cached knowledge of these sources, or empty when there is none, it is stale, or it is damaged (then it is
     * deleted, with a warning, so that the caller rebuilds it).
     */
    Optional<HpoSnapshot> read(List<Source> sources) {
        Path f = file(sources);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        byte[] all;
        try {
            all = Files.readAllBytes(f);
        } catch (IOException e) {
            LOG.warn("HPO cache {} cannot be read ({}); reading the HPO files", f, e.toString());
            return Optional.empty();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not a Zenome HPO cache");
            }
            int format = in.readInt();
            String key = in.readUTF();
            if (format != FORMAT || !key.equals(key(sources))) {
                LOG.info("HPO cache {} is of other files or another format; rebuilding it", f);
                return Optional.empty();
            }
            long length = in.readLong();
            int start = all.length - in.available();
            if (length < 0 || start + length + 32 != all.length) {
                throw new IOException("cut short or extended: " + all.length + " bytes");
            }
            byte[] digest = Arrays.copyOfRange(all, (int) (start + length), all.length);
            if (!Arrays.equals(digest, digest(all, start, (int) length))) {
                throw new IOException("checksum mismatch");
            }
            DataInputStream payload = new DataInputStream(new BufferedInputStream(new InflaterInputStream(
                    new ByteArrayInputStream(all, start, (int) length)), 1 << 16));
            return Optional.of(new Reader(payload).snapshot(sources));
        } catch (IOException | RuntimeException e) {
            LOG.warn("HPO cache {} is damaged ({}); it is deleted and rebuilt from the HPO files", f, e.getMessage());
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // the rebuild replaces it
            }
            return Optional.empty();
        }
    }

    /** Writes the cache of these sources (atomically); a failure is a warning, the knowledge stays usable. */
    void write(List<Source> sources, HpoSnapshot s) {
        Path f = file(sources);
        Path tmp = null;
        try {
            ByteArrayOutputStream deflated = new ByteArrayOutputStream(1 << 22);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new DeflaterOutputStream(deflated, deflater, 1 << 16), 1 << 16))) {
                new Writer(out).write(s);
            } finally {
                deflater.end();
            }
            byte[] payload = deflated.toByteArray();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "hpo-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.write(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(key(sources));
                out.writeLong(payload.length);
                out.write(payload);
                out.write(digest(payload, 0, payload.length));
            }
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune(f);
        } catch (IOException | RuntimeException e) {
            LOG.warn("HPO cache {} cannot be written ({}); the HPO files will be read again next time", f,
                    e.toString());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /** Keeps the few most recent caches (several stores may use several releases). */
    private void prune(Path keep) throws IOException {
        List<Path> caches = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "hpo-*.cache")) {
            ds.forEach(caches::add);
        }
        if (caches.size() <= KEEP) {
            return;
        }
        Map<Path, Long> times = new HashMap<>();
        for (Path p : caches) {
            times.put(p, p.equals(keep) ? Long.MAX_VALUE : Files.getLastModifiedTime(p).toMillis());
        }
        caches.sort(Comparator.comparingLong((Path p) -> times.get(p)).reversed());
        for (Path old : caches.subList(KEEP, caches.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static byte[] digest(byte[] b, int off, int len) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(b, off, len);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] b) {
        return HexFormat.of().formatHex(digest(b, 0, b.length));
    }

    /** Strings once each (ids repeat thousands of times), then by number. */
    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> pool = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(HpoSnapshot s) throws IOException {
            out.writeInt(s.files().size());
            for (PhenotypeFile f : s.files()) {
                str(f.kind());
                str(f.version());
                str(f.sha256());
                out.writeLong(f.size());
            }
            str(s.root());
            out.writeInt(s.terms().size());
            for (HpoTerm t : s.terms()) {
                str(t.id());
                str(t.label());
                str(t.definition());
                strings(t.synonyms());
                out.writeBoolean(t.obsolete());
            }
            map(s.primaryIds());
            out.writeInt(s.parents().size());
            for (Map.Entry<String, List<String>> e : s.parents().entrySet()) {
                str(e.getKey());
                strings(e.getValue());
            }
            out.writeInt(s.diseases().size());
            for (Disease d : s.diseases().values()) {
                str(d.id());
                str(d.name());
                strings(d.features());
                strings(d.excluded());
                strings(d.inheritance());
                strings(d.onset());
                map(d.frequency());
            }
            sets(s.geneFeatures());
            sets(s.geneDiseases());
            map(s.ncbiIds());
            out.writeInt(s.ic().size());
            for (Map.Entry<String, Double> e : s.ic().entrySet()) {
                str(e.getKey());
                out.writeLong(Double.doubleToRawLongBits(e.getValue()));
            }
            out.writeInt(END);
        }

        private void str(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer n = pool.get(s);
            if (n != null) {
                out.writeInt(n);
                return;
            }
            pool.put(s, pool.size());
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(-2);
            out.writeInt(b.length);
            out.write(b);
        }

        private void strings(Collection<String> c) throws IOException {
            out.writeInt(c.size());
            for (String s : c) {
                str(s);
            }
        }

        private void map(Map<String, String> m) throws IOException {
            out.writeInt(m.size());
            for (Map.Entry<String, String> e : m.entrySet()) {
                str(e.getKey());
                str(e.getValue());
            }
        }

        private void sets(Map<String, Set<String>> m) throws IOException {
            out.writeInt(m.size());
            for (Map.Entry<String, Set<String>> e : m.entrySet()) {
                str(e.getKey());
                strings(e.getValue());
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<String> pool = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        HpoSnapshot snapshot(List<Source> sources) throws IOException {
            int nf = count();
            if (nf != sources.size()) {
                throw new IOException("holds " + nf + " files, not " + sources.size());
            }
            List<PhenotypeFile> files = new ArrayList<>(nf);
            for (Source src : sources) {
                String kind = str();
                String version = str();
                String sha = str();
                long size = in.readLong();
                if (!src.kind().equals(kind) || !src.sha256().equals(sha) || src.size() != size) {
                    throw new IOException("files do not match its key");
                }
                files.add(new PhenotypeFile(kind, src.path().toString(), src.path().getFileName().toString(), version,
                        sha, size));
            }
            String root = str();
            int nt = count();
            List<HpoTerm> terms = new ArrayList<>(nt);
            for (int i = 0; i < nt; i++) {
                terms.add(new HpoTerm(str(), str(), str(), strings(), in.readBoolean()));
            }
            Map<String, String> primary = map();
            int np = count();
            Map<String, List<String>> parents = new HashMap<>(np * 2);
            for (int i = 0; i < np; i++) {
                parents.put(str(), List.copyOf(strings()));
            }
            int nd = count();
            Map<String, Disease> diseases = new LinkedHashMap<>(nd * 2);
            for (int i = 0; i < nd; i++) {
                Disease d = new Disease(str(), str(), set(), set(), set(), set(), map());
                diseases.put(d.id(), d);
            }
            Map<String, Set<String>> gf = sets();
            Map<String, Set<String>> gd = sets();
            Map<String, String> ncbi = map();
            int ni = count();
            Map<String, Double> ic = new HashMap<>(ni * 2);
            for (int i = 0; i < ni; i++) {
                ic.put(str(), Double.longBitsToDouble(in.readLong()));
            }
            if (in.readInt() != END || in.read() != -1) {
                throw new IOException("no end marker");
            }
            return new HpoSnapshot(terms, primary, parents, root, diseases, gf, gd, ncbi, ic, files);
        }

        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > 50_000_000) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        private String str() throws IOException {
            int n = in.readInt();
            if (n == -1) {
                return null;
            }
            if (n == -2) {
                int len = count();
                byte[] b = new byte[len];
                in.readFully(b);
                String s = new String(b, StandardCharsets.UTF_8);
                pool.add(s);
                return s;
            }
            if (n < 0 || n >= pool.size()) {
                throw new IOException("bad string reference " + n);
            }
            return pool.get(n);
        }

        private List<String> strings() throws IOException {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(str());
            }
            return out;
        }

        private Set<String> set() throws IOException {
            return new LinkedHashSet<>(strings());
        }

        private Map<String, String> map() throws IOException {
            int n = count();
            Map<String, String> m = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                m.put(str(), str());
            }
            return m;
        }

        private Map<String, Set<String>> sets() throws IOException {
            int n = count();
            Map<String, Set<String>> m = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                m.put(str(), set());
            }
            return m;
        }
    }
}
