package org.zenome.ui.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.Finding;
import org.zenome.domain.Impact;
import org.zenome.domain.VariantFilter;
import org.zenome.panel.Attendee;
import org.zenome.panel.CaseReview;
import org.zenome.panel.Decision;
import org.zenome.panel.DiscussionNote;
import org.zenome.panel.Meeting;
import org.zenome.panel.NoteKind;
import org.zenome.panel.Outcome;
import org.zenome.panel.RecommendedAction;
import org.zenome.panel.User;
import org.zenome.panel.Vote;
import org.zenome.ui.common.BackgroundTask;

/**
 * The presenter view of a meeting: steps through the agenda; for each case its candidate findings, and for
 * the selected finding the discussion, the votes of the attendees present and the consensus decision; the
 * case's conclusion, sign-off by the chair and amendments. Writes carry the case version read with the case,
 * so a change by another user or instance in between is refused with a "changed by X at T" message.
 */
public final class PresenterViewModel {
    /** Candidate findings shown per case (high and moderate impact first, then any already decided). */
    static final int CANDIDATES = 50;

    private final PanelContext ctx;
    private final org.zenome.ui.common.I18n i18n;
    private final ReadOnlyObjectWrapper<Meeting> meeting;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<CaseSummary> kase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CaseReview> review = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<CandidateFinding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<CandidateFinding> selectedFinding = new SimpleObjectProperty<>();
    private final ObservableList<DiscussionNote> notes = FXCollections.observableArrayList();
    private final ObservableList<VoteRow> votes = FXCollections.observableArrayList();
    private final ObservableList<Decision> decisions = FXCollections.observableArrayList();
    private final ObservableList<CaseReview> versions = FXCollections.observableArrayList();
    private final StringProperty noteText = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty classification = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final StringProperty rationale = new SimpleStringProperty("");
    private final StringProperty actions = new SimpleStringProperty("");
    private final StringProperty conclusion = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private List<Vote> allVotes = List.of();
    /**
     * The case version this view's next write expects. Read and written only on the (single) worker thread,
     * in the order the work was submitted: our own writes move it on, a change by anyone else is a conflict.
     */
    private final java.util.concurrent.atomic.AtomicLong expected = new java.util.concurrent.atomic.AtomicLong(-1);

    public PresenterViewModel(PanelContext ctx, Meeting meeting) {
        this.ctx = Objects.requireNonNull(ctx);
        this.i18n = ctx.i18n();
        this.meeting = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(meeting));
        selectedFinding.addListener((o, old, f) -> showFinding(f));
        noteText.addListener((o, old, text) -> saveDraft(text));
    }

    // ---- note drafts: saved as they are typed, so a crash loses no text (issue 9) ----

    /** The note text waiting to be saved, with its key; written on the FX thread, taken by the worker. */
    private record Draft(String user, String caseId, String findingRef, String text) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Draft> pendingDraft =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** True while the view itself puts a stored draft into the field (not typing: nothing to save). */
    private boolean restoringDraft;

    private void saveDraft(String text) {
        CandidateFinding f = selectedFinding.get();
        User me = ctx.session().user();
        if (restoringDraft || f == null || kase.get() == null || me == null) {
            return;
        }
        // one save queued at a time; a burst of keystrokes becomes one write of the latest text
        if (pendingDraft.getAndSet(new Draft(me.username(), caseId(), f.ref(), text == null ? "" : text)) == null) {
            ctx.executor().submit(BackgroundTask.of("save note draft", c -> {
                Draft d = pendingDraft.getAndSet(null);
                if (d != null) {
                    ctx.store().noteDrafts().save(d.user(), d.caseId(), d.findingRef(), d.text(),
                            java.time.Instant.now());
                }
                return null;
            }).onFailure(e -> message.set(ctx.describe(e))));
        }
    }

    /** Puts the user's stored draft for this finding (if any) into the note field. */
    private void restoreDraft(CandidateFinding f) {
        User me = ctx.session().user();
        if (f == null || kase.get() == null || me == null) {
            return;
        }
        String caseId = caseId();
        ctx.executor().submit(BackgroundTask.of("read note draft",
                c -> ctx.store().noteDrafts().find(me.username(), caseId, f.ref()).orElse(""))
                .onSuccess(text -> {
                    if (f.equals(selectedFinding.get()) && !text.equals(noteText.get())) {
                        restoringDraft = true;
                        try {
                            noteText.set(text);
                        } finally {
                            restoringDraft = false;
                        }
                    }
                }));
    }

    /** Opens the first case of the agenda. */
    public void start() {
        if (!meeting.get().agenda().isEmpty()) {
            go(0);
        } else {
            message.set(i18n.get("panel.presenter.emptyAgenda"));
        }
    }

    public void next() {
        if (index.get() + 1 < meeting.get().agenda().size()) {
            go(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            go(index.get() - 1);
        }
    }

    public void go(int i) {
        index.set(i);
        String caseId = meeting.get().agenda().get(i).caseId();
        title.set(i18n.get("panel.presenter.step", i + 1, meeting.get().agenda().size(), caseId));
        reload(caseId, null);
    }

    /** Reads the shown case again when it is {@code caseId} (another workstation changed it). */
    public void refreshIfShowing(String caseId) {
        Meeting m = meeting.get();
        int i = index.get();
        if (m != null && i >= 0 && i < m.agenda().size() && m.agenda().get(i).caseId().equals(caseId)) {
            reload(caseId, null);
        }
    }

    /** What the presenter shows for one case, read in one go on the worker. */
    private record Loaded(Meeting meeting, CaseSummary kase, CaseReview review, List<CaseReview> versions,
                          List<CandidateFinding> findings, List<DiscussionNote> notes, List<Vote> votes,
                          List<Decision> decisions, Map<String, String[]> prefill) {
    }

    private void reload(String caseId, String keepFinding) {
        long meetingId = meeting.get().id();
        ctx.executor().submit(BackgroundTask.<Loaded>of("load case for the panel", c -> {
            Meeting m = ctx.store().meetings().find(meetingId).orElseThrow();
            CaseSummary k = ctx.store().cases().find(caseId).orElseThrow(() -> new IllegalArgumentException(
                    "no case " + caseId));
            expected.set(k.version());
            CaseReview r = ctx.store().reviews().current(caseId).orElse(null);
            int v = r == null ? 1 : r.number();
            List<Decision> ds = ctx.store().reviews().decisions(caseId, v);
            List<CandidateFinding> cs = candidates(k, ds);
            return new Loaded(m, k, r, ctx.store().reviews().versions(caseId), cs,
                    ctx.store().reviews().notes(caseId, v), ctx.store().reviews().votes(caseId, v), ds,
                    prefill(cs, ds));
        }).onSuccess(l -> {
            meeting.set(l.meeting());
            kase.set(l.kase());
            review.set(l.review());
            locked.set(l.review() != null && l.review().signed());
            versions.setAll(l.versions());
            allVotes = l.votes();
            decisions.setAll(l.decisions());
            notesAll = l.notes();
            prefill = l.prefill();
            conclusion.set(l.review() == null ? "" : l.review().conclusion());
            summary.set(l.review() == null ? "" : l.review().summary());
            findings.setAll(l.findings());
            CandidateFinding keep = l.findings().stream().filter(f -> f.ref().equals(keepFinding)).findFirst()
                    .orElse(l.findings().isEmpty() ? null : l.findings().get(0));
            if (Objects.equals(selectedFinding.get(), keep)) {
                showFinding(keep);
            } else {
                selectedFinding.set(keep);
            }
        }).onFailure(e -> message.set(ctx.describe(e))));
    }

    private List<DiscussionNote> notesAll = List.of();
    private Map<String, String[]> prefill = Map.of();

    /**
     * What the case's interpretation says of each undecided candidate ({classification, evidence}): the
     * ACMG/AMP class with the criteria counted, or the AMP/ASCO/CAP tier with the evidence level. The decision
     * form starts from it.
     */
    private Map<String, String[]> prefill(List<CandidateFinding> candidates, List<Decision> decided) {
        Map<String, String[]> out = new LinkedHashMap<>();
        java.util.Locale locale = i18n.locale();
        for (CandidateFinding c : candidates) {
            if (c.finding() == null || decided.stream().anyMatch(d -> d.findingRef().equals(c.ref()))) {
                continue;
            }
            var germline = ctx.store().interpretation().classification(c.finding().id());
            var somatic = ctx.store().interpretation().somatic(c.finding().id());
            List<String> cls = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            germline.ifPresent(g -> {
                cls.add(g.rulesClass().displayName(locale));
                evidence.add(String.join(", ", g.counted().stream().map(a -> a.label()).toList())
                        + " (" + g.points() + ")");
            });
            somatic.ifPresent(x -> {
                if (x.tier() != null) {
                    cls.add(x.tier().displayName(locale));
                }
                if (x.evidenceLevel() != null) {
                    evidence.add(x.evidenceLevel().description(locale));
                }
            });
            if (!cls.isEmpty() || !evidence.isEmpty()) {
                out.put(c.ref(), new String[] {String.join("; ", cls), String.join("; ", evidence)});
            }
        }
        return out;
    }

    /** Discussion notes recorded on a candidate finding so far (in this version). */
    public long noteCount(String findingRef) {
        return notesAll.stream().filter(n -> n.findingRef().equals(findingRef)).count();
    }

    private List<CandidateFinding> candidates(CaseSummary k, List<Decision> decided) {
        Map<String, CandidateFinding> out = new LinkedHashMap<>();
        for (Decision d : decided) {
            out.put(d.findingRef(), new CandidateFinding(d.findingRef(), d.findingLabel(), ""));
        }
        VariantFilter f = VariantFilter.all().withImpacts(Set.of(Impact.HIGH, Impact.MODERATE));
        List<Finding> rows = ctx.store().findings().query(k.id(), f, 0, CANDIDATES);
        if (rows.isEmpty()) {
            rows = ctx.store().findings().query(k.id(), VariantFilter.all(), 0, CANDIDATES);
        }
        for (Finding x : rows) {
            String ref = x.chrom() + ":" + x.pos() + ":" + x.ref() + ">" + x.alt();
            String label = (x.gene() == null ? "" : x.gene() + " ") + (x.hgvsC() != null ? x.hgvsC()
                    : x.label()) + (x.hgvsP() != null ? " " + x.hgvsP() : "");
            String summaryText = x.label() + (x.consequence() == null ? "" : "  " + x.consequence())
                    + (x.clinvarSignificance() == null ? "" : "  ClinVar: " + x.clinvarSignificance());
            out.merge(ref, new CandidateFinding(ref, label.strip(), summaryText, x), (a, b) ->
                    new CandidateFinding(a.ref(), a.label().isEmpty() ? b.label() : a.label(), b.summary(),
                            b.finding()));
        }
        return new ArrayList<>(out.values());
    }

    private void showFinding(CandidateFinding f) {
        if (f == null) {
            notes.clear();
            votes.clear();
            return;
        }
        notes.setAll(notesAll.stream().filter(n -> n.findingRef().equals(f.ref())).toList());
        restoreDraft(f);
        List<VoteRow> rows = new ArrayList<>();
        for (Attendee a : meeting.get().present()) {
            Vote v = allVotes.stream().filter(x -> x.findingRef().equals(f.ref()) && x.attendeeId() == a.id())
                    .findFirst().orElse(null);
            rows.add(new VoteRow(a, v == null ? null : v.value()));
        }
        votes.setAll(rows);
        Decision d = decisions.stream().filter(x -> x.findingRef().equals(f.ref())).findFirst().orElse(null);
        outcome.set(d == null ? null : d.outcome());
        String[] suggested = d == null ? prefill.get(f.ref()) : null;
        classification.set(d != null ? d.classification() : suggested != null ? suggested[0] : "");
        evidence.set(d != null ? d.evidence() : suggested != null ? suggested[1] : "");
        rationale.set(d == null ? "" : d.rationale());
        actions.set(d == null ? "" : String.join("\n", d.actions().stream().map(RecommendedAction::toString)
                .toList()));
    }

    // ---- acts ----

    public void addNote(boolean proposal) {
        CandidateFinding f = selectedFinding.get();
        String text = noteText.get() == null ? "" : noteText.get().strip();
        if (f == null || text.isEmpty()) {
            return;
        }
        act("add note", (me, v) -> ctx.service().addNote(me, v, caseId(), f.ref(), meeting.get().id(),
                proposal ? NoteKind.PROPOSAL : NoteKind.NOTE, text), () -> noteText.set(""));
    }

    public void saveVotes() {
        CandidateFinding f = selectedFinding.get();
        List<VoteRow> changed = votes.stream().filter(VoteRow::changed).toList();
        if (f == null || changed.isEmpty()) {
            return;
        }
        String id = caseId();
        act("record votes", (me, expected) -> {
            long v = expected;
            for (VoteRow r : changed) {
                ctx.service().recordVote(me, v, id, f.ref(), meeting.get().id(), r.attendee().id(),
                        r.voteProperty().get());
                v = ctx.store().cases().find(id).orElseThrow().version();
            }
            return null;
        }, () -> changed.forEach(VoteRow::saved));
    }

    public void recordDecision() {
        CandidateFinding f = selectedFinding.get();
        if (f == null || outcome.get() == null || rationale.get() == null || rationale.get().isBlank()) {
            message.set(i18n.get("panel.decision.incomplete"));
            return;
        }
        List<RecommendedAction> acts = new ArrayList<>();
        try {
            for (String line : actions.get().split("\n")) {
                if (!line.isBlank()) {
                    acts.add(RecommendedAction.parse(line.strip()));
                }
            }
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        Outcome o = outcome.get();
        String cls = classification.get();
        String ev = evidence.get();
        String why = rationale.get();
        act("record decision", (me, v) -> ctx.service().recordDecision(me, v, caseId(), f.ref(), f.label(), cls,
                ev, o, why, acts, meeting.get().id()), () -> message.set(i18n.get("panel.decision.saved")));
    }

    public void saveConclusion() {
        String c = conclusion.get();
        String s = summary.get();
        act("save conclusion", (me, v) -> ctx.service().conclude(me, v, caseId(), c, s), () -> { });
    }

    /** The chair signs the case off with the password. */
    public void signOff(char[] password) {
        act("sign off", (me, v) -> ctx.service().signOff(me, password, v, caseId(), meeting.get().id()),
                () -> message.set(i18n.get("panel.signoff.done", caseId())));
    }

    public void amend(String reason) {
        act("amend", (me, v) -> ctx.service().amend(me, v, caseId(), reason),
                () -> message.set(i18n.get("panel.amend.done", caseId())));
    }

    /** Work with the logged-in user on the worker, then reload the case (also after a conflict). */
    private void act(String name, Act work, Runnable after) {
        if (kase.get() == null) {
            return;
        }
        User me = ctx.session().user();
        String caseId = caseId();
        String keep = selectedFinding.get() == null ? null : selectedFinding.get().ref();
        ctx.executor().submit(BackgroundTask.of(name, c -> {
            Object result = work.run(me, expected.get());
            expected.set(ctx.store().cases().find(caseId).orElseThrow().version());
            return result;
        }).onSuccess(r -> {
            message.set("");
            after.run();
            reload(caseId, keep);
        }).onFailure(e -> {
            message.set(ctx.describe(e));
            if (e instanceof org.zenome.store.ConflictException) {
                reload(caseId, keep);
            }
        }));
    }

    @FunctionalInterface
    private interface Act {
        Object run(User me, long expectedVersion) throws Exception;
    }

    private String caseId() {
        return kase.get().caseId();
    }

    /** True when the logged-in user chairs the meeting (may sign off). */
    public BooleanBinding chairBinding() {
        return Bindings.createBooleanBinding(() -> ctx.session().user() != null
                && ctx.session().user().username().equals(meeting.get().chair()), meeting);
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseSummary> caseProperty() {
        return kase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ObservableList<CandidateFinding> findings() {
        return findings;
    }

    public ObjectProperty<CandidateFinding> selectedFindingProperty() {
        return selectedFinding;
    }

    public ObservableList<DiscussionNote> notes() {
        return notes;
    }

    public ObservableList<VoteRow> votes() {
        return votes;
    }

    public ObservableList<Decision> decisions() {
        return decisions;
    }

    public ObservableList<CaseReview> versions() {
        return versions;
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty classificationProperty() {
        return classification;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    public StringProperty actionsProperty() {
        return actions;
    }

    public StringProperty conclusionProperty() {
        return conclusion;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public PanelContext context() {
        return ctx;
    }
}
