package org.zenome.ui.phenotype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.zenome.phenotype.Disease;
import org.zenome.phenotype.GeneDisease;
import org.zenome.phenotype.InheritanceCheck;
import org.zenome.ui.common.I18n;

/**
 * The selected finding's gene: its diseases best match first, each with the phenotype-match score, inheritance and
 * key features; the fit of the proband's genotypes with each mode of inheritance (inconsistent ones highlighted);
 * and the gene's Exomiser result.
 */
public final class GeneDiseasePane extends ScrollPane {
    private static final int KEY_FEATURES = 8;
    private final VBox box = new VBox(4);
    private final PhenotypeViewModel vm;
    private final I18n i18n;

    public GeneDiseasePane(PhenotypeViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("geneDiseasePane");
        setFitToWidth(true);
        box.setPadding(new Insets(8));
        setContent(box);
        vm.geneProperty().addListener((o, old, g) -> show(g));
        show(null);
    }

    private void show(GeneInfo g) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        if (g == null) {
            nodes.add(hint(i18n.get("gene.none")));
            box.getChildren().setAll(nodes);
            return;
        }
        Label title = new Label(g.gene());
        title.getStyleClass().add("case-header");
        title.setId("geneTitle");
        nodes.add(title);
        if (g.exomiser() != null) {
            Label ex = new Label(i18n.get("gene.exomiser", g.exomiser().rank(),
                    String.format(Locale.ROOT, "%.3f", g.exomiser().combinedScore())));
            ex.setId("geneExomiser");
            nodes.add(ex);
        }
        if (g.match() == null) {
            nodes.add(hint(vm.availableProperty().get() ? i18n.get("gene.unknown")
                    : i18n.get("phenotype.notInstalled")));
            box.getChildren().setAll(nodes);
            return;
        }
        Label score = new Label(i18n.get("gene.score", String.format(Locale.ROOT, "%.2f", g.match().score())));
        score.setWrapText(true);
        score.setId("geneScore");
        nodes.add(score);
        for (InheritanceCheck.Result r : g.inheritance()) {
            Label l = new Label(fitText(r, vm.label(r.mode()), reasonText(r.reason(), i18n), i18n));
            l.getStyleClass().add("inheritance-" + r.fit().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            l.setWrapText(true);
            l.setId("geneFit-" + r.mode().replace(':', '_'));
            nodes.add(l);
        }
        if (g.match().diseases().isEmpty()) {
            nodes.add(hint(i18n.get("gene.noDiseaseLinks")));
        }
        int i = 0;
        for (GeneDisease gd : g.match().diseases()) {
            Disease d = gd.disease();
            Label name = new Label(String.format(Locale.ROOT, "%.2f  ", gd.score()) + d.name() + "  (" + d.id() + ")");
            name.getStyleClass().add("disease-name");
            name.setWrapText(true);
            name.setId("disease-" + i++);
            nodes.add(name);
            List<String> modes = d.inheritance().stream().map(vm::label).sorted().toList();
            if (!modes.isEmpty()) {
                nodes.add(indent(i18n.get("gene.inheritance", String.join(", ", modes))));
            }
            List<String> key = vm.keyFeatures(d, KEY_FEATURES);
            nodes.add(indent(i18n.get("gene.features", String.join(", ", key))
                    + (d.features().size() > KEY_FEATURES ? " …(" + d.features().size() + ")" : "")));
            if (!gd.conflicts().isEmpty()) {
                Label c = indent(i18n.get("gene.conflicts", String.join(", ",
                        gd.conflicts().stream().map(vm::label).toList())));
                c.getStyleClass().add("inheritance-inconsistent");
                nodes.add(c);
            }
        }
        box.getChildren().setAll(nodes);
    }

    private static String fitText(InheritanceCheck.Result r, String mode, String reason, I18n i18n) {
        return switch (r.fit()) {
            case CONSISTENT -> i18n.get("gene.fit.CONSISTENT", mode, reason);
            case INCONSISTENT -> i18n.get("gene.fit.INCONSISTENT", mode, reason);
            case NOT_ASSESSED -> i18n.get("gene.fit.NOT_ASSESSED", mode, reason);
        };
    }

    private static String reasonText(String reason, I18n i18n) {
        return switch (reason) {
            case "one-allele" -> i18n.get("gene.reason.one-allele");
            case "de-novo" -> i18n.get("gene.reason.de-novo");
            case "inherited" -> i18n.get("gene.reason.inherited");
            case "homozygous" -> i18n.get("gene.reason.homozygous");
            case "compound-het" -> i18n.get("gene.reason.compound-het");
            case "same-parent" -> i18n.get("gene.reason.same-parent");
            case "single-het" -> i18n.get("gene.reason.single-het");
            case "no-variant" -> i18n.get("gene.reason.no-variant");
            case "hemizygous" -> i18n.get("gene.reason.hemizygous");
            case "not-x" -> i18n.get("gene.reason.not-x");
            default -> i18n.get("gene.reason.not-assessed");
        };
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint-text");
        return l;
    }

    private static Label indent(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPadding(new Insets(0, 0, 0, 16));
        return l;
    }
}
