package org.zenome.qc;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.zenome.importer.InvalidInputException;

/**
 * The limits the sample QC and identity checks apply; every one can be changed in a properties file
 * ({@code qc-thresholds.properties} of the user data directory, or {@code zenome qc --thresholds FILE}) with the keys
 * of {@link #KEYS}.
 *
 * @param minCallRate            least fraction of the case's records called in a sample (a quality warning below)
 * @param maxMendelianErrorRate  most fraction of a trio's informative sites with a Mendelian error (identity failure above)
 * @param relatednessTolerance   most difference between observed relatedness and the pedigree's (identity failure above)
 * @param femaleMinXHetRatio     X heterozygosity (het / hom-alt outside the PARs) from which a sample looks female
 * @param maleMaxXHetRatio       X heterozygosity up to which a sample looks male
 * @param minXSites              least called X variant sites of a sample for an X-based sex call
 * @param maleMinYDepthRatio     Y depth relative to autosomes (VCF DP, or reads per base) from which a sample looks male
 * @param femaleMaxYDepthRatio   Y depth ratio up to which a sample looks female
 * @param minYSites              least Y records for a VCF-based Y call
 * @param minPairSites           least sites both samples call for a relatedness estimate
 * @param minTumourNormalConcordance least fraction of the normal's germline sites seen in the tumour (same person)
 * @param minTumourNormalSites   least germline sites for the tumour/normal check
 * @param minMeanCoverage        least mean coverage of the reads (a quality warning below)
 * @param minTiTv                least Ti/Tv of a sample's SNVs (a quality warning below; WGS ~2.0)
 */
public record QcThresholds(double minCallRate, double maxMendelianErrorRate, double relatednessTolerance,
                           double femaleMinXHetRatio, double maleMaxXHetRatio, int minXSites,
                           double maleMinYDepthRatio, double femaleMaxYDepthRatio, int minYSites, int minPairSites,
                           double minTumourNormalConcordance, int minTumourNormalSites, double minMeanCoverage,
                           double minTiTv) {

    /** The keys of a thresholds file, in the order of the record's components. */
    public static final String[] KEYS = {"min-call-rate", "max-mendelian-error-rate", "relatedness-tolerance",
        "female-min-x-het-ratio", "male-max-x-het-ratio", "min-x-sites", "male-min-y-depth-ratio",
        "female-max-y-depth-ratio", "min-y-sites", "min-pair-sites", "min-tumour-normal-concordance",
        "min-tumour-normal-sites", "min-mean-coverage", "min-ti-tv"};

    /** File name of the thresholds in the user data directory. */
    public static final String FILE_NAME = "qc-thresholds.properties";

    /** Defaults after peddy and common WGS practice. */
    public static QcThresholds defaults() {
        return new QcThresholds(0.90, 0.05, 0.17, 0.45, 0.20, 20, 0.20, 0.05, 10, 50, 0.80, 20, 20.0, 1.6);
    }

    /** The defaults with the keys a properties file sets. */
    public static QcThresholds load(Path file) throws InvalidInputException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new InvalidInputException(file, 0, "cannot read the QC thresholds: " + e.getMessage());
        }
        for (String k : p.stringPropertyNames()) {
            if (!java.util.Arrays.asList(KEYS).contains(k)) {
                throw new InvalidInputException(file, 0, "unknown QC threshold '" + k + "' (known: "
                        + String.join(", ", KEYS) + ")");
            }
        }
        double[] v = defaults().values();
        for (int i = 0; i < KEYS.length; i++) {
            String s = p.getProperty(KEYS[i]);
            if (s != null) {
                try {
                    v[i] = Double.parseDouble(s.trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(file, 0, "QC threshold " + KEYS[i] + " is not a number: '" + s + "'");
                }
                if (v[i] < 0 || Double.isNaN(v[i])) {
                    throw new InvalidInputException(file, 0, "QC threshold " + KEYS[i] + " must not be negative");
                }
            }
        }
        return new QcThresholds(v[0], v[1], v[2], v[3], v[4], (int) v[5], v[6], v[7], (int) v[8], (int) v[9], v[10],
                (int) v[11], v[12], v[13]);
    }

    double[] values() {
        return new double[] {minCallRate, maxMendelianErrorRate, relatednessTolerance, femaleMinXHetRatio,
            maleMaxXHetRatio, minXSites, maleMinYDepthRatio, femaleMaxYDepthRatio, minYSites, minPairSites,
            minTumourNormalConcordance, minTumourNormalSites, minMeanCoverage, minTiTv};
    }

    /** {@code key=value,...}: what is recorded with a QC result. */
    public String describe() {
        double[] v = values();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < KEYS.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(KEYS[i]).append('=');
            sb.append(v[i] == Math.rint(v[i]) ? Long.toString((long) v[i]) : String.format(Locale.ROOT, "%s", v[i]));
        }
        return sb.toString();
    }
}
