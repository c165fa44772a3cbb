package org.zenome.ui.panel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.zenome.domain.DiseaseArea;
import org.zenome.panel.AgendaItem;
import org.zenome.panel.Attendee;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.User;
import org.zenome.ui.common.I18n;

/** Meetings: the list, a new-meeting form, and the selected meeting's agenda, attendance and quorum. */
public final class MeetingsView extends BorderPane {

    public MeetingsView(MeetingsViewModel vm, Consumer<Meeting> openPresenter) {
        I18n i18n = vm.context().i18n();
        PanelLabels labels = vm.context().labels();
        PanelContext.Formatter fmt = new PanelContext.Formatter(i18n);

        TableView<Meeting> table = new TableView<>(vm.meetings());
        table.setId("meetingTable");
        table.getColumns().add(column(i18n.get("panel.meeting.column.date"), m -> m.heldAt().toString().replace('T',
                ' ')));
        table.getColumns().add(column(i18n.get("panel.meeting.column.format"), m -> labels.format(m.format())));
        table.getColumns().add(column(i18n.get("panel.meeting.column.area"), m -> i18n.label(m.diseaseArea())));
        table.getColumns().add(column(i18n.get("panel.meeting.column.chair"), Meeting::chair));
        table.getColumns().add(column(i18n.get("panel.meeting.column.cases"), m -> Integer.toString(m.agenda()
                .size())));
        table.getColumns().add(column(i18n.get("panel.meeting.column.quorum"), m -> m.quorum() == null ? ""
                : m.quorum().met() ? "\u2713" : "\u26a0"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, m) -> {
            if (m != null && (vm.selectedProperty().get() == null || vm.selectedProperty().get().id() != m.id())) {
                vm.selectedProperty().set(m);
            }
        });
        vm.selectedProperty().addListener((o, old, m) -> {
            if (m != null && table.getSelectionModel().getSelectedItem() != m) {
                table.getSelectionModel().select(m);
            }
        });

        // new meeting
        DatePicker date = new DatePicker(LocalDate.now());
        date.setId("meetingDate");
        TextField time = new TextField("17:00");
        time.setId("meetingTime");
        time.setPrefColumnCount(5);
        ComboBox<MeetingFormat> format = new ComboBox<>();
        format.getItems().setAll(MeetingFormat.values());
        format.setValue(MeetingFormat.HYBRID);
        format.setConverter(converter(labels::format));
        format.setId("meetingFormat");
        ComboBox<DiseaseArea> area = new ComboBox<>();
        area.getItems().setAll(DiseaseArea.values());
        area.setValue(DiseaseArea.CANCER);
        area.setConverter(converter(i18n::label));
        area.setId("meetingArea");
        ComboBox<User> chair = new ComboBox<>(vm.users().filtered(User::isPanelMember));
        chair.setConverter(converter(u -> u.displayName() + " (" + u.username() + ")"));
        chair.setId("meetingChair");
        chair.setPromptText(i18n.get("panel.meeting.chair"));
        TextField title = new TextField();
        title.setId("meetingTitle");
        title.setPromptText(i18n.get("panel.meeting.title"));
        CheckBox inHouse = new CheckBox(i18n.get("panel.meeting.inHouse"));
        inHouse.setSelected(true);
        Button create = new Button(i18n.get("panel.meeting.create"));
        create.setId("meetingCreate");
        create.setOnAction(e -> {
            LocalTime t;
            try {
                t = LocalTime.parse(time.getText().strip());
            } catch (DateTimeParseException ex) {
                t = null;
            }
            vm.create(date.getValue() == null || t == null ? null : LocalDateTime.of(date.getValue(), t),
                    format.getValue(), area.getValue(), title.getText(), chair.getValue(), inHouse.isSelected());
        });
        FlowPane form = new FlowPane(6, 6, date, time, format, area, chair, title, inHouse, create);
        TitledPane newMeeting = new TitledPane(i18n.get("panel.meeting.new"), form);
        newMeeting.setCollapsible(false);
        VBox left = new VBox(8, newMeeting, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        // agenda
        ListView<AgendaItem> agenda = new ListView<>();
        agenda.setId("agendaList");
        agenda.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaItem a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.position() + ". " + a.caseId()
                        + (a.treatingPhysician() == null ? "" : "  " + i18n.get("panel.agenda.treatingShown",
                        a.treatingPhysician()))
                        + (a.paediatric() ? "  " + i18n.get("panel.agenda.paediatric") : "")
                        + (a.historySupplied() ? "  " + i18n.get("panel.agenda.history") : "")
                        + circulationMark(a));
            }

            private String circulationMark(AgendaItem a) {
                Meeting m = vm.selectedProperty().get();
                if (m == null || m.format() != MeetingFormat.CIRCULATION || a.circulation() == null) {
                    return "";
                }
                return a.circulation().eligible() ? "  \u2713 " + i18n.get("panel.circulation.agendaEligible")
                        : "  \u26a0 " + i18n.get("panel.circulation.agendaNotEligible");
            }
        });
        agenda.setPrefHeight(140);
        ComboBox<String> caseChoice = new ComboBox<>(vm.caseIds());
        caseChoice.setId("agendaCase");
        caseChoice.setEditable(true);
        caseChoice.setPromptText(i18n.get("panel.agenda.case"));
        CheckBox paediatric = new CheckBox(i18n.get("panel.agenda.paediatric"));
        CheckBox history = new CheckBox(i18n.get("panel.agenda.history"));
        history.setId("agendaHistory");
        // the patient's treating physician: a user with the role, or the name of a referring physician
        ComboBox<String> treating = new ComboBox<>();
        Runnable treatingUsers = () -> treating.getItems().setAll(vm.users().stream()
                .filter(u -> u.has(PanelRole.TREATING_PHYSICIAN)).map(User::username).sorted().toList());
        treatingUsers.run();
        vm.users().addListener((ListChangeListener<User>) c -> treatingUsers.run());
        treating.setId("agendaTreating");
        treating.setEditable(true);
        treating.setPromptText(i18n.get("panel.agenda.treating"));
        java.util.function.Supplier<String> caseText = () -> caseChoice.getEditor().getText().isBlank()
                ? caseChoice.getValue() : caseChoice.getEditor().getText();
        Button addCase = new Button(i18n.get("panel.agenda.add"));
        addCase.setId("agendaAdd");
        addCase.setOnAction(e -> vm.addCase(caseText.get(), paediatric.isSelected(), history.isSelected(),
                treating.getEditor().getText()));
        Button updateCase = new Button(i18n.get("panel.agenda.update"));
        updateCase.setId("agendaUpdate");
        updateCase.setOnAction(e -> vm.updateCase(caseText.get(), paediatric.isSelected(), history.isSelected(),
                treating.getEditor().getText()));
        // choosing an agenda case fills the form with what is recorded, to change it
        agenda.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> {
            if (a != null) {
                caseChoice.getEditor().setText(a.caseId());
                paediatric.setSelected(a.paediatric());
                history.setSelected(a.historySupplied());
                treating.getEditor().setText(a.treatingPhysicianUser() != null ? a.treatingPhysicianUser()
                        : a.treatingPhysician() == null ? "" : a.treatingPhysician());
            }
        });
        VBox agendaBox = new VBox(6, agenda, new FlowPane(6, 6, caseChoice, treating, paediatric, history, addCase,
                updateCase));

        // attendance
        TableView<Attendee> attendees = new TableView<>();
        attendees.setId("attendeeTable");
        attendees.getColumns().add(column(i18n.get("panel.attendee.name"), Attendee::name));
        attendees.getColumns().add(column(i18n.get("panel.attendee.role"), a -> labels.role(a.role())));
        attendees.getColumns().add(column(i18n.get("panel.attendee.mode"), a -> a.remote()
                ? i18n.get("panel.attendee.remote") : i18n.get("panel.attendee.inPerson")));
        attendees.getColumns().add(column(i18n.get("panel.attendee.joined"), a -> fmt.time(a.joinedAt())));
        attendees.getColumns().add(column(i18n.get("panel.attendee.left"), a -> fmt.time(a.leftAt())));
        attendees.getColumns().add(column(i18n.get("panel.attendee.forCase"), a -> String.join(", ", a.forCases())));
        attendees.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attendees.setPrefHeight(180);
        ComboBox<User> member = new ComboBox<>(vm.users().filtered(User::isPanelMember));
        member.setId("attendeeUser");
        member.setConverter(converter(u -> u.displayName() + " (" + u.username() + ")"));
        member.setPromptText(i18n.get("panel.attendee.user"));
        TextField external = new TextField();
        external.setId("attendeeName");
        external.setPromptText(i18n.get("panel.attendee.external"));
        ComboBox<PanelRole> role = new ComboBox<>();
        role.setId("attendeeRole");
        role.setConverter(converter(labels::role));
        role.setPromptText(i18n.get("panel.attendee.role"));
        role.getItems().setAll(java.util.Arrays.stream(PanelRole.values()).filter(PanelRole::isPanelMember).toList());
        member.valueProperty().addListener((o, old, u) -> {
            if (u != null) {
                role.getItems().setAll(u.roles().stream().filter(PanelRole::isPanelMember).sorted().toList());
                role.setValue(role.getItems().isEmpty() ? null : role.getItems().get(0));
                external.clear();
            } else {
                role.getItems().setAll(java.util.Arrays.stream(PanelRole.values()).filter(PanelRole::isPanelMember)
                        .toList());
            }
        });
        // a treating physician attends for an agenda case (their patient's, or as a substitute)
        ComboBox<String> forCase = new ComboBox<>();
        forCase.setId("attendeeForCase");
        forCase.setPromptText(i18n.get("panel.attendee.forCase"));
        forCase.disableProperty().bind(role.valueProperty().isNotEqualTo(PanelRole.TREATING_PHYSICIAN));
        CheckBox remote = new CheckBox(i18n.get("panel.attendee.remote"));
        Button attend = new Button(i18n.get("panel.attendee.add"));
        attend.setId("attendeeAdd");
        attend.setOnAction(e -> vm.addAttendee(external.getText().isBlank() ? member.getValue() : null,
                external.getText(), role.getValue(), remote.isSelected(), forCase.getValue()));
        Button left2 = new Button(i18n.get("panel.attendee.markLeft"));
        left2.setOnAction(e -> vm.markLeft(attendees.getSelectionModel().getSelectedItem()));
        VBox attendanceBox = new VBox(6, attendees, new FlowPane(6, 6, member, external, role, forCase, remote, attend,
                left2));

        // quorum
        Label quorumStatus = new Label();
        quorumStatus.setId("quorumStatus");
        quorumStatus.textProperty().bind(vm.quorumStatusProperty());
        ListView<String> warnings = new ListView<>(vm.quorumLines());
        warnings.setId("quorumWarnings");
        warnings.setPrefHeight(90);
        Button check = new Button(i18n.get("panel.quorum.check"));
        check.setId("quorumCheck");
        check.setOnAction(e -> vm.checkQuorum());
        Button present = new Button(i18n.get("panel.presenter.open"));
        present.setId("presenterOpen");
        present.setOnAction(e -> {
            if (vm.selectedProperty().get() != null) {
                openPresenter.accept(vm.selectedProperty().get());
            }
        });
        VBox quorumBox = new VBox(6, new HBox(8, check, quorumStatus), warnings);

        // circulation: the eligibility recorded with each agenda case (refusals show in the message line)
        ListView<String> circulation = new ListView<>(vm.circulationLines());
        circulation.setId("circulationList");
        circulation.setPrefHeight(90);
        TitledPane circulationPane = titled(i18n.get("panel.circulation"), circulation);
        circulationPane.setId("circulationPane");
        circulationPane.managedProperty().bind(circulationPane.visibleProperty());
        // shown for a meeting by circulation, and for any meeting while it lists a refusal
        Runnable circulationShown = () -> circulationPane.setVisible(!vm.circulationLines().isEmpty()
                || vm.selectedProperty().get() != null
                && vm.selectedProperty().get().format() == MeetingFormat.CIRCULATION);
        circulationShown.run();
        vm.circulationLines().addListener((ListChangeListener<String>) c -> circulationShown.run());
        vm.selectedProperty().addListener((o, old, m) -> circulationShown.run());

        // the format of the selected meeting (a change to circulation re-checks the agenda)
        ComboBox<MeetingFormat> formatChange = new ComboBox<>();
        formatChange.getItems().setAll(MeetingFormat.values());
        formatChange.setConverter(converter(labels::format));
        formatChange.setId("meetingFormatChange");
        Button formatApply = new Button(i18n.get("panel.meeting.changeFormat"));
        formatApply.setId("meetingFormatApply");
        formatApply.setOnAction(e -> vm.changeFormat(formatChange.getValue()));

        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        Label message = new Label();
        message.setId("meetingMessage");
        message.setWrapText(true);
        message.getStyleClass().add("error-text");
        message.textProperty().bind(vm.messageProperty());
        VBox right = new VBox(8, new HBox(8, heading, formatChange, formatApply),
                titled(i18n.get("panel.agenda"), agendaBox), circulationPane,
                titled(i18n.get("panel.attendance"), attendanceBox), titled(i18n.get("panel.quorum"), quorumBox),
                present);
        right.setPadding(new Insets(0, 0, 0, 8));
        right.disableProperty().bind(vm.selectedProperty().isNull());
        vm.selectedProperty().addListener((o, old, m) -> {
            agenda.getItems().setAll(m == null ? java.util.List.of() : m.agenda());
            String keep = forCase.getValue();
            forCase.getItems().setAll(m == null ? java.util.List.of() : m.agenda().stream().map(AgendaItem::caseId)
                    .toList());
            forCase.setValue(forCase.getItems().contains(keep) ? keep : null);
            attendees.getItems().setAll(m == null ? java.util.List.of() : m.attendees());
            formatChange.setValue(m == null ? null : m.format());
            heading.setText(m == null ? "" : i18n.get("panel.meeting.heading", m.id(), m.heldAt().toString()
                    .replace('T', ' '), labels.format(m.format()), m.chair()));
        });
        vm.users().addListener((ListChangeListener<User>) c -> { });

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.45);
        setCenter(split);
        setBottom(message);
        setPadding(new Insets(8));
    }

    private static TitledPane titled(String title, javafx.scene.Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(false);
        return p;
    }

    static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : value.apply(d.getValue())));
        return c;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
