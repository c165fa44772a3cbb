package org.zenome.ui.panel;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.zenome.audit.AuditEntry;
import org.zenome.ui.common.I18n;

/** The audit log viewer. */
public final class AuditView extends BorderPane {

    public AuditView(AuditViewModel vm) {
        I18n i18n = vm.context().i18n();
        PanelContext.Formatter fmt = new PanelContext.Formatter(i18n);
        TextField kase = new TextField();
        kase.setId("auditCase");
        kase.setPromptText(i18n.get("panel.audit.case"));
        kase.textProperty().bindBidirectional(vm.caseFilterProperty());
        TextField user = new TextField();
        user.setId("auditUser");
        user.setPromptText(i18n.get("panel.audit.user"));
        user.textProperty().bindBidirectional(vm.userFilterProperty());
        DatePicker from = new DatePicker();
        from.setPromptText(i18n.get("panel.audit.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText(i18n.get("panel.audit.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button apply = new Button(i18n.get("panel.audit.apply"));
        apply.setId("auditApply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> vm.refresh());
        Button verify = new Button(i18n.get("panel.audit.verify"));
        verify.setId("auditVerify");
        verify.setOnAction(e -> vm.verify());
        Label count = new Label();
        count.textProperty().bind(vm.messageProperty());
        FlowPane filters = new FlowPane(6, 6, kase, user, from, to, apply, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = new TableView<>(vm.entries());
        table.setId("auditTable");
        table.getColumns().add(MeetingsView.column("#", e -> Long.toString(e.seq())));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.audit.time"), e -> fmt.time(e.at())));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.audit.user"), AuditEntry::actor));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.audit.action"), AuditEntry::action));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.audit.entity"), e -> e.entityType() + " "
                + e.entityId()));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.audit.case"), e -> e.caseId() == null ? ""
                : e.caseId()));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.audit.before"), e -> e.before() == null ? ""
                : e.before()));
        table.getColumns().add(MeetingsView.column(i18n.get("panel.audit.after"), e -> e.after() == null ? ""
                : e.after()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label result = new Label();
        result.setId("auditResult");
        result.setWrapText(true);
        result.textProperty().bind(vm.verificationProperty());
        TextField expected = new TextField();
        expected.setId("auditExpectHead");
        expected.setPromptText(i18n.get("panel.audit.expectHead"));
        expected.setPrefColumnCount(40);
        expected.textProperty().bindBidirectional(vm.expectedHeadProperty());
        // the head to note down outside the database (selectable, to copy)
        TextField head = new TextField();
        head.setId("auditHead");
        head.setEditable(false);
        head.setPrefColumnCount(40);
        head.textProperty().bind(vm.headProperty());
        head.visibleProperty().bind(vm.headProperty().isNotEmpty());
        Label headLabel = new Label(i18n.get("panel.audit.head"));
        headLabel.visibleProperty().bind(head.visibleProperty());
        VBox bottom = new VBox(6, new FlowPane(6, 6, expected, verify, result),
                new FlowPane(6, 6, headLabel, head));
        bottom.setPadding(new Insets(6, 0, 0, 0));
        setTop(filters);
        setCenter(table);
        setBottom(bottom);
        setPadding(new Insets(8));
        BorderPane.setMargin(table, new Insets(6, 0, 0, 0));
    }
}
