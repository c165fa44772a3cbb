package org.zenome.plugin;

import htsjdk.samtools.util.BlockCompressedInputStream;
import htsjdk.tribble.readers.TabixReader;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sites of a local annotation VCF, looked up by normalised variant: a bgzipped VCF with its tabix index
 * ({@code .tbi}) is read by region, in windows that are cached while look-ups move along a chromosome; a small
 * plain VCF (up to {@value #MAX_PLAIN_MB} MB) is read into memory. For plugin authors; uses the host's htsjdk.
 */
public final class VcfSites implements Closeable {
    /** Largest plain-text VCF read into memory; larger files must be bgzipped and tabix-indexed. */
    public static final int MAX_PLAIN_MB = 256;
    private static final int WINDOW = 100_000;
    /** How far before a variant a padded record of the source may start and still normalise to it. */
    private static final int LOOKBACK = 200;

    private final Path file;
    private final List<String> header;
    private final TabixReader tabix;
    private final Map<String, String> tabixContigs = new HashMap<>();
    private final Map<String, TreeMap<Integer, List<Site>>> plain;
    private final ReferenceBases reference;
    private String windowContig;
    private int windowStart = -1;
    private int windowEnd = -1;
    private TreeMap<Integer, List<Site>> window = new TreeMap<>();

    private VcfSites(Path file, List<String> header, TabixReader tabix,
                     Map<String, TreeMap<Integer, List<Site>>> plain, ReferenceBases reference) {
        this.file = file;
        this.header = header;
        this.tabix = tabix;
        this.plain = plain;
        this.reference = reference;
        if (tabix != null) {
            for (String c : tabix.getChromosomes()) {
                tabixContigs.put(VariantKey.contig(c), c);
            }
        }
    }

    /**
     * Opens a VCF.
     *
     * @throws IOException naming the file: unreadable, not a VCF, bgzipped without a tabix index, gzip but not
     *                     BGZF, or plain and too large
     */
    public static VcfSites open(Path file) throws IOException {
        return open(file, null);
    }

    /**
     * Opens a VCF whose look-ups left-align indels against {@code reference}, both the variant looked up and the
     * file's records ({@link VariantKey#leftAligned}); null for none (only trimmed, as {@link #open(Path)}).
     *
     * @throws IOException naming the file: unreadable, not a VCF, bgzipped without a tabix index, gzip but not
     *                     BGZF, or plain and too large
     */
    public static VcfSites open(Path file, ReferenceBases reference) throws IOException {
        Path f = file.toAbsolutePath();
        if (!Files.isRegularFile(f)) {
            throw new IOException(f + ": no such file");
        }
        boolean gz = isGzip(f);
        if (gz) {
            if (!BlockCompressedInputStream.isValidFile(new java.io.BufferedInputStream(Files.newInputStream(f)))) {
                throw new IOException(f + ": gzip-compressed but not BGZF; recompress it with bgzip and index it"
                        + " with tabix -p vcf");
            }
            Path tbi = f.resolveSibling(f.getFileName() + ".tbi");
            if (!Files.isRegularFile(tbi)) {
                throw new IOException(f + ": no tabix index beside it (" + tbi.getFileName()
                        + "); create it with tabix -p vcf " + f.getFileName());
            }
            List<String> header;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new BlockCompressedInputStream(f.toFile()), StandardCharsets.UTF_8))) {
                header = readHeader(r, f);
            }
            TabixReader t;
            try {
                t = new TabixReader(f.toString(), tbi.toString());
            } catch (IOException | RuntimeException e) {
                throw new IOException(f + ": cannot read the tabix index " + tbi.getFileName() + ": " + e.getMessage(),
                        e);
            }
            try {
                checkIndexBelongs(f, tbi);
            } catch (IOException e) {
                t.close();
                throw e;
            }
            return new VcfSites(f, header, t, null, reference);
        }
        long mb = Files.size(f) / (1024 * 1024);
        if (mb > MAX_PLAIN_MB) {
            throw new IOException(f + ": a plain VCF of " + mb + " MB; compress it with bgzip and index it with"
                    + " tabix -p vcf");
        }
        Map<String, TreeMap<Integer, List<Site>>> sites = new HashMap<>();
        List<String> header;
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            header = readHeader(r, f);
            String line;
            long n = header.size();
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 9);
                if (cols.length < 8) {
                    throw new IOException(f + " line " + n + ": expected 8 or more tab-separated columns, found "
                            + cols.length);
                }
                int pos;
                try {
                    pos = Integer.parseInt(cols[1]);
                } catch (NumberFormatException e) {
                    throw new IOException(f + " line " + n + ": POS '" + cols[1] + "' is not a number", e);
                }
                sites.computeIfAbsent(VariantKey.contig(cols[0]), k -> new TreeMap<>())
                        .computeIfAbsent(pos, k -> new ArrayList<>(1)).add(new Site(cols));
            }
        }
        return new VcfSites(f, header, null, sites, reference);
    }

    private static boolean isGzip(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    private static List<String> readHeader(BufferedReader r, Path f) throws IOException {
        List<String> header = new ArrayList<>();
        r.mark(1 << 20);
        String line;
        while ((line = r.readLine()) != null && line.startsWith("#")) {
            header.add(line);
            r.mark(1 << 20);
        }
        if (header.isEmpty() || !header.get(0).startsWith("##fileformat=VCF")) {
            throw new IOException(f + ": not a VCF (the first line is not ##fileformat=VCF...)");
        }
        if (!header.get(header.size() - 1).startsWith("#CHROM")) {
            throw new IOException(f + ": the VCF header has no #CHROM line");
        }
        r.reset();
        return header;
    }

    /** The header lines, {@code ##fileformat} to {@code #CHROM}. */
    public List<String> header() {
        return header;
    }

    /** The value of a {@code ##key=value} header line, or null. */
    public String headerValue(String key) {
        String prefix = "##" + key + "=";
        for (String h : header) {
            if (h.startsWith(prefix)) {
                return h.substring(prefix.length()).trim();
            }
        }
        return null;
    }

    /** Whether the header declares an INFO field. */
    public boolean hasInfo(String id) {
        String prefix = "##INFO=<ID=" + id + ",";
        return header.stream().anyMatch(h -> h.startsWith(prefix));
    }

    public Path file() {
        return file;
    }

    /**
     * The records whose allele, normalised (and left-aligned when the sites were opened with a reference), equals
     * the variant normalised the same way, with the index of that ALT (0-based) in each match.
     */
    public List<Match> find(VariantKey variant) throws IOException {
        VariantKey key = variant.leftAligned(reference);
        int to = reference == null ? key.pos() : Math.max(key.pos(), key.rightmostPosition(reference));
        List<Site> records = records(key.chrom(), Math.max(1, key.pos() - LOOKBACK), to);
        List<Match> out = new ArrayList<>(1);
        for (Site site : records) {
            VariantKey[] keys = site.keys(reference);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    out.add(new Match(site.columns, i));
                }
            }
        }
        return out;
    }

    /** Whether look-ups left-align indels against a reference sequence. */
    public boolean leftAligns() {
        return reference != null;
    }

    /** A record of the file with the keys of its ALT alleles, worked out on first use. */
    private static final class Site {
        private final String[] columns;
        private VariantKey[] keys;

        Site(String[] columns) {
            this.columns = columns;
        }

        VariantKey[] keys(ReferenceBases reference) {
            if (keys == null) {
                String[] alts = columns[4].split(",");
                keys = new VariantKey[alts.length];
                int pos = Integer.parseInt(columns[1]);
                for (int i = 0; i < alts.length; i++) {
                    keys[i] = new VariantKey(columns[0], pos, columns[3], alts[i]).leftAligned(reference);
                }
            }
            return keys;
        }
    }

    /** A source record matching a variant, and which of its ALT alleles matched. */
    public record Match(String[] columns, int altIndex) {
        /** INFO as key → value (flags map to an empty string). */
        public Map<String, String> info() {
            Map<String, String> m = new HashMap<>();
            String info = columns[7];
            if (info.equals(".")) {
                return m;
            }
            for (String kv : info.split(";")) {
                int eq = kv.indexOf('=');
                if (eq < 0) {
                    m.put(kv, "");
                } else {
                    m.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            return m;
        }

        /** The value of a Number=A field for the matched allele, or the whole value for other fields. */
        public String allele(Map<String, String> info, String key) {
            String v = info.get(key);
            if (v == null) {
                return null;
            }
            String[] parts = v.split(",", -1);
            return parts.length > altIndex ? parts[altIndex] : parts[0];
        }

        public String id() {
            return columns[2];
        }
    }

    private List<Site> records(String contig, int from, int to) throws IOException {
        List<Site> out = new ArrayList<>();
        if (plain != null) {
            TreeMap<Integer, List<Site>> m = plain.get(contig);
            if (m != null) {
                m.subMap(from, true, to, true).values().forEach(out::addAll);
            }
            return out;
        }
        String tabixName = tabixContigs.get(contig);
        if (tabixName == null) {
            return out;
        }
        if (!contig.equals(windowContig) || from < windowStart || to > windowEnd) {
            windowContig = contig;
            windowStart = Math.max(1, from);
            windowEnd = Math.max(windowStart + WINDOW, to);
            window = new TreeMap<>();
            TabixReader.Iterator it = tabix.query(tabixName, windowStart, windowEnd);
            String line;
            Set<String> seen = new HashSet<>();
            while (it != null && (line = it.next()) != null) {
                if (!seen.add(line)) {
                    continue;
                }
                String[] cols = line.split("\t", 9);
                if (cols.length >= 8) {
                    window.computeIfAbsent(Integer.parseInt(cols[1]), k -> new ArrayList<>(1)).add(new Site(cols));
                }
            }
        }
        window.subMap(from, true, to, true).values().forEach(out::addAll);
        return out;
    }

    /**
     * An index of another file, or one made before the VCF was rewritten, would make every lookup miss or hit the
     * wrong records without a sound: for each contig the index lists, the place it gives for the contig's first
     * record must hold a record of that contig (one seek per contig, no pass over the data).
     */
    static void checkIndexBelongs(Path f, Path tbi) throws IOException {
        htsjdk.tribble.index.Index index;
        try {
            index = htsjdk.tribble.index.IndexFactory.loadIndex(tbi.toString());
        } catch (RuntimeException e) {
            throw new IOException(f + ": cannot read the tabix index " + tbi.getFileName() + ": " + e.getMessage(), e);
        }
        try (BlockCompressedInputStream in = new BlockCompressedInputStream(f.toFile())) {
            for (String contig : index.getSequenceNames()) {
                long first = Long.MAX_VALUE;
                for (htsjdk.tribble.index.Block b : index.getBlocks(contig, 1, Integer.MAX_VALUE)) {
                    first = Math.min(first, b.getStartPosition());
                }
                if (first == Long.MAX_VALUE) {
                    continue;
                }
                String line;
                try {
                    in.seek(first);
                    line = in.readLine();
                } catch (IOException | RuntimeException e) {
                    line = null;
                }
                String[] cols = line == null ? new String[0] : line.split("\t", 3);
                if (cols.length < 3 || !cols[0].equals(contig) || !cols[1].matches("\\d+")) {
                    throw new IOException(f + ": the tabix index " + tbi.getFileName() + " does not match the VCF "
                            + "(the records of contig '" + contig + "' are not where it says): an index of another file "
                            + "or from before the VCF was rewritten; re-create it with tabix -p vcf");
                }
            }
        }
    }

    /** SHA-256 of a file, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The genome build named in the header ({@code ##reference}, {@code ##assembly}), or null. */
    public String build() {
        for (String h : header) {
            String l = h.toLowerCase(java.util.Locale.ROOT);
            if (l.startsWith("##reference") || l.startsWith("##assembly") || l.startsWith("##contig")) {
                if (l.contains("grch38") || l.contains("hg38")) {
                    return "GRCh38";
                }
                if (l.contains("grch37") || l.contains("hg19") || l.contains("b37")) {
                    return "GRCh37";
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (tabix != null) {
            tabix.close();
        }
    }
}
