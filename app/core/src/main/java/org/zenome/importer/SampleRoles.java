package org.zenome.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Sex;

/**
 * Decides each sample's role and sex: explicit choices first, then the PED (child with both parents: proband,
 * father, mother, siblings; unrelated affected/unaffected pair in a cancer case: tumour/normal), then the
 * Mutect2 header lines {@code ##tumor_sample}/{@code ##normal_sample}, then the sample names.
 */
final class SampleRoles {
    private SampleRoles() {
    }

    static List<Sample> resolve(VcfHeader header, PedFile ped, Map<String, SampleRole> explicit, DiseaseArea area,
                                List<String> warnings) {
        List<String> names = header.samples();
        Map<String, SampleRole> roles = new HashMap<>();
        Map<String, Sex> sexes = new HashMap<>();
        Map<String, Boolean> affected = new HashMap<>();
        if (ped != null) {
            for (PedFile.Individual i : ped.individuals()) {
                if (!names.contains(i.id())) {
                    warnings.add("PED individual '" + i.id() + "' is not a sample of the VCF");
                    continue;
                }
                sexes.put(i.id(), i.sex());
                affected.put(i.id(), i.affected());
            }
            for (PedFile.Individual i : ped.individuals()) {
                if (names.contains(i.id()) && i.father() != null && i.mother() != null
                        && names.contains(i.father()) && names.contains(i.mother())) {
                    SampleRole childRole = i.affected() && !roles.containsValue(SampleRole.PROBAND)
                            ? SampleRole.PROBAND : SampleRole.SIBLING;
                    roles.putIfAbsent(i.id(), childRole);
                    roles.putIfAbsent(i.father(), SampleRole.FATHER);
                    roles.putIfAbsent(i.mother(), SampleRole.MOTHER);
                }
            }
            boolean family = !roles.isEmpty();
            if (!family && area == DiseaseArea.CANCER) {
                for (PedFile.Individual i : ped.individuals()) {
                    if (names.contains(i.id())) {
                        roles.putIfAbsent(i.id(), i.affected() ? SampleRole.TUMOUR : SampleRole.NORMAL);
                    }
                }
            }
        }
        String tumour = header.simple().get("tumor_sample");
        String normal = header.simple().get("normal_sample");
        if (tumour != null && names.contains(tumour)) {
            roles.putIfAbsent(tumour, SampleRole.TUMOUR);
        }
        if (normal != null && names.contains(normal)) {
            roles.putIfAbsent(normal, SampleRole.NORMAL);
        }
        for (String n : names) {
            String l = n.toLowerCase(Locale.ROOT);
            if (l.contains("tumor") || l.contains("tumour")) {
                roles.putIfAbsent(n, SampleRole.TUMOUR);
            } else if (l.contains("normal") || l.contains("germline")) {
                roles.putIfAbsent(n, SampleRole.NORMAL);
            }
        }
        if (names.size() == 1) {
            roles.putIfAbsent(names.get(0), area == DiseaseArea.CANCER ? SampleRole.TUMOUR : SampleRole.PROBAND);
        }
        if (ped != null && area != DiseaseArea.CANCER) {
            for (String n : names) {
                if (Boolean.TRUE.equals(affected.get(n)) && !roles.containsValue(SampleRole.PROBAND)) {
                    roles.putIfAbsent(n, SampleRole.PROBAND);
                }
            }
        }
        roles.putAll(explicit);
        if (!roles.containsValue(SampleRole.PROBAND) && !roles.containsValue(SampleRole.TUMOUR) && !names.isEmpty()
                && !roles.containsKey(names.get(0))) {
            roles.put(names.get(0), area == DiseaseArea.CANCER ? SampleRole.TUMOUR : SampleRole.PROBAND);
        }
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            SampleRole role = roles.getOrDefault(n, SampleRole.OTHER);
            boolean aff = affected.getOrDefault(n, role == SampleRole.PROBAND || role == SampleRole.TUMOUR);
            out.add(new Sample(n, role, sexes.getOrDefault(n, Sex.UNKNOWN), aff, i));
        }
        return out;
    }

    /** The disease area implied by roles when the user gave none. */
    static DiseaseArea areaOf(VcfHeader header, PedFile ped, Map<String, SampleRole> explicit) {
        if (explicit.containsValue(SampleRole.TUMOUR) || explicit.containsValue(SampleRole.NORMAL)
                || header.simple().containsKey("tumor_sample")) {
            return DiseaseArea.CANCER;
        }
        for (String n : header.samples()) {
            String l = n.toLowerCase(Locale.ROOT);
            if (l.contains("tumor") || l.contains("tumour")) {
                return DiseaseArea.CANCER;
            }
        }
        return DiseaseArea.RARE_DISEASE;
    }

    /** Column of the sample whose VAF and depth the table shows (proband, else tumour, else the first). */
    static int primary(List<Sample> samples) {
        for (SampleRole r : new SampleRole[] {SampleRole.PROBAND, SampleRole.TUMOUR}) {
            for (Sample s : samples) {
                if (s.role() == r) {
                    return s.column();
                }
            }
        }
        return samples.isEmpty() ? -1 : 0;
    }
}
