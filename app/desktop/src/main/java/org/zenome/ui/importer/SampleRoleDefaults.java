package org.zenome.ui.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.zenome.domain.SampleRole;

/**
 * The role each VCF sample gets before the user changes it: from the PED file when the sample is in it
 * (child with both parents: proband if affected else sibling; a parent: mother or father), else from the
 * sample name (tumour / normal), else the first sample is the proband.
 */
public final class SampleRoleDefaults {
    private static final Pattern TUMOUR = Pattern.compile("(?i)(tumou?r|cancer|(^|[_\\-.])T\\d*$|(^|[_\\-.])(TU|TUM)([_\\-.]|$))");
    private static final Pattern NORMAL = Pattern.compile("(?i)(normal|germline|blood|(^|[_\\-.])N\\d*$|(^|[_\\-.])(NOR|GL)([_\\-.]|$))");

    private SampleRoleDefaults() {
    }

    /** One line of a PED file. */
    public record PedEntry(String family, String id, String father, String mother, String sex, String phenotype) {
        boolean affected() {
            return "2".equals(phenotype);
        }

        boolean hasParents() {
            return !"0".equals(father) && !"0".equals(mother);
        }
    }

    /** Reads a PED file (whitespace separated, {@code #} comments); malformed lines are skipped. */
    public static List<PedEntry> readPed(Path ped) throws IOException {
        List<PedEntry> entries = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(ped, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            if (f.length >= 6) {
                entries.add(new PedEntry(f[0], f[1], f[2], f[3], f[4], f[5]));
            }
        }
        return entries;
    }

    /** Default roles for the samples, in sample order. */
    public static Map<String, SampleRole> guess(List<String> samples, List<PedEntry> ped) {
        Map<String, PedEntry> byId = new HashMap<>();
        Set<String> fathers = new HashSet<>();
        Set<String> mothers = new HashSet<>();
        for (PedEntry e : ped) {
            byId.put(e.id(), e);
            fathers.add(e.father());
            mothers.add(e.mother());
        }
        Map<String, SampleRole> roles = new LinkedHashMap<>();
        boolean probandTaken = false;
        for (String s : samples) {
            PedEntry e = byId.get(s);
            SampleRole role = null;
            if (e != null) {
                if (fathers.contains(s)) {
                    role = SampleRole.FATHER;
                } else if (mothers.contains(s)) {
                    role = SampleRole.MOTHER;
                } else if (e.hasParents() && e.affected() && !probandTaken) {
                    role = SampleRole.PROBAND;
                } else if (e.hasParents()) {
                    role = SampleRole.SIBLING;
                } else if (e.affected() && !probandTaken) {
                    role = SampleRole.PROBAND;
                }
            }
            if (role == null) {
                role = fromName(s);
            }
            if (role == SampleRole.PROBAND) {
                probandTaken = true;
            }
            roles.put(s, role);
        }
        boolean anyTumour = roles.containsValue(SampleRole.TUMOUR);
        if (anyTumour) {
            // the other sample of a tumour/normal pair is the normal
            roles.replaceAll((s, r) -> r == SampleRole.OTHER && samples.size() == 2 ? SampleRole.NORMAL : r);
        } else if (!probandTaken) {
            for (Map.Entry<String, SampleRole> entry : roles.entrySet()) {
                if (entry.getValue() == SampleRole.OTHER) {
                    entry.setValue(SampleRole.PROBAND);
                    break;
                }
            }
        }
        return roles;
    }

    static SampleRole fromName(String sample) {
        String s = sample.toUpperCase(Locale.ROOT);
        if (TUMOUR.matcher(s).find()) {
            return SampleRole.TUMOUR;
        }
        if (NORMAL.matcher(s).find()) {
            return SampleRole.NORMAL;
        }
        return SampleRole.OTHER;
    }
}
