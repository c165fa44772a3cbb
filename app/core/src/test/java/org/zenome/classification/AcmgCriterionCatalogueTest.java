package org.zenome.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.JapanApprovalStatus;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.OncogenicityClass;
import org.zenome.classification.somatic.OncogenicityCriterion;

class AcmgCriterionCatalogueTest {

    @Test
    void the28CriteriaOfRichards2015WithTheirDefaultStrengths() {
        assertThat(AcmgCriterion.values()).hasSize(28);
        Map<Strength, Long> pathogenic = new EnumMap<>(Strength.class);
        Map<Strength, Long> benign = new EnumMap<>(Strength.class);
        for (AcmgCriterion c : AcmgCriterion.values()) {
            (c.direction() == Direction.PATHOGENIC ? pathogenic : benign).merge(c.defaultStrength(), 1L, Long::sum);
            String prefix = c.code().replaceAll("[0-9]", "");
            Strength expected = Map.of("PVS", Strength.VERY_STRONG, "PS", Strength.STRONG, "PM", Strength.MODERATE,
                    "PP", Strength.SUPPORTING, "BA", Strength.STAND_ALONE, "BS", Strength.STRONG, "BP",
                    Strength.SUPPORTING).get(prefix);
            assertThat(c.defaultStrength()).as(c.code()).isEqualTo(expected);
        }
        assertThat(pathogenic).containsEntry(Strength.VERY_STRONG, 1L).containsEntry(Strength.STRONG, 4L)
                .containsEntry(Strength.MODERATE, 6L).containsEntry(Strength.SUPPORTING, 5L);
        assertThat(benign).containsEntry(Strength.STAND_ALONE, 1L).containsEntry(Strength.STRONG, 4L)
                .containsEntry(Strength.SUPPORTING, 7L);
    }

    @Test
    void groupsFollowFigure1OfRichards2015() {
        Map<CriterionGroup, Set<String>> groups = new EnumMap<>(CriterionGroup.class);
        for (AcmgCriterion c : AcmgCriterion.values()) {
            groups.computeIfAbsent(c.group(), g -> new TreeSet<>()).add(c.code());
        }
        assertThat(groups.get(CriterionGroup.POPULATION)).containsExactly("BA1", "BS1", "BS2", "PM2", "PS4");
        assertThat(groups.get(CriterionGroup.COMPUTATIONAL)).containsExactly("BP1", "BP3", "BP4", "BP7", "PM4",
                "PM5", "PP3", "PS1", "PVS1");
        assertThat(groups.get(CriterionGroup.FUNCTIONAL)).containsExactly("BS3", "PM1", "PP2", "PS3");
        assertThat(groups.get(CriterionGroup.SEGREGATION)).containsExactly("BS4", "PP1");
        assertThat(groups.get(CriterionGroup.DE_NOVO)).containsExactly("PM6", "PS2");
        assertThat(groups.get(CriterionGroup.ALLELIC)).containsExactly("BP2", "PM3");
        assertThat(groups.get(CriterionGroup.DATABASE)).containsExactly("BP6", "PP5");
        assertThat(groups.get(CriterionGroup.OTHER)).containsExactly("BP5", "PP4");
    }

    @Test
    void classNamesAreExactInEnglishAndJapanese() {
        assertThat(Stream.of(AcmgClass.values()).map(AcmgClass::label)).containsExactly("Pathogenic",
                "Likely pathogenic", "Uncertain significance", "Likely benign", "Benign");
        assertThat(Stream.of(AcmgClass.values()).map(c -> c.displayName(Locale.ENGLISH))).containsExactly(
                "Pathogenic", "Likely pathogenic", "Uncertain significance", "Likely benign", "Benign");
        assertThat(Stream.of(AcmgClass.values()).map(c -> c.displayName(Locale.JAPANESE))).containsExactly("病的",
                "病的の可能性が高い", "意義不明", "良性の可能性が高い", "良性");
        assertThat(AcmgClass.parse("likely PATHOGENIC")).contains(AcmgClass.LIKELY_PATHOGENIC);
    }

    @Test
    void englishIsEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertThat(AcmgClass.BENIGN.displayName(Locale.ENGLISH)).isEqualTo("Benign");
            assertThat(AcmgCriterion.BA1.description(Locale.ENGLISH))
                    .isEqualTo("Allele frequency above 5% in population databases");
            assertThat(AcmgCriterion.BA1.description(Locale.JAPAN)).isEqualTo("集団データベースでのアレル頻度が5%を超える");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Keys the code builds from enum names, plus the fixed keys; both bundles must hold exactly these. */
    private static Set<String> expectedMessageKeys() {
        Set<String> keys = new TreeSet<>();
        Stream.of(AcmgClass.values()).forEach(c -> keys.add("class." + c.name()));
        Stream.of(AcmgClass.values()).forEach(c -> keys.add("points." + c.name()));
        Stream.of(Strength.values()).forEach(s -> keys.add("strength." + s.name()));
        Stream.of(Direction.values()).forEach(d -> keys.add("direction." + d.name()));
        Stream.of(CriterionGroup.values()).forEach(g -> keys.add("group." + g.name()));
        Stream.of(CallStatus.values()).forEach(s -> keys.add("status." + s.name()));
        Stream.of(InheritanceMode.values()).forEach(i -> keys.add("inheritance." + i.name()));
        Stream.of(AmpTier.values()).forEach(a -> keys.add("amp." + a.name()));
        Stream.of(JapaneseEvidenceLevel.values()).forEach(l -> keys.add("evidence." + l.name()));
        Stream.of(OncogenicityCriterion.values()).forEach(o -> keys.add("oncogenicity." + o.name()));
        Stream.of(OncogenicityClass.values()).forEach(o -> keys.add("oncogenicityClass." + o.name()));
        Stream.of(JapanApprovalStatus.values()).forEach(a -> keys.add("approval." + a.name()));
        Stream.of(ConfirmationMethod.values()).forEach(m -> keys.add("confirmationMethod." + m.name()));
        Stream.of(ConfirmationStatus.values()).forEach(s -> keys.add("confirmationStatus." + s.name()));
        keys.addAll(Set.of("rules.p.i.a", "rules.p.i.a.twoVeryStrong", "rules.p.i.b", "rules.p.i.c", "rules.p.i.d",
                "rules.p.ii", "rules.p.iii.a", "rules.p.iii.b", "rules.p.iii.c", "rules.lp.i", "rules.lp.ii",
                "rules.lp.iii", "rules.lp.iv", "rules.lp.v", "rules.lp.vi", "rules.b.i", "rules.b.ii", "rules.lb.i",
                "rules.lb.ii", "rules.vus.i", "rules.vus.ii"));
        keys.addAll(Set.of("suggest.pm2.absent", "suggest.pm2.dominant", "suggest.pm2.recessive", "suggest.ba1",
                "suggest.bs1", "suggest.pp3", "suggest.bp4", "suggest.pvs1.ablation", "suggest.pvs1.nmd",
                "suggest.pvs1.lastExon.unknownSize", "suggest.pvs1.lastExon.large", "suggest.pvs1.lastExon.small",
                "suggest.pvs1.nmdEscape.unknownSize", "suggest.pvs1.nmdEscape.large", "suggest.pvs1.nmdEscape.small",
                "suggest.pvs1.penultimate", "suggest.pvs1.exonUnknown", "suggest.pvs1.splice", "suggest.pvs1.start",
                "suggest.ps2", "suggest.pm6", "suggest.pm3", "suggest.pp5", "suggest.bp6", "suggest.pp5.setting",
                "suggest.bp6.setting"));
        keys.addAll(Set.of("cli.criteria", "cli.none", "cli.rules", "cli.points", "cli.disagree", "cli.mixed"));
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AcmgCriterionCatalogueTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void messageBundlesHoldExactlyTheKeysTheCodeUsesInBothLanguages() throws IOException {
        Set<String> expected = expectedMessageKeys();
        for (String file : new String[] {"messages.properties", "messages_ja.properties"}) {
            Properties p = load(file);
            assertThat(p.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(expected);
            p.forEach((k, v) -> assertThat(v.toString()).as(file + " " + k).isNotBlank().doesNotContain("'"));
        }
        Set<String> codes = Stream.of(AcmgCriterion.values()).map(AcmgCriterion::code).collect(Collectors.toSet());
        for (String file : new String[] {"criteria.properties", "criteria_ja.properties"}) {
            assertThat(load(file).stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(codes);
        }
    }

    @Test
    void japaneseTextsAreJapanese() throws IOException {
        Properties ja = load("messages_ja.properties");
        Properties en = load("messages.properties");
        for (String key : ja.stringPropertyNames()) {
            if (key.startsWith("cli.") || key.startsWith("class.") || key.startsWith("oncogenicity")
                    || key.startsWith("evidence.") || key.startsWith("suggest.") || key.startsWith("rules.")) {
                assertThat(ja.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key))
                        .matches(s -> s.codePoints().anyMatch(c -> c >= 0x3000), "contains Japanese");
            }
        }
    }
}
