package org.zenome.panel;

import java.util.Locale;
import java.util.Optional;

/**
 * Roles of the people working with Zenome: the members of an expert panel as the MHLW notice on expert-panel
 * requirements (2022) names them, plus the panel secretary and the application administrator.
 */
public enum PanelRole {
    /** がん薬物療法に関する専門的な知識を有する医師. */
    DRUG_THERAPY_PHYSICIAN("drug-therapy-physician", "physician expert in cancer drug therapy"),
    /** 遺伝医学に関する専門的な知識を有する医師. */
    CLINICAL_GENETICIST("clinical-geneticist", "clinical geneticist"),
    /** 遺伝カウンセリング技術を有する者. */
    GENETIC_COUNSELLOR("genetic-counsellor", "person with genetic-counselling expertise"),
    /** 病理学に関する専門的な知識を有する医師. */
    PATHOLOGIST("pathologist", "pathologist"),
    /** 分子遺伝学やがんゲノム医療に関する十分な知識を有する専門家. */
    MOLECULAR_GENETICIST("molecular-geneticist", "expert in molecular genetics / cancer genomics"),
    /** バイオインフォマティクスに関する十分な知識を有する専門家. */
    BIOINFORMATICIAN("bioinformatician", "bioinformatician"),
    /** 小児がんに専門的な知識を有する医師. */
    PAEDIATRIC_ONCOLOGIST("paediatric-oncologist", "paediatric oncologist"),
    /** 主治医 (or a substitute). */
    TREATING_PHYSICIAN("treating-physician", "treating physician"),
    /** Panel secretary: schedules meetings, keeps the agenda and the attendance. */
    SECRETARY("secretary", "secretary"),
    /** Application administrator: creates users. */
    ADMINISTRATOR("administrator", "administrator");

    private final String code;
    private final String description;

    PanelRole(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The name on the command line and in the rule files, e.g. {@code clinical-geneticist}. */
    public String code() {
        return code;
    }

    /** English description for messages of the command line. */
    public String description() {
        return description;
    }

    /** True for the roles that sit on the panel (all but secretary and administrator). */
    public boolean isPanelMember() {
        return this != SECRETARY && this != ADMINISTRATOR;
    }

    /** By code ({@code clinical-geneticist}) or enum name ({@code CLINICAL_GENETICIST}), any case. */
    public static Optional<PanelRole> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.trim();
        for (PanelRole r : values()) {
            if (r.code.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Lower-case codes of all roles, for messages. */
    public static String codes() {
        StringBuilder b = new StringBuilder();
        for (PanelRole r : values()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(r.code);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
