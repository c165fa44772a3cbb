package org.zenome.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zenome.domain.Finding;
import org.zenome.domain.FindingDetail;
import org.zenome.domain.TranscriptAnnotation;

/** Reads everything of one stored VCF line for the detail pane: INFO, all transcripts, every sample's data. */
public final class RecordDetails {
    private RecordDetails() {
    }

    /** Parses a header stored as text (lines joined by newlines). */
    public static VcfHeader parseHeader(String text) throws InvalidInputException {
        VcfHeaderParser p = new VcfHeaderParser("stored header");
        long n = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (p.accept(line, ++n)) {
                break;
            }
        }
        return p.header();
    }

    public static FindingDetail decode(VcfHeader header, String line, long lineNo, int altIndex, Finding finding) {
        String[] cols = line.split("\t", -1);
        String ref = cols[3];
        String[] alts = cols[4].split(",", -1);
        Map<String, String> info = new LinkedHashMap<>();
        String csq = null;
        String ann = null;
        if (cols.length > 7 && !cols[7].equals(".")) {
            for (String kv : cols[7].split(";")) {
                if (kv.isEmpty()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                String k = eq < 0 ? kv : kv.substring(0, eq);
                String v = eq < 0 ? "" : kv.substring(eq + 1);
                if (k.equals("CSQ")) {
                    csq = v;
                } else if (k.equals("ANN")) {
                    ann = v;
                }
                info.put(k, v);
            }
        }
        List<TranscriptAnnotation> transcripts = new ArrayList<>();
        int a = altIndex - 1;
        AnnotationLayout vep = AnnotationLayout.vep(header.csqFields());
        if (vep != null && csq != null && a >= 0 && a < alts.length) {
            transcripts.addAll(Annotations.toDomain(Annotations.byAllele(csq, vep, ref, alts)[a], vep));
        }
        AnnotationLayout snpEff = AnnotationLayout.snpEff(header.annFields());
        if (snpEff != null && ann != null && a >= 0 && a < alts.length) {
            transcripts.addAll(Annotations.toDomain(Annotations.byAllele(ann, snpEff, ref, alts)[a], snpEff));
        }
        List<String> format = cols.length > 8 ? List.of(cols[8].split(":", -1)) : List.of();
        Map<String, List<String>> sampleData = new LinkedHashMap<>();
        List<String> names = header.samples();
        for (int s = 0; s < names.size() && 9 + s < cols.length; s++) {
            sampleData.put(names.get(s), List.of(cols[9 + s].split(":", -1)));
        }
        return new FindingDetail(finding, List.copyOf(transcripts), info, format, sampleData);
    }
}
