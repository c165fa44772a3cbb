package org.zenome.interpretation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zenome.classification.FrequencyThresholds;
import org.zenome.classification.SuggestionSettings;

/**
 * Population-frequency thresholds of the criterion suggestions, per gene and inheritance, from a file the hospital
 * edits ({@code suggestion-thresholds.tsv} in the user data directory), e.g. from ClinGen expert panel
 * specifications:
 *
 * <pre>
 * gene    ba1_above  bs1_above  pm2_dominant_max  pm2_recessive_max
 * *       0.05       0.01       0.0001            0.0007
 * MYH7    0.001      0.0002     0.00004           0.00004
 * reputable_source  on  2
 * </pre>
 *
 * {@code *} sets the defaults; lines starting with {@code #} are comments. {@code reputable_source on|off [STARS]}
 * switches PP5/BP6 from ClinVar (off when absent, as the ClinGen SVI recommends) and sets the review status (1 to 4
 * gold stars, default 2) a ClinVar record needs for them.
 */
public final class SuggestionThresholds {
    private SuggestionThresholds() {
    }

    /** The file users edit. */
    public static Path userFile() {
        return org.zenome.store.StoreLocations.userDataDirectory().resolve("suggestion-thresholds.tsv");
    }

    /**
     * The settings with the thresholds of {@code file}; the defaults when it does not exist.
     *
     * @throws IllegalArgumentException naming the file and line when a line is malformed
     * @throws IOException              when the file cannot be read
     */
    public static SuggestionSettings load(Path file, SuggestionSettings base) throws IOException {
        if (file == null || !Files.exists(file)) {
            return base;
        }
        FrequencyThresholds defaults = base.frequency();
        boolean reputable = base.reputableSource();
        int minStars = base.reputableMinStars();
        Map<String, FrequencyThresholds> genes = new LinkedHashMap<>(base.geneFrequency());
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\\s*\\t\\s*|\\s{2,}");
                if (!header) {
                    header = true;
                    if (f[0].equalsIgnoreCase("gene")) {
                        continue;
                    }
                }
                if (f[0].equalsIgnoreCase(REPUTABLE_SOURCE)) {
                    String onOff = f.length > 1 ? f[1].toLowerCase(java.util.Locale.ROOT) : "";
                    if (f.length > 3 || !(onOff.equals("on") || onOff.equals("off"))) {
                        throw new IllegalArgumentException(file + " line " + n + ": expected " + REPUTABLE_SOURCE
                                + " on|off [minimum ClinVar stars 1-4]");
                    }
                    reputable = onOff.equals("on");
                    if (f.length == 3) {
                        try {
                            minStars = Integer.parseInt(f[2]);
                            SuggestionSettings.checkMinStars(minStars);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(file + " line " + n + ": the ClinVar review status for"
                                    + " PP5/BP6 must be 1 to 4 stars, not '" + f[2] + "'", e);
                        }
                    }
                    continue;
                }
                if (f.length != 5) {
                    throw new IllegalArgumentException(file + " line " + n + ": expected 5 columns (gene, ba1_above,"
                            + " bs1_above, pm2_dominant_max, pm2_recessive_max), found " + f.length);
                }
                FrequencyThresholds t;
                try {
                    t = new FrequencyThresholds(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + n + ": not a number: " + e.getMessage(), e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
                }
                if (f[0].equals("*")) {
                    defaults = t;
                } else {
                    genes.put(f[0], t);
                }
            }
        }
        return new SuggestionSettings(defaults, genes, base.pm2Strength(), base.predictor(), base.fallbackPredictor(),
                reputable, minStars);
    }

    /** The first column of the line that switches PP5/BP6 from ClinVar. */
    public static final String REPUTABLE_SOURCE = "reputable_source";
}
