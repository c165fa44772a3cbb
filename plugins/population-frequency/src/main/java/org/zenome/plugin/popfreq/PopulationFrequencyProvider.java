package org.zenome.plugin.popfreq;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zenome.plugin.Annotation;
import org.zenome.plugin.AnnotationSource;
import org.zenome.plugin.AnnotationSourceProvider;
import org.zenome.plugin.ReferenceBases;
import org.zenome.plugin.SourceInfo;
import org.zenome.plugin.VariantKey;
import org.zenome.plugin.VcfSites;

/**
 * Annotates from a local population-frequency VCF: gnomAD (v2 {@code popmax}/{@code AF_popmax}, v3 and v4
 * {@code grpmax}/{@code AF_grpmax}) or a Japanese population panel in the same style (ToMMo / jMorp: {@code AF},
 * {@code AC}, {@code AN}, homozygote count in {@code nhomalt} or {@code HOM}). Several files can be used on one
 * case; each is a separate source with its own name (taken from the file name unless given).
 */
public final class PopulationFrequencyProvider implements AnnotationSourceProvider {
    private static final Pattern VERSION = Pattern.compile("v(\\d+(?:\\.\\d+)*)");

    @Override
    public String id() {
        return "population-frequency";
    }

    @Override
    public String displayName() {
        return "Population frequency VCF (gnomAD, ToMMo)";
    }

    @Override
    public String version() {
        Properties p = new Properties();
        try (InputStream in = PopulationFrequencyProvider.class.getResourceAsStream("plugin.properties")) {
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
        return Annotation.POPULATION;
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
            if (!sites.hasInfo("AF") && !(sites.hasInfo("AC") && sites.hasInfo("AN"))) {
                throw new IOException(sites.file() + ": not a population-frequency VCF (no ##INFO AF, or AC and AN)");
            }
            String[] nv = nameAndVersion(sites.file().getFileName().toString(), sites);
            SourceInfo info = new SourceInfo(displayName == null || displayName.isBlank() ? nv[0] : displayName,
                    nv[1], sites.build(), sites.file().toString(), Files.size(sites.file()),
                    VcfSites.sha256(sites.file()));
            return new Source(sites, info);
        } catch (IOException | RuntimeException e) {
            sites.close();
            throw e;
        }
    }

    /** Name and version from the file name and header, e.g. {@code gnomAD genomes} and {@code v4.0}. */
    static String[] nameAndVersion(String fileName, VcfSites sites) {
        String n = fileName.toLowerCase(Locale.ROOT);
        Matcher m = VERSION.matcher(n);
        String version = m.find() ? "v" + m.group(1) : "";
        String name;
        if (n.contains("gnomad")) {
            name = "gnomAD" + (n.contains("mtdna") ? " mtDNA" : n.contains("exome") ? " exomes"
                    : n.contains("genome") ? " genomes" : "");
        } else if (n.contains("tommo") || n.contains("jmorp") || n.matches(".*\\d+kjpn.*")) {
            Matcher k = Pattern.compile("(\\d+kjpn)").matcher(n);
            name = "ToMMo" + (k.find() ? " " + k.group(1).toUpperCase(Locale.ROOT) : "");
        } else {
            String source = sites.headerValue("source");
            name = source != null && !source.isBlank() ? source : fileName.replaceAll("\\.vcf(\\.b?gz)?$", "");
        }
        if (version.isEmpty()) {
            String v = sites.headerValue("fileDate");
            version = v == null ? "" : v;
        }
        return new String[] {name, version};
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
            Map<String, String> f = new LinkedHashMap<>();
            String ac = m.allele(info, "AC");
            String an = info.get("AN");
            String af = m.allele(info, "AF");
            if (af == null && ac != null && an != null) {
                try {
                    long n = Long.parseLong(an);
                    af = n == 0 ? null : Double.toString(Long.parseLong(ac) / (double) n);
                } catch (NumberFormatException e) {
                    af = null;
                }
            }
            put(f, "AF", af);
            put(f, "AC", ac);
            put(f, "AN", an);
            String hom = m.allele(info, "nhomalt");
            if (hom == null) {
                hom = m.allele(info, "HOM");
            }
            put(f, "homozygotes", hom);
            String popmax = first(m.allele(info, "grpmax"), m.allele(info, "popmax"));
            String popmaxAf = first(m.allele(info, "AF_grpmax"), m.allele(info, "AF_popmax"));
            put(f, "popmax", popmax);
            put(f, "popmax_AF", popmaxAf);
            put(f, "filter", m.columns()[6]);
            return Optional.of(new Annotation(Annotation.POPULATION, f));
        }

        private static String first(String a, String b) {
            return a != null ? a : b;
        }

        private static void put(Map<String, String> f, String k, String v) {
            if (v != null && !v.isEmpty() && !v.equals(".")) {
                f.put(k, v);
            }
        }

        @Override
        public void close() {
            sites.close();
        }
    }
}
