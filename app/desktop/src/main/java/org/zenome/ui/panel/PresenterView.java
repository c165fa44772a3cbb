package org.zenome.ui.panel;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zenome.panel.DiscussionNote;
import org.zenome.panel.Outcome;
import org.zenome.panel.VoteValue;
import org.zenome.ui.common.I18n;

/**
 * The presenter view: one agenda case at a time, its candidate findings; for the selected finding the
 * discussion, the votes and the consensus decision; the case conclusion, sign-off and amendment.
 */
public final class PresenterView extends BorderPane {
    private final PresenterViewModel vm;
    private final CaseBrowsers browsers;
    private final BorderPane browserHolder = new BorderPane();
    private org.zenome.ui.browser.CaseBrowserPane browser;
    private final CasePicturesViewModel picturesVm;
    private final CasePicturesPane pictures;
    private final javafx.scene.control.ToggleButton showPictures = new javafx.scene.control.ToggleButton();
    private final javafx.beans.property.ObjectProperty<org.zenome.domain.Finding> selectedRow =
            new javafx.beans.property.SimpleObjectProperty<>();

    public PresenterView(PresenterViewModel vm) {
        this(vm, null);
    }

    /**
     * @param browsers makes the genome browser of each case (null: no browser), opened at the first candidate
     *                 finding and following the selected one
     */
    public PresenterView(PresenterViewModel vm, CaseBrowsers browsers) {
        this.vm = vm;
        this.browsers = browsers;
        I18n i18n = vm.context().i18n();
        PanelLabels labels = vm.context().labels();
        PanelContext.Formatter fmt = new PanelContext.Formatter(i18n);
        getStyleClass().add("presenter");

        Button prev = new Button("\u25c0 " + i18n.get("panel.presenter.previous"));
        prev.setId("presenterPrevious");
        prev.setOnAction(e -> vm.previous());
        prev.disableProperty().bind(vm.indexProperty().lessThanOrEqualTo(0));
        Button next = new Button(i18n.get("panel.presenter.next") + " \u25b6");
        next.setId("presenterNext");
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.indexProperty().get() + 1
                >= vm.meetingProperty().get().agenda().size(), vm.indexProperty(), vm.meetingProperty()));
        Label title = new Label();
        title.setId("presenterTitle");
        title.getStyleClass().add("panel-heading");
        title.textProperty().bind(vm.titleProperty());
        Label state = new Label();
        state.setId("presenterState");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            var r = vm.reviewProperty().get();
            var k = vm.caseProperty().get();
            String status = k == null ? "" : i18n.label(k.status());
            if (r == null) {
                return status;
            }
            return status + " \u2014 " + (r.signed() ? i18n.get("panel.review.signed", r.number(), r.signedBy(),
                    fmt.time(r.signedAt())) + (r.signedAudit() == null ? "" : "  " + i18n.get("panel.review.audit",
                    r.signedAudit().toString())) : i18n.get("panel.review.open", r.number()));
        }, vm.reviewProperty(), vm.caseProperty()));
        // the case's genome-wide pictures in place of the findings, large for the projector
        picturesVm = new CasePicturesViewModel(vm.context());
        pictures = new CasePicturesPane(picturesVm, i18n);
        showPictures.setText(i18n.get("panel.presenter.pictures"));
        showPictures.setId("presenterShowPictures");
        HBox top = new HBox(10, prev, title, next, state, showPictures);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        ListView<CandidateFinding> findings = new ListView<>(vm.findings());
        findings.setId("presenterFindings");
        findings.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CandidateFinding f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                String decided = vm.decisions().stream().filter(d -> d.findingRef().equals(f.ref())).findFirst()
                        .map(d -> "  [" + labels.outcome(d.outcome()) + "]").orElse("");
                long notes = vm.noteCount(f.ref());
                // the discussion so far at a glance: how many notes each finding has
                setText(f + decided + (notes == 0 ? "" : "  " + i18n.get("panel.presenter.notes", notes)) + "\n"
                        + f.summary());
            }
        });
        findings.getSelectionModel().selectedItemProperty().addListener((o, old, f) -> {
            if (f != null) {
                vm.selectedFindingProperty().set(f);
            }
        });
        vm.selectedFindingProperty().addListener((o, old, f) -> {
            if (findings.getSelectionModel().getSelectedItem() != f) {
                findings.getSelectionModel().select(f);
            }
        });
        vm.decisions().addListener((javafx.collections.ListChangeListener<Object>) c -> findings.refresh());

        // discussion
        ListView<DiscussionNote> notes = new ListView<>(vm.notes());
        notes.setId("presenterNotes");
        notes.setPrefHeight(110);
        notes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DiscussionNote n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : fmt.time(n.at()) + "  " + n.author() + "  "
                        + (n.kind() == org.zenome.panel.NoteKind.PROPOSAL ? i18n.get("panel.note.proposal") + ": "
                        : "") + n.text());
            }
        });
        TextField noteText = new TextField();
        noteText.setId("presenterNoteText");
        noteText.setPromptText(i18n.get("panel.note.prompt"));
        noteText.textProperty().bindBidirectional(vm.noteTextProperty());
        Button addNote = new Button(i18n.get("panel.note.add"));
        addNote.setId("presenterAddNote");
        addNote.setOnAction(e -> vm.addNote(false));
        Button addProposal = new Button(i18n.get("panel.note.addProposal"));
        addProposal.setOnAction(e -> vm.addNote(true));
        HBox noteBar = new HBox(6, noteText, addNote, addProposal);
        HBox.setHgrow(noteText, Priority.ALWAYS);

        // votes
        TableView<VoteRow> votes = new TableView<>(vm.votes());
        votes.setId("presenterVotes");
        votes.setEditable(true);
        votes.setPrefHeight(150);
        votes.getColumns().add(MeetingsView.column(i18n.get("panel.attendee.name"), r -> r.attendee().name()));
        votes.getColumns().add(MeetingsView.column(i18n.get("panel.attendee.role"), r -> labels.role(r.attendee()
                .role())));
        TableColumn<VoteRow, VoteValue> vote = new TableColumn<>(i18n.get("panel.vote"));
        vote.setCellValueFactory(d -> d.getValue().voteProperty());
        vote.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<VoteValue> box = new ComboBox<>();

            {
                box.getItems().setAll(VoteValue.values());
                box.setConverter(MeetingsView.converter(labels::vote));
                box.setOnAction(e -> {
                    VoteRow row = getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null) {
                        row.voteProperty().set(box.getValue());
                    }
                });
            }

            @Override
            protected void updateItem(VoteValue v, boolean empty) {
                super.updateItem(v, empty);
                if (empty) {
                    setGraphic(null);
                } else {
                    box.setValue(v);
                    box.setId("vote-" + getIndex());
                    setGraphic(box);
                }
            }
        });
        votes.getColumns().add(vote);
        votes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button saveVotes = new Button(i18n.get("panel.vote.save"));
        saveVotes.setId("presenterSaveVotes");
        saveVotes.setOnAction(e -> vm.saveVotes());

        // decision
        ComboBox<Outcome> outcome = new ComboBox<>();
        outcome.setId("decisionOutcome");
        outcome.getItems().setAll(Outcome.values());
        outcome.setConverter(MeetingsView.converter(labels::outcome));
        outcome.valueProperty().bindBidirectional(vm.outcomeProperty());
        TextField classification = new TextField();
        classification.setId("decisionClass");
        classification.textProperty().bindBidirectional(vm.classificationProperty());
        TextField evidence = new TextField();
        evidence.setId("decisionEvidence");
        evidence.textProperty().bindBidirectional(vm.evidenceProperty());
        TextArea rationale = new TextArea();
        rationale.setId("decisionRationale");
        rationale.setPrefRowCount(4);
        rationale.setWrapText(true);
        rationale.textProperty().bindBidirectional(vm.rationaleProperty());
        TextArea actions = new TextArea();
        actions.setId("decisionActions");
        actions.setPrefRowCount(4);
        actions.setPromptText(i18n.get("panel.decision.actionsPrompt"));
        actions.textProperty().bindBidirectional(vm.actionsProperty());
        Button decide = new Button(i18n.get("panel.decision.record"));
        decide.setId("decisionRecord");
        decide.setOnAction(e -> vm.recordDecision());
        GridPane decision = new GridPane();
        decision.setHgap(6);
        decision.setVgap(6);
        decision.addRow(0, new Label(i18n.get("panel.decision.outcome")), outcome);
        decision.addRow(1, new Label(i18n.get("panel.decision.class")), classification);
        decision.addRow(2, new Label(i18n.get("panel.decision.evidence")), evidence);
        decision.addRow(3, new Label(i18n.get("panel.decision.rationale")), rationale);
        decision.addRow(4, new Label(i18n.get("panel.decision.actions")), actions);
        decision.add(decide, 1, 5);
        GridPane.setHgrow(rationale, Priority.ALWAYS);

        VBox findingPane = new VBox(8, titled(i18n.get("panel.discussion"), new VBox(6, notes, noteBar)),
                titled(i18n.get("panel.votes"), new VBox(6, votes, saveVotes)));
        findingPane.disableProperty().bind(vm.lockedProperty().or(vm.selectedFindingProperty().isNull()));
        // scrolls on a small screen, so the record button stays reachable below the genome browser
        javafx.scene.control.ScrollPane decisionScroll = new javafx.scene.control.ScrollPane(decision);
        decisionScroll.setFitToWidth(true);
        javafx.scene.Node decisionPane = titled(i18n.get("panel.decision"), decisionScroll);
        decisionPane.disableProperty().bind(vm.lockedProperty().or(vm.selectedFindingProperty().isNull()));

        // case conclusion, sign-off, amendment
        TextArea conclusion = new TextArea();
        conclusion.setId("caseConclusion");
        conclusion.setPrefRowCount(2);
        conclusion.setWrapText(true);
        conclusion.textProperty().bindBidirectional(vm.conclusionProperty());
        TextArea summary = new TextArea();
        summary.setId("caseSummary");
        summary.setPrefRowCount(2);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        Button saveConclusion = new Button(i18n.get("panel.conclusion.save"));
        saveConclusion.setId("conclusionSave");
        saveConclusion.setOnAction(e -> vm.saveConclusion());
        saveConclusion.disableProperty().bind(vm.lockedProperty());
        conclusion.editableProperty().bind(vm.lockedProperty().not());
        summary.editableProperty().bind(vm.lockedProperty().not());
        Button signOff = new Button(i18n.get("panel.signoff"));
        signOff.setId("caseSignOff");
        signOff.disableProperty().bind(vm.lockedProperty().or(vm.chairBinding().not()));
        signOff.setOnAction(e -> askPassword(i18n, vm).ifPresent(vm::signOff));
        Button amend = new Button(i18n.get("panel.amend"));
        amend.setId("caseAmend");
        amend.disableProperty().bind(vm.lockedProperty().not());
        amend.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog();
            d.initOwner(getScene().getWindow());
            d.setTitle(i18n.get("panel.amend"));
            d.setHeaderText(i18n.get("panel.amend.reason"));
            d.getEditor().setId("amendReason");
            d.showAndWait().filter(r -> !r.isBlank()).ifPresent(vm::amend);
        });
        ListView<org.zenome.panel.CaseReview> versions = new ListView<>(vm.versions());
        versions.setPrefHeight(70);
        versions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(org.zenome.panel.CaseReview r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : i18n.get("panel.version.line", r.number(), r.openedBy(),
                        fmt.time(r.openedAt()), r.amendmentReason() == null ? "" : r.amendmentReason(),
                        r.signed() ? r.signedBy() + " " + fmt.time(r.signedAt()) : "\u2014"));
            }
        });
        conclusion.setPrefRowCount(3);
        summary.setPrefRowCount(3);
        VBox conclusionBox = new VBox(4, new Label(i18n.get("panel.conclusion")), conclusion);
        VBox summaryBox = new VBox(4, new Label(i18n.get("panel.summary")), summary);
        VBox versionBox = new VBox(4, new Label(i18n.get("panel.versions")), versions);
        HBox.setHgrow(conclusionBox, Priority.ALWAYS);
        HBox.setHgrow(summaryBox, Priority.ALWAYS);
        HBox.setHgrow(versionBox, Priority.ALWAYS);
        HBox casePane = new HBox(8, conclusionBox, summaryBox, versionBox,
                new VBox(6, saveConclusion, signOff, amend));

        javafx.scene.control.ScrollPane findingScroll = new javafx.scene.control.ScrollPane(findingPane);
        findingScroll.setFitToWidth(true);
        SplitPane center = new SplitPane(findings, findingScroll, decisionPane);
        center.setDividerPositions(0.25, 0.62);
        showPictures.selectedProperty().addListener((o, old, on) -> {
            showPictures.setText(on ? i18n.get("panel.presenter.findingsView")
                    : i18n.get("panel.presenter.pictures"));
            if (on) {
                picturesVm.show(vm.caseProperty().get(), false);
                pictures.requestFocus();
            } else {
                pictures.closeFullScreen();
            }
        });
        vm.caseProperty().addListener((o, old, k) -> {
            if (showPictures.isSelected()) {
                picturesVm.show(k, false);
            }
        });
        if (browsers == null) {
            setCenter(center);
        } else {
            // the genome browser of the case above the findings: opens at the first locus, follows the selection
            browserHolder.setId("presenterBrowserHolder");
            browserHolder.setMinHeight(160);
            SplitPane vertical = new SplitPane(browserHolder, center);
            vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
            vertical.setDividerPositions(0.4);
            setCenter(vertical);
            selectedRow.bind(Bindings.createObjectBinding(() -> vm.selectedFindingProperty().get() == null ? null
                    : vm.selectedFindingProperty().get().finding(), vm.selectedFindingProperty()));
            vm.caseProperty().addListener((o, old, k) -> {
                if (k == null || old == null || !old.caseId().equals(k.caseId()) || browser == null) {
                    openBrowser(k);
                }
            });
        }
        // the pictures lie over the findings (the genome browser stays where it is, only hidden)
        javafx.scene.Node findingsView = getCenter();
        pictures.visibleProperty().bind(showPictures.selectedProperty());
        findingsView.visibleProperty().bind(showPictures.selectedProperty().not());
        setCenter(new javafx.scene.layout.StackPane(findingsView, pictures));
        Label message = new Label();
        message.setId("presenterMessage");
        message.setWrapText(true);
        message.getStyleClass().add("error-text");
        message.textProperty().bind(vm.messageProperty());
        VBox bottom = new VBox(6, titled(i18n.get("panel.conclusion"), casePane), message);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        // the pictures take the whole view (the conclusion comes back with the findings)
        showPictures.selectedProperty().addListener((o, old, on) -> setBottom(on ? null : bottom));
        setPadding(new Insets(8));
    }

    /** The browser of another case: the previous one is disposed (its files no longer served). */
    private void openBrowser(org.zenome.domain.CaseSummary kase) {
        if (browser != null) {
            browser.dispose();
            browser = null;
        }
        browserHolder.setCenter(null);
        if (kase == null) {
            return;
        }
        browser = browsers.open(kase, new org.zenome.ui.browser.FindingSelection() {
            @Override
            public javafx.beans.value.ObservableValue<org.zenome.domain.Finding> selected() {
                return selectedRow;
            }

            @Override
            public java.util.List<org.zenome.domain.Finding> items() {
                return vm.findings().stream().map(CandidateFinding::finding).filter(java.util.Objects::nonNull)
                        .toList();
            }

            @Override
            public void select(org.zenome.domain.Finding finding) {
                vm.findings().stream().filter(c -> c.finding() != null && c.finding().id() == finding.id())
                        .findFirst().ifPresent(c -> vm.selectedFindingProperty().set(c));
            }
        });
        browserHolder.setCenter(browser);
    }

    /** The genome browser of the case shown, null before the first case (or without browsers). */
    public org.zenome.ui.browser.CaseBrowserPane browser() {
        return browser;
    }

    /** The genome-wide pictures of the case (shown with the "Genome-wide pictures" button). */
    public CasePicturesPane pictures() {
        return pictures;
    }

    /** Shows the case's genome-wide pictures (true) or its findings (false). */
    public void showPictures(boolean on) {
        showPictures.setSelected(on);
    }

    /** Closes the browser (the presenter tab closes). */
    public void dispose() {
        pictures.closeFullScreen();
        if (browser != null) {
            browser.dispose();
            browser = null;
        }
    }

    /** Asks the chair for the password (sign-off is confirmed by re-entering it). */
    private Optional<char[]> askPassword(I18n i18n, PresenterViewModel vm) {
        Dialog<char[]> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(i18n.get("panel.signoff"));
        var quorum = vm.meetingProperty().get().quorum();
        // the chair signs knowing whether the roster met the rule (the report shows it too)
        String warning = quorum == null ? "\n" + i18n.get("panel.signoff.quorumUnchecked")
                : quorum.met() ? "" : "\n" + i18n.get("panel.signoff.quorumNotMet", quorum.problems().size());
        // by circulation: the case's last recorded eligibility (signing off checks it again)
        org.zenome.panel.Meeting meeting = vm.meetingProperty().get();
        if (meeting.format() == org.zenome.panel.MeetingFormat.CIRCULATION && vm.caseProperty().get() != null) {
            String caseId = vm.caseProperty().get().caseId();
            warning += meeting.agenda().stream().filter(a -> a.caseId().equals(caseId))
                    .map(org.zenome.panel.AgendaItem::circulation).filter(java.util.Objects::nonNull)
                    .filter(c -> !c.eligible()).findFirst().map(c -> "\n" + i18n.get(
                            "panel.signoff.circulationNotEligible", c.unmet().size())).orElse("");
        }
        d.setHeaderText(i18n.get("panel.signoff.confirm", vm.caseProperty().get() == null ? ""
                : vm.caseProperty().get().caseId()) + warning);
        PasswordField pw = new PasswordField();
        pw.setId("signOffPassword");
        d.getDialogPane().setContent(pw);
        ButtonType ok = new ButtonType(i18n.get("panel.signoff"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(i18n.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId("signOffConfirm");
        d.setResultConverter(b -> b == ok ? pw.getText().toCharArray() : null);
        d.setOnShown(e -> pw.requestFocus());
        return d.showAndWait();
    }

    private static TitledPane titled(String title, javafx.scene.Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(false);
        return p;
    }
}
