package org.zenome.plugin.exomiser;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.zenome.plugin.Annotation;
import org.zenome.plugin.AnnotationSource;
import org.zenome.plugin.AnnotationSourceProvider;
import org.zenome.plugin.ReferenceBases;
import org.zenome.plugin.SourceInfo;
import org.zenome.plugin.VariantKey;

/**
 * Imports an Exomiser analysis of the case: its ranked variants ({@code PREFIX.variants.tsv}, Exomiser 13.1 and
 * later, or the older per-inheritance {@code PREFIX_AD.variants.tsv} with the same columns) and, when it lies beside
 * it, the ranked genes ({@code PREFIX.genes.tsv}). Either file may be given; the other is looked for beside it. Each
 * variant of the case that Exomiser ranked gets its best (lowest) rank over the modes of inheritance, with the
 * gene's combined, phenotype and variant scores, the p-value, the mode of inheritance, Exomiser's ACMG call and, from
 * the genes file, the human phenotype score and evidence. The columns are those documented by Exomiser
 * ("Interpreting the results": TSV VARIANTS, TSV GENES).
 *
 * <p>Both files are read strictly (docs/adr/bad-input-other-files.md): UTF-8 only, every row as many columns as the
 * header, positive ranks and positions, DNA bases or a symbolic allele, scores and p-values from 0 to 1, Exomiser's
 * MOI abbreviations; anything else is refused with the file, the line and the problem. A byte-order mark, Windows
 * line ends and a row repeated word for word are accepted.
 */
public final class ExomiserProvider implements AnnotationSourceProvider {
    /** The kind of annotation this plugin gives. */
    public static final String KIND = "exomiser";
    /** Field names of the annotations, in display order. */
    public static final String RANK = "rank";
    public static final String GENE = "gene";
    public static final String MOI = "moi";
    public static final String COMBINED = "combined_score";
    public static final String PHENO = "pheno_score";
    public static final String VARIANT = "variant_score";
    public static final String P_VALUE = "p_value";
    public static final String CONTRIBUTING = "contributing";
    public static final String ACMG = "acmg";
    public static final String ACMG_EVIDENCE = "acmg_evidence";
    public static final String DISEASE = "disease";
    public static final String HUMAN_PHENO = "human_pheno_score";
    public static final String HUMAN_EVIDENCE = "human_evidence";
    private static final String VARIANTS = ".variants.tsv";
    private static final String GENES = ".genes.tsv";

    @Override
    public String id() {
        return "exomiser";
    }

    @Override
    public String displayName() {
        return "Exomiser results (variants/genes TSV)";
    }

    @Override
    public String version() {
        Properties p = new Properties();
        try (InputStream in = ExomiserProvider.class.getResourceAsStream("plugin.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public AnnotationSource open(Path file, String displayName) throws IOException {
        return open(file, displayName, null);
    }

    /**
     * Opens the results; with the case's reference sequence, the REF bases of the ranked variants are compared with
     * it, so that an analysis of another genome build is refused (Exomiser's TSV does not say its build).
     */
    @Override
    public AnnotationSource open(Path file, String displayName, ReferenceBases reference) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(f)) {
            throw new IOException(f + ": no such file");
        }
        String name = f.getFileName().toString();
        Path variants = f;
        Path genes = null;
        if (name.endsWith(GENES) || name.endsWith(GENES + ".gz")) {
            String prefix = name.substring(0, name.lastIndexOf(GENES));
            variants = sibling(f, prefix + VARIANTS);
            if (variants == null) {
                throw new IOException(f + ": an Exomiser genes file; its variants file (" + prefix + VARIANTS
                        + ") is not beside it, and variants are needed to match the case's findings");
            }
            genes = f;
        } else if (name.contains(VARIANTS)) {
            genes = sibling(f, name.substring(0, name.lastIndexOf(VARIANTS)) + GENES);
        }
        Map<VariantKey, Map<String, String>> byVariant = readVariants(variants);
        if (reference != null) {
            checkReference(variants, byVariant.keySet(), reference);
        }
        if (genes != null) {
            Map<String, Map<String, String>> byGene = readGenes(genes);
            for (Map<String, String> v : byVariant.values()) {
                Map<String, String> g = byGene.get(v.get(GENE) + "\t" + v.getOrDefault(MOI, ""));
                if (g == null) {
                    g = byGene.get(v.get(GENE) + "\t");
                }
                if (g != null) {
                    v.putAll(g);
                }
            }
        }
        String version = Files.getLastModifiedTime(variants).toInstant().toString().substring(0, 10);
        SourceInfo info = new SourceInfo(displayName == null || displayName.isBlank() ? "Exomiser" : displayName,
                version, null, variants.toString(), Files.size(variants), sha256(variants));
        long ranked = byVariant.size();
        return new AnnotationSource() {
            @Override
            public SourceInfo info() {
                return info;
            }

            @Override
            public Optional<Annotation> lookup(VariantKey variant) {
                Map<String, String> m = byVariant.get(variant.normalised());
                return m == null ? Optional.empty() : Optional.of(new Annotation(KIND, m));
            }

            @Override
            public long caseVariants() {
                return ranked;
            }

            @Override
            public void close() {
            }
        };
    }

    private static Path sibling(Path f, String name) {
        Path p = f.resolveSibling(name);
        if (Files.isRegularFile(p)) {
            return p;
        }
        Path gz = f.resolveSibling(name + ".gz");
        return Files.isRegularFile(gz) ? gz : null;
    }

    /** Exomiser's abbreviations of the modes of inheritance (ModeOfInheritance.getAbbreviation). */
    static final Set<String> MODES = Set.of("AD", "AR", "XD", "XR", "MT", "ANY");
    /** Columns of the variants TSV (Exomiser 13.1 and later) that Zenome shows; a file without them is refused. */
    private static final List<String> VARIANT_COLUMNS = List.of("#RANK", "GENE_SYMBOL", "MOI", "P-VALUE",
            "EXOMISER_GENE_COMBINED_SCORE", "EXOMISER_GENE_PHENO_SCORE", "EXOMISER_VARIANT_SCORE", "CONTIG", "START",
            "REF", "ALT");
    /** The same for the older per-inheritance files (Exomiser 12 and earlier). */
    private static final List<String> OLD_VARIANT_COLUMNS = List.of("#CHROM", "POS", "REF", "ALT", "EXOMISER_GENE");
    /** Score columns: a number from 0 to 1 when given (empty or "." is "no value"). */
    private static final List<String> SCORES = List.of("P-VALUE", "EXOMISER_GENE_COMBINED_SCORE",
            "EXOMISER_GENE_PHENO_SCORE", "EXOMISER_GENE_VARIANT_SCORE", "EXOMISER_VARIANT_SCORE", "HUMAN_PHENO_SCORE");
    private static final Pattern BASES = Pattern.compile("[ACGTNacgtn]+");

    /**
     * Variants by normalised key: the row with the best rank of each variant (it appears once per MOI, and once per
     * gene when genes overlap). A row repeated word for word is read once; the same variant, gene and MOI twice with
     * different values (two analyses joined) is refused.
     *
     * @throws IOException naming the file, the line and the problem
     */
    static Map<VariantKey, Map<String, String>> readVariants(Path file) throws IOException {
        Map<VariantKey, Map<String, String>> out = new HashMap<>();
        Map<VariantKey, Integer> best = new HashMap<>();
        Map<String, Integer> seenLine = new HashMap<>();
        Map<String, String> seenText = new HashMap<>();
        try (Lines r = new Lines(file)) {
            String header = r.next();
            if (header == null) {
                throw new IOException(file + " line 1: empty file (an Exomiser variants TSV starts with the header "
                        + "line #RANK, ID, GENE_SYMBOL, ...)");
            }
            Map<String, Integer> cols = columns(header);
            int width = header.split("\t", -1).length;
            boolean current = cols.containsKey("#RANK") || cols.containsKey("CONTIG");
            boolean old = !current && cols.containsKey("#CHROM");
            if (!current && !old) {
                throw new IOException(file + " line 1: not an Exomiser variants TSV (expected the columns #RANK, ID, "
                        + "GENE_SYMBOL, ..., CONTIG, START, END, REF, ALT, ... or the older #CHROM, POS, REF, ALT, ...)");
            }
            List<String> missing = (current ? VARIANT_COLUMNS : OLD_VARIANT_COLUMNS).stream()
                    .filter(c -> !cols.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new IOException(file + " line 1: the header lacks the column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + ", which Exomiser writes (a file cut down, or not written by "
                        + "Exomiser?)");
            }
            String line;
            while ((line = r.next()) != null) {
                int n = r.number();
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                checkWidth(file, r, f.length, width);
                String contig = get(f, cols, current ? "CONTIG" : "#CHROM");
                String start = get(f, cols, current ? "START" : "POS");
                String ref = get(f, cols, "REF");
                String alt = get(f, cols, "ALT");
                if (contig.isEmpty() || contig.contains(" ")) {
                    throw new IOException(file + " line " + n + ": no contig");
                }
                int pos = positive(file, n, current ? "START" : "POS", start);
                if (!BASES.matcher(ref).matches()) {
                    throw new IOException(file + " line " + n + ": REF '" + ref + "' is not DNA bases");
                }
                if (!BASES.matcher(alt).matches() && !(alt.startsWith("<") && alt.endsWith(">"))
                        && !alt.contains("[") && !alt.contains("]")) {
                    throw new IOException(file + " line " + n + ": ALT '" + alt + "' is neither DNA bases nor a "
                            + "symbolic allele such as <DEL>");
                }
                int rank = current ? positive(file, n, "#RANK", get(f, cols, "#RANK")) : n - 1;
                String moi = get(f, cols, "MOI");
                checkMoi(file, n, moi);
                for (String score : SCORES) {
                    checkScore(file, n, score, get(f, cols, score));
                }
                String gene = first(f, cols, "GENE_SYMBOL", "EXOMISER_GENE");
                VariantKey key = new VariantKey(contig, pos, ref, alt).normalised();
                String id = key + "\t" + gene + "\t" + moi;
                Integer earlier = seenLine.putIfAbsent(id, n);
                if (earlier != null) {
                    if (seenText.get(id).equals(line.strip())) {
                        continue; // the same row again (files joined twice): read once
                    }
                    throw new IOException(file + " line " + n + ": the variant, gene and mode of inheritance of line "
                            + earlier + " again with other values (two analyses joined into one file?)");
                }
                seenText.put(id, line.strip());
                Map<String, String> m = new LinkedHashMap<>();
                m.put(RANK, Integer.toString(rank));
                m.put(GENE, gene);
                put(m, MOI, moi);
                put(m, COMBINED, get(f, cols, "EXOMISER_GENE_COMBINED_SCORE"));
                put(m, PHENO, get(f, cols, "EXOMISER_GENE_PHENO_SCORE"));
                put(m, VARIANT, get(f, cols, "EXOMISER_VARIANT_SCORE"));
                put(m, P_VALUE, get(f, cols, "P-VALUE"));
                String contributing = get(f, cols, "CONTRIBUTING_VARIANT");
                put(m, CONTRIBUTING, contributing.equals("1") || contributing.equals("CONTRIBUTING_VARIANT") ? "yes"
                        : contributing.isEmpty() ? "" : "no");
                put(m, ACMG, get(f, cols, "EXOMISER_ACMG_CLASSIFICATION"));
                put(m, ACMG_EVIDENCE, get(f, cols, "EXOMISER_ACMG_EVIDENCE"));
                String disease = get(f, cols, "EXOMISER_ACMG_DISEASE_ID");
                String dname = get(f, cols, "EXOMISER_ACMG_DISEASE_NAME");
                put(m, DISEASE, disease.isEmpty() ? dname : dname.isEmpty() ? disease : disease + " " + dname);
                Integer had = best.get(key);
                if (had == null || rank < had) {
                    best.put(key, rank);
                    out.put(key, m);
                }
            }
        }
        return out;
    }

    /** Gene rows by {@code SYMBOL<TAB>MOI} (and {@code SYMBOL<TAB>} for the best MOI). */
    static Map<String, Map<String, String>> readGenes(Path file) throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (Lines r = new Lines(file)) {
            String header = r.next();
            Map<String, Integer> cols = header == null ? Map.of() : columns(header);
            if (!cols.containsKey("GENE_SYMBOL") || !cols.containsKey("EXOMISER_GENE_COMBINED_SCORE")) {
                throw new IOException(file + " line 1: not an Exomiser genes TSV (expected the columns #RANK, ID, "
                        + "GENE_SYMBOL, ENTREZ_GENE_ID, MOI, P-VALUE, EXOMISER_GENE_COMBINED_SCORE, ...)");
            }
            int width = header.split("\t", -1).length;
            String line;
            while ((line = r.next()) != null) {
                int n = r.number();
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                checkWidth(file, r, f.length, width);
                String gene = get(f, cols, "GENE_SYMBOL");
                if (gene.isEmpty()) {
                    throw new IOException(file + " line " + n + ": no GENE_SYMBOL");
                }
                String moi = get(f, cols, "MOI");
                checkMoi(file, n, moi);
                for (String score : SCORES) {
                    checkScore(file, n, score, get(f, cols, score));
                }
                Map<String, String> m = new LinkedHashMap<>();
                put(m, HUMAN_PHENO, get(f, cols, "HUMAN_PHENO_SCORE"));
                String evidence = get(f, cols, "HUMAN_PHENO_EVIDENCE");
                int colon = evidence.indexOf("):");
                put(m, HUMAN_EVIDENCE, colon > 0 ? evidence.substring(0, colon + 1) : evidence);
                out.putIfAbsent(gene + "\t" + moi, m);
                out.putIfAbsent(gene + "\t", m);
            }
        }
        return out;
    }

    /**
     * Exomiser ranks the variants of the VCF it was given, so their REF bases are those of the case's reference:
     * when more than half of those the reference covers differ, the analysis is of another genome build (or
     * another reference) and is refused.
     */
    static void checkReference(Path file, Iterable<VariantKey> variants, ReferenceBases reference)
            throws IOException {
        int checked = 0;
        int differ = 0;
        for (VariantKey k : variants) {
            if (!k.ref().matches("[ACGT]+")) {
                continue;
            }
            String bases = reference.bases(k.chrom(), k.pos(), (long) k.pos() + k.ref().length() - 1);
            if (bases == null) {
                continue;
            }
            checked++;
            if (!bases.equals(k.ref())) {
                differ++;
            }
        }
        if (differ > 0 && differ * 2 > checked) {
            throw new IOException(file + ": the REF bases of " + differ + " of " + checked + " ranked variants differ "
                    + "from the case's reference (" + reference.describe() + "): an Exomiser analysis of another "
                    + "genome build?");
        }
    }

    private static void checkWidth(Path file, Lines r, int columns, int width) throws IOException {
        if (columns == width) {
            return;
        }
        if (r.endedInsideLine()) {
            throw new IOException(file + " line " + r.number() + ": the file ends inside this line (" + columns
                    + " of " + width + " columns): cut short?");
        }
        throw new IOException(file + " line " + r.number() + ": " + columns + " columns where the header has "
                + width);
    }

    private static void checkMoi(Path file, int line, String moi) throws IOException {
        if (!moi.isEmpty() && !MODES.contains(moi)) {
            throw new IOException(file + " line " + line + ": MOI '" + moi + "' is not one of Exomiser's modes of "
                    + "inheritance (AD, AR, XD, XR, MT, ANY)");
        }
    }

    private static void checkScore(Path file, int line, String column, String value) throws IOException {
        if (value.isEmpty() || value.equals(".")) {
            return;
        }
        double d;
        try {
            d = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + line + ": " + column + " '" + value + "' is not a number"
                    + (value.matches("-?\\d+,\\d+") ? " (a decimal comma? Exomiser writes a point)" : ""), e);
        }
        if (!(d >= 0 && d <= 1)) {
            throw new IOException(file + " line " + line + ": " + column + " " + value + " is outside 0 to 1");
        }
    }

    private static int positive(Path file, int line, String column, String s) throws IOException {
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + line + ": " + column + " '" + s + "' is not a number", e);
        }
        if (v < 1) {
            throw new IOException(file + " line " + line + ": " + column + " " + v + " is not a positive number");
        }
        return v;
    }

    /**
     * The lines of a text file (gunzipped when its name ends in .gz), read strictly as UTF-8 so that a Shift_JIS or
     * Latin-1 file is refused with its line instead of being stored with replacement characters. A byte-order mark
     * and Windows line ends are accepted.
     */
    private static final class Lines implements java.io.Closeable {
        private final Path file;
        private final InputStream in;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        private int number;
        private boolean endedInsideLine;

        Lines(Path file) throws IOException {
            this.file = file;
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            if (file.getFileName().toString().endsWith(".gz")) {
                try {
                    raw = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
                } catch (ZipException | EOFException e) {
                    raw.close();
                    throw new IOException(file + ": not gzip-compressed data, although the name ends in .gz", e);
                }
            }
            this.in = raw;
        }

        /** The next line without its line end, or null at the end of the file. */
        String next() throws IOException {
            line.reset();
            number++;
            boolean any = false;
            try {
                int b;
                while ((b = in.read()) != -1) {
                    any = true;
                    if (b == '\n') {
                        return decode();
                    }
                    line.write(b);
                }
            } catch (ZipException | EOFException e) {
                throw new IOException(file + " line " + number + ": the file is cut short or damaged (its gzip data "
                        + "ends early)", e);
            }
            if (!any) {
                return null;
            }
            endedInsideLine = true;
            return decode();
        }

        int number() {
            return number;
        }

        /** Whether the last line read had no line end (the file stops inside it). */
        boolean endedInsideLine() {
            return endedInsideLine;
        }

        private String decode() throws IOException {
            byte[] b = line.toByteArray();
            int from = number == 1 && b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
                    && (b[2] & 0xFF) == 0xBF ? 3 : 0;
            int to = b.length > from && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
            try {
                return utf8.decode(ByteBuffer.wrap(b, from, to - from)).toString();
            } catch (CharacterCodingException e) {
                throw new IOException(file + " line " + number + ": not valid UTF-8 text (a Shift_JIS or Latin-1 "
                        + "file? convert it, e.g. with iconv)", e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static Map<String, Integer> columns(String header) {
        Map<String, Integer> m = new HashMap<>();
        String[] h = header.split("\t", -1);
        for (int i = 0; i < h.length; i++) {
            m.putIfAbsent(h[i].trim().toUpperCase(Locale.ROOT), i);
        }
        return m;
    }

    private static String get(String[] f, Map<String, Integer> cols, String name) {
        Integer i = cols.get(name);
        return i == null || i >= f.length ? "" : f[i].trim();
    }

    private static String first(String[] f, Map<String, Integer> cols, String... names) {
        for (String n : names) {
            String v = get(f, cols, n);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isEmpty() && !v.equals(".")) {
            m.put(k, v);
        }
    }

    private static String sha256(Path file) throws IOException {
        return org.zenome.plugin.Checksums.sha256(file);
    }
}
