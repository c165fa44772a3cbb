package org.zenome.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a VCF header Zenome uses, parsed by {@link VcfHeaderParser}. */
public final class VcfHeader {

    /** An INFO or FORMAT definition. */
    public record Definition(String id, String number, String type, String description) {
    }

    /** A {@code ##contig} line. */
    public record Contig(String id, long length, String assembly) {
    }

    String fileFormat;
    final List<String> lines = new ArrayList<>();
    final Map<String, Definition> info = new LinkedHashMap<>();
    final Map<String, Definition> format = new LinkedHashMap<>();
    final List<Contig> contigs = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    final Map<String, String> simple = new LinkedHashMap<>();
    /** IDs of the {@code ##FILTER} lines. */
    final java.util.Set<String> filters = new java.util.HashSet<>();
    String reference;
    List<String> samples = List.of();
    List<String> csqFields = List.of();
    List<String> annFields = List.of();
    /** 1-based line number of the {@code #CHROM} line. */
    long columnsLine;

    public String fileFormat() {
        return fileFormat;
    }

    /** Every header line as read (meta lines and the #CHROM line). */
    public List<String> lines() {
        return Collections.unmodifiableList(lines);
    }

    public Map<String, Definition> info() {
        return Collections.unmodifiableMap(info);
    }

    public Map<String, Definition> format() {
        return Collections.unmodifiableMap(format);
    }

    public List<Contig> contigs() {
        return Collections.unmodifiableList(contigs);
    }

    public List<String> sources() {
        return Collections.unmodifiableList(sources);
    }

    /** Unstructured {@code ##key=value} lines (last value wins), e.g. fileDate, tumor_sample. */
    public Map<String, String> simple() {
        return Collections.unmodifiableMap(simple);
    }

    public String reference() {
        return reference;
    }

    public List<String> samples() {
        return samples;
    }

    /** VEP CSQ field names from the header, empty when the file has no CSQ definition. */
    public List<String> csqFields() {
        return csqFields;
    }

    /** SnpEff ANN field names from the header, empty when the file has no ANN definition. */
    public List<String> annFields() {
        return annFields;
    }

    public long columnsLine() {
        return columnsLine;
    }
}
