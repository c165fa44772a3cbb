package org.zenome.plugin.clinvar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.zenome.plugin.Annotation;
import org.zenome.plugin.AnnotationSource;
import org.zenome.plugin.AnnotationSourceProvider;
import org.zenome.plugin.ReferenceBases;
import org.zenome.plugin.SourceInfo;
import org.zenome.plugin.VariantKey;
import org.zenome.plugin.VcfSites;

/**
 * Annotates from a local ClinVar VCF (the NCBI weekly {@code clinvar.vcf.gz} with its {@code .tbi}, or an excerpt
 * of it): germline classification ({@code CLNSIG}), review status ({@code CLNREVSTAT}) as ClinVar's gold stars,
 * conditions ({@code CLNDN}) and the variation ID (the VCF ID column).
 */
public final class ClinVarProvider implements AnnotationSourceProvider {

    @Override
    public String id() {
        return "clinvar";
    }

    @Override
    public String displayName() {
        return "ClinVar VCF";
    }

    @Override
    public String version() {
        return PluginVersion.of(ClinVarProvider.class);
    }

    @Override
    public String kind() {
        return Annotation.CLINVAR;
    }

    @Override
    public AnnotationSource open(Path file, String displayName) throws IOException {
        return open(file, displayName, null);
    }

    /** Indels of the case and of the file are left-aligned against {@code reference} when one is given. */
    @Override
    public AnnotationSource open(Path file, String displayName, ReferenceBases reference) throws IOException {
        VcfSites sites = VcfSites.open(file, reference);
        try {
            String source = sites.headerValue("source");
            if (!sites.hasInfo("CLNSIG") || !(source == null || source.toLowerCase(Locale.ROOT).contains("clinvar"))) {
                throw new IOException(sites.file() + ": not a ClinVar VCF (no ##INFO CLNSIG"
                        + (source == null ? "" : ", ##source=" + source) + ")");
            }
            String version = sites.headerValue("fileDate");
            SourceInfo info = new SourceInfo(displayName == null || displayName.isBlank() ? "ClinVar" : displayName,
                    version == null ? "" : version.replace("-", ""), sites.build(), sites.file().toString(),
                    Files.size(sites.file()), VcfSites.sha256(sites.file()));
            return new Source(sites, info);
        } catch (IOException | RuntimeException e) {
            sites.close();
            throw e;
        }
    }

    /**
     * ClinVar's gold stars for a review status: practice guideline 4, expert panel 3, multiple submitters without
     * conflicts 2, single submitter or conflicting classifications 1, no assertion criteria or no classification 0.
     */
    public static int stars(String reviewStatus) {
        if (reviewStatus == null) {
            return 0;
        }
        String s = reviewStatus.toLowerCase(Locale.ROOT).replace(' ', '_');
        if (s.contains("practice_guideline")) {
            return 4;
        }
        if (s.contains("reviewed_by_expert_panel")) {
            return 3;
        }
        if (s.contains("multiple_submitters") && s.contains("no_conflicts")) {
            return 2;
        }
        if (s.contains("single_submitter") || s.contains("conflicting")) {
            return 1;
        }
        return 0;
    }

    private static final class Source implements AnnotationSource {
        private final VcfSites sites;
        private final SourceInfo info;

        Source(VcfSites sites, SourceInfo info) {
            this.sites = sites;
            this.info = info;
        }

        @Override
        public SourceInfo info() {
            return info;
        }

        @Override
        public Optional<Annotation> lookup(VariantKey variant) throws IOException {
            List<VcfSites.Match> matches = sites.find(variant);
            if (matches.isEmpty()) {
                return Optional.empty();
            }
            VcfSites.Match m = matches.get(0);
            Map<String, String> info = m.info();
            Map<String, String> fields = new LinkedHashMap<>();
            String sig = text(info.get("CLNSIG"));
            String rev = text(info.get("CLNREVSTAT"));
            fields.put("significance", sig);
            fields.put("review_status", rev);
            fields.put("stars", Integer.toString(stars(info.get("CLNREVSTAT"))));
            fields.put("conditions", text(info.get("CLNDN")).replace("|", "; "));
            fields.put("variation_id", m.id());
            if (info.containsKey("GENEINFO")) {
                fields.put("gene", info.get("GENEINFO").replaceAll(":[0-9]+", ""));
            }
            if (info.containsKey("ONC")) {
                fields.put("oncogenicity", text(info.get("ONC")));
            }
            return Optional.of(new Annotation(Annotation.CLINVAR, fields));
        }

        private static String text(String v) {
            return v == null ? "" : v.replace('_', ' ');
        }

        @Override
        public void close() {
            sites.close();
        }
    }

    /** The version from the filtered {@code plugin.properties}. */
    static final class PluginVersion {
        private PluginVersion() {
        }

        static String of(Class<?> type) {
            Properties p = new Properties();
            try (InputStream in = type.getResourceAsStream("plugin.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return p.getProperty("version", "unknown");
        }
    }
}
