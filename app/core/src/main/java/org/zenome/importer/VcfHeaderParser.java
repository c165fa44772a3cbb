package org.zenome.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads VCF 4.1-4.3 header lines one by one, checking what the specification requires and what Zenome
 * relies on. Lenient where real pipelines are (odd tag names such as {@code 1000GAF}, unknown meta keys);
 * strict where a file would be misread (no fileformat line, malformed INFO/FORMAT definitions, a wrong
 * {@code #CHROM} line, duplicate samples).
 */
public final class VcfHeaderParser {
    private static final String[] MANDATORY = {"#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"};
    private static final Set<String> TYPES = Set.of("Integer", "Float", "Flag", "Character", "String");

    private final String file;
    private final VcfHeader header = new VcfHeader();
    private boolean done;

    public VcfHeaderParser(String file) {
        this.file = file;
    }

    /** Feeds one header line (without the line break). Returns true once the #CHROM line was read. */
    public boolean accept(String line, long lineNo) throws InvalidInputException {
        if (done) {
            throw new IllegalStateException("header already complete");
        }
        if (lineNo == 1) {
            if (line.startsWith("\uFEFF")) {
                throw new InvalidInputException(file, lineNo, "the file starts with a byte-order mark before "
                        + "##fileformat; save it as UTF-8 without BOM", null);
            }
            if (!line.startsWith("##fileformat=")) {
                throw new InvalidInputException(file, lineNo,
                        "not a VCF file: the first line must be ##fileformat=VCFv4.x", null);
            }
            String v = line.substring("##fileformat=".length()).trim();
            if (!v.startsWith("VCFv4.")) {
                throw new InvalidInputException(file, lineNo, "unsupported VCF version '" + v
                        + "' (VCFv4.1 to VCFv4.3 are supported)", null);
            }
            header.fileFormat = v;
            header.lines.add(line);
            return false;
        }
        header.lines.add(line);
        if (line.startsWith("##")) {
            meta(line, lineNo);
            return false;
        }
        if (line.startsWith("#")) {
            columns(line, lineNo);
            done = true;
            return true;
        }
        if (line.isBlank()) {
            throw new InvalidInputException(file, lineNo, "empty line in the header (every header line starts with #)",
                    null);
        }
        throw new InvalidInputException(file, lineNo, "data line before the #CHROM header line", null);
    }

    public VcfHeader header() {
        return header;
    }

    private void meta(String line, long lineNo) throws InvalidInputException {
        int eq = line.indexOf('=');
        if (eq < 3) {
            throw new InvalidInputException(file, lineNo, "malformed header line: expected ##key=value", null);
        }
        String key = line.substring(2, eq);
        String value = line.substring(eq + 1);
        switch (key) {
            case "INFO":
            case "FORMAT": {
                Map<String, String> f = structured(value, key, lineNo);
                String id = require(f, "ID", key, lineNo);
                String number = require(f, "Number", key, lineNo);
                String type = require(f, "Type", key, lineNo);
                if (!TYPES.contains(type)) {
                    throw new InvalidInputException(file, lineNo, "##" + key + " " + id + " has invalid Type '"
                            + type + "' (Integer, Float, Flag, Character or String)", null);
                }
                if (!validNumber(number)) {
                    throw new InvalidInputException(file, lineNo, "##" + key + " " + id + " has invalid Number '"
                            + number + "' (an integer, A, R, G or .)", null);
                }
                if ("FORMAT".equals(key) && "Flag".equals(type)) {
                    throw new InvalidInputException(file, lineNo, "##FORMAT " + id + " has Type Flag, which "
                            + "FORMAT fields may not have", null);
                }
                VcfHeader.Definition d = new VcfHeader.Definition(id, number, type, f.getOrDefault("Description", ""));
                if ("INFO".equals(key)) {
                    header.info.put(id, d);
                    if ("CSQ".equals(id)) {
                        header.csqFields = vepFields(d.description());
                    } else if ("ANN".equals(id)) {
                        header.annFields = snpEffFields(d.description());
                    }
                } else {
                    header.format.put(id, d);
                }
                break;
            }
            case "contig": {
                Map<String, String> f = structured(value, key, lineNo);
                String id = require(f, "ID", key, lineNo);
                long length = -1;
                String len = f.get("length");
                if (len != null && !len.isEmpty()) {
                    try {
                        length = Long.parseLong(len);
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException(file, lineNo, "##contig " + id + " has a non-numeric length '"
                                + len + "'", null);
                    }
                }
                header.contigs.add(new VcfHeader.Contig(id, length, f.getOrDefault("assembly", "")));
                break;
            }
            case "FILTER": {
                Map<String, String> f = structured(value, key, lineNo);
                header.filters.add(require(f, "ID", key, lineNo));
                break;
            }
            case "source":
                header.sources.add(value);
                break;
            case "reference":
                header.reference = value;
                break;
            default:
                if (!value.startsWith("<")) {
                    header.simple.put(key, value);
                }
                break;
        }
    }

    private static boolean validNumber(String n) {
        if (n.equals("A") || n.equals("R") || n.equals("G") || n.equals(".")) {
            return true;
        }
        for (int i = 0; i < n.length(); i++) {
            if (!Character.isDigit(n.charAt(i))) {
                return false;
            }
        }
        return !n.isEmpty();
    }

    private String require(Map<String, String> f, String field, String key, long lineNo) throws InvalidInputException {
        String v = f.get(field);
        if (v == null || v.isEmpty()) {
            throw new InvalidInputException(file, lineNo, "malformed ##" + key + " header line: missing " + field, null);
        }
        return v;
    }

    /** Parses {@code <ID=x,Number=1,Description="a, \"b\"">}. */
    private Map<String, String> structured(String value, String key, long lineNo) throws InvalidInputException {
        if (!value.startsWith("<") || !value.endsWith(">")) {
            throw new InvalidInputException(file, lineNo, "malformed ##" + key + " header line: expected <...>", null);
        }
        Map<String, String> out = new LinkedHashMap<>();
        String body = value.substring(1, value.length() - 1);
        int i = 0;
        int n = body.length();
        while (i < n) {
            int eq = body.indexOf('=', i);
            if (eq < 0) {
                throw new InvalidInputException(file, lineNo, "malformed ##" + key + " header line: '"
                        + body.substring(i) + "' is not key=value", null);
            }
            String k = body.substring(i, eq).trim();
            int j = eq + 1;
            StringBuilder v = new StringBuilder();
            if (j < n && body.charAt(j) == '"') {
                j++;
                boolean closed = false;
                while (j < n) {
                    char c = body.charAt(j);
                    if (c == '\\' && j + 1 < n) {
                        v.append(body.charAt(j + 1));
                        j += 2;
                        continue;
                    }
                    if (c == '"') {
                        closed = true;
                        j++;
                        break;
                    }
                    v.append(c);
                    j++;
                }
                if (!closed) {
                    throw new InvalidInputException(file, lineNo, "malformed ##" + key
                            + " header line: unterminated quoted value of " + k, null);
                }
                while (j < n && body.charAt(j) != ',') {
                    j++;
                }
            } else {
                int comma = body.indexOf(',', j);
                int end = comma < 0 ? n : comma;
                v.append(body, j, end);
                j = end;
            }
            out.put(k, v.toString());
            i = j + 1;
        }
        return out;
    }

    private void columns(String line, long lineNo) throws InvalidInputException {
        String[] cols = line.split("\t", -1);
        if (cols.length < MANDATORY.length) {
            throw new InvalidInputException(file, lineNo, "the #CHROM header line has " + cols.length
                    + " tab-separated columns; at least the 8 mandatory ones are required", null);
        }
        for (int i = 0; i < MANDATORY.length; i++) {
            if (!MANDATORY[i].equals(cols[i])) {
                throw new InvalidInputException(file, lineNo, "header column " + (i + 1) + " is '" + cols[i]
                        + "', expected '" + MANDATORY[i] + "'", null);
            }
        }
        if (cols.length == 9) {
            throw new InvalidInputException(file, lineNo, "FORMAT column without any sample column", null);
        }
        if (cols.length > 9) {
            if (!"FORMAT".equals(cols[8])) {
                throw new InvalidInputException(file, lineNo, "header column 9 is '" + cols[8] + "', expected 'FORMAT'",
                        null);
            }
            List<String> samples = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 9; i < cols.length; i++) {
                String s = cols[i];
                if (s.isEmpty()) {
                    throw new InvalidInputException(file, lineNo, "empty sample name in column " + (i + 1), null);
                }
                if (!seen.add(s)) {
                    throw new InvalidInputException(file, lineNo, "duplicate sample name '" + s + "'", null);
                }
                samples.add(s);
            }
            header.samples = List.copyOf(samples);
        }
        header.columnsLine = lineNo;
    }

    /** VEP: {@code ... Format: Allele|Consequence|IMPACT|...}. */
    static List<String> vepFields(String description) {
        int i = description.indexOf("Format:");
        if (i < 0) {
            return List.of();
        }
        String f = description.substring(i + "Format:".length()).trim();
        return split(f);
    }

    /** SnpEff: {@code Functional annotations: 'Allele | Annotation | ... '}. */
    static List<String> snpEffFields(String description) {
        int a = description.indexOf('\'');
        int b = description.lastIndexOf('\'');
        String f = a >= 0 && b > a ? description.substring(a + 1, b) : description.substring(description.indexOf(':') + 1);
        return split(f);
    }

    private static List<String> split(String f) {
        List<String> out = new ArrayList<>();
        for (String p : f.split("\\|", -1)) {
            out.add(p.trim());
        }
        return List.copyOf(out);
    }
}
