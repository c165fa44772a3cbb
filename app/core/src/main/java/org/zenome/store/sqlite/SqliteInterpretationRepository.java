package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.AcmgClassifier;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.AcmgEvaluation;
import org.zenome.classification.AppliedCriterion;
import org.zenome.classification.CallStatus;
import org.zenome.classification.ConfirmationMethod;
import org.zenome.classification.ConfirmationStatus;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.CriterionCall;
import org.zenome.classification.ResultReturn;
import org.zenome.classification.Strength;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.ClinicalTrial;
import org.zenome.classification.somatic.JapanApprovalStatus;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Oncogenicity;
import org.zenome.classification.somatic.OncogenicityCriterion;
import org.zenome.classification.somatic.Therapy;
import org.zenome.interpretation.AnnotationSourceRecord;
import org.zenome.interpretation.FindingAnnotation;
import org.zenome.interpretation.FindingRef;
import org.zenome.interpretation.FindingStatus;
import org.zenome.interpretation.GermlineClassification;
import org.zenome.interpretation.HistoryEntry;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.interpretation.SomaticRecord;
import org.zenome.interpretation.TmbResult;
import org.zenome.store.InterpretationRepository;
import org.zenome.store.StoreException;

/** Interpretation records in the main SQLite database (schema V5). */
final class SqliteInterpretationRepository implements InterpretationRepository {
    /** Separates list items in one column. */
    private static final String ITEM = "\u001f";
    /** Separates the parts of one item. */
    private static final String PART = "\u001e";

    private final org.zenome.store.jdbc.JdbcCaseStore store;
    private final AcmgClassifier classifier;

    SqliteInterpretationRepository(org.zenome.store.jdbc.JdbcCaseStore store, AcmgClassifier classifier) {
        this.store = store;
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String what, Work<T> work) {
        Connection c = store.main();
        synchronized (c) {
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read " + what + ": " + e.getMessage(), e);
            }
        }
    }

    private <T> T write(String what, Work<T> work) {
        Connection c = store.main();
        synchronized (c) {
            try {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    T t = work.run(c);
                    c.commit();
                    return t;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot save " + what + ": " + e.getMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------ germline

    @Override
    public GermlineClassification recordCall(FindingRef f, CriterionCall call, Integer thresholdVersion) {
        Objects.requireNonNull(call, "call");
        return write("the criterion call", c -> {
            SqliteReviewRepository.requireUnlocked(c, f.casePk());
            ensureRef(c, f);
            Map<AcmgCriterion, CriterionCall> current = current(c, f.findingId());
            CriterionCall before = current.get(call.criterion());
            Optional<GermlineClassification> oldClass = classification(c, f.findingId());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO criterion_call (finding_id, criterion, "
                    + "strength, status, note, user_name, at, threshold_version) VALUES (?,?,?,?,?,?,?,?)")) {
                setVersion(ps, 8, thresholdVersion);
                ps.setLong(1, f.findingId());
                ps.setString(2, call.criterion().name());
                ps.setString(3, call.strength().name());
                ps.setString(4, call.status().name());
                ps.setString(5, call.note());
                ps.setString(6, call.user());
                ps.setString(7, call.time().toString());
                ps.executeUpdate();
            }
            current.put(call.criterion(), call);
            history(c, f, call.criterion().code(), callText(before), callText(call), call.note(), call.user(),
                    call.time());
            AcmgEvaluation eval = classifier.evaluate(current.values());
            GermlineClassification now = new GermlineClassification(f.findingId(), eval.rulesClass(),
                    eval.pointsClass(), eval.pointsTotal(), eval.counted(), call.user(), call.time(), thresholdVersion);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO germline_class (finding_id, "
                    + "rules_class, points_class, points, criteria, user_name, at, threshold_version) "
                    + "VALUES (?,?,?,?,?,?,?,?)"
                            + " ON CONFLICT (finding_id) DO UPDATE SET rules_class=excluded.rules_class, "
                            + "points_class=excluded.points_class, points=excluded.points, criteria=excluded.criteria, "
                            + "user_name=excluded.user_name, at=excluded.at, "
                            + "threshold_version=excluded.threshold_version")) {
                setVersion(ps, 8, thresholdVersion);
                ps.setLong(1, f.findingId());
                ps.setString(2, now.rulesClass().name());
                ps.setString(3, now.pointsClass().name());
                ps.setInt(4, now.points());
                ps.setString(5, now.counted().stream().map(AppliedCriterion::label).collect(Collectors.joining(",")));
                ps.setString(6, now.user());
                ps.setString(7, now.at().toString());
                ps.executeUpdate();
            }
            String oldRules = oldClass.map(g -> g.rulesClass().label()).orElse("");
            String oldPoints = oldClass.map(g -> g.pointsClass().label() + " (" + g.points() + ")").orElse("");
            String newPoints = now.pointsClass().label() + " (" + now.points() + ")";
            if (!oldRules.equals(now.rulesClass().label())) {
                history(c, f, "class.rules", oldRules, now.rulesClass().label(), thresholdNote(thresholdVersion),
                        call.user(), call.time());
            }
            if (!oldPoints.equals(newPoints)) {
                history(c, f, "class.points", oldPoints, newPoints, thresholdNote(thresholdVersion), call.user(),
                        call.time());
            }
            return now;
        });
    }

    private static String thresholdNote(Integer version) {
        return version == null ? "" : "suggestion thresholds version " + version;
    }

    private static void setVersion(PreparedStatement ps, int i, Integer version) throws SQLException {
        if (version == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, version);
        }
    }

    private static String callText(CriterionCall call) {
        if (call == null) {
            return "";
        }
        return call.label() + " " + call.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<CriterionCall> calls(long findingId) {
        return read("criterion calls", c -> {
            List<CriterionCall> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT criterion, strength, status, note, user_name, at "
                    + "FROM criterion_call WHERE finding_id=? ORDER BY id")) {
                ps.setLong(1, findingId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(call(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<CriterionCall> currentCalls(long findingId) {
        return read("criterion calls", c -> List.copyOf(current(c, findingId).values()));
    }

    private static Map<AcmgCriterion, CriterionCall> current(Connection c, long findingId) throws SQLException {
        Map<AcmgCriterion, CriterionCall> out = new EnumMap<>(AcmgCriterion.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT criterion, strength, status, note, user_name, at "
                + "FROM criterion_call WHERE finding_id=? ORDER BY id")) {
            ps.setLong(1, findingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CriterionCall call = call(rs);
                    out.put(call.criterion(), call);
                }
            }
        }
        return out;
    }

    private static CriterionCall call(ResultSet rs) throws SQLException {
        return new CriterionCall(AcmgCriterion.valueOf(rs.getString(1)), Strength.valueOf(rs.getString(2)),
                CallStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6)));
    }

    @Override
    public Optional<GermlineClassification> classification(long findingId) {
        return read("the classification", c -> classification(c, findingId));
    }

    private static Optional<GermlineClassification> classification(Connection c, long findingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rules_class, points_class, points, criteria, "
                + "user_name, at, threshold_version FROM germline_class WHERE finding_id=?")) {
            ps.setLong(1, findingId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<AppliedCriterion> counted = new ArrayList<>();
                for (String s : rs.getString(4).split(",")) {
                    if (!s.isBlank()) {
                        counted.add(AppliedCriterion.parse(s));
                    }
                }
                return Optional.of(new GermlineClassification(findingId, AcmgClass.valueOf(rs.getString(1)),
                        AcmgClass.valueOf(rs.getString(2)), rs.getInt(3), counted, rs.getString(5),
                        Instant.parse(rs.getString(6)), rs.getObject(7) == null ? null : rs.getInt(7)));
            }
        }
    }

    // ------------------------------------------------------------------ somatic

    @Override
    public void saveSomatic(FindingRef f, SomaticRecord r) {
        write("the somatic record", c -> {
            SqliteReviewRepository.requireUnlocked(c, f.casePk());
            ensureRef(c, f);
            Optional<SomaticRecord> before = somatic(c, f.findingId());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO somatic_record (finding_id, "
                    + "amp_tier, oncogenicity, oncogenicity_class, evidence_level, note, user_name, at) "
                    + "VALUES (?,?,?,?,?,?,?,?)"
                            + " ON CONFLICT (finding_id) DO UPDATE SET amp_tier=excluded.amp_tier, "
                            + "oncogenicity=excluded.oncogenicity, oncogenicity_class=excluded.oncogenicity_class, "
                            + "evidence_level=excluded.evidence_level, note=excluded.note, user_name=excluded.user_name, "
                            + "at=excluded.at")) {
                ps.setLong(1, f.findingId());
                ps.setString(2, r.tier() == null ? null : r.tier().name());
                ps.setString(3, r.oncogenicity().criteria().stream().map(Enum::name).collect(Collectors.joining(",")));
                ps.setString(4, r.oncogenicityClass().map(Enum::name).orElse(null));
                ps.setString(5, r.evidenceLevel() == null ? null : r.evidenceLevel().name());
                ps.setString(6, r.note());
                ps.setString(7, r.user());
                ps.setString(8, r.at().toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM somatic_therapy WHERE finding_id=?")) {
                ps.setLong(1, f.findingId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO somatic_therapy (finding_id, ordinal, drug, "
                    + "approval, evidence_level, reference, trials) VALUES (?,?,?,?,?,?,?)")) {
                int i = 0;
                for (Therapy t : r.therapies()) {
                    ps.setLong(1, f.findingId());
                    ps.setInt(2, i++);
                    ps.setString(3, t.drug());
                    ps.setString(4, t.approval().name());
                    ps.setString(5, t.evidenceLevel().name());
                    ps.setString(6, t.reference());
                    ps.setString(7, t.trials().stream().map(tr -> tr.identifier() + PART + tr.title())
                            .collect(Collectors.joining(ITEM)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            SomaticRecord b = before.orElse(null);
            diff(c, f, "amp.tier", b == null || b.tier() == null ? "" : b.tier().code(),
                    r.tier() == null ? "" : r.tier().code(), r);
            diff(c, f, "oncogenicity", b == null ? "" : oncogenicityText(b), oncogenicityText(r), r);
            diff(c, f, "evidence.level", b == null || b.evidenceLevel() == null ? "" : b.evidenceLevel().name(),
                    r.evidenceLevel() == null ? "" : r.evidenceLevel().name(), r);
            diff(c, f, "therapies", b == null ? "" : therapiesText(b.therapies()), therapiesText(r.therapies()), r);
            diff(c, f, "somatic.note", b == null ? "" : b.note(), r.note(), r);
            return null;
        });
    }

    private void diff(Connection c, FindingRef f, String subject, String old, String now, SomaticRecord r)
            throws SQLException {
        if (!old.equals(now)) {
            history(c, f, subject, old, now, "", r.user(), r.at());
        }
    }

    private static String oncogenicityText(SomaticRecord r) {
        if (r.oncogenicity().criteria().isEmpty()) {
            return "";
        }
        return r.oncogenicity().criteria().stream().map(Enum::name).collect(Collectors.joining(" ")) + " = "
                + r.oncogenicity().points() + " " + r.oncogenicity().classification().label();
    }

    static String therapiesText(List<Therapy> therapies) {
        return therapies.stream().map(t -> t.drug() + " [" + t.approval().name() + ", " + t.evidenceLevel().name()
                + (t.trials().isEmpty() ? "" : ", " + t.trials().stream().map(ClinicalTrial::identifier)
                        .collect(Collectors.joining(" "))) + "]").collect(Collectors.joining("; "));
    }

    @Override
    public Optional<SomaticRecord> somatic(long findingId) {
        return read("the somatic record", c -> somatic(c, findingId));
    }

    private static Optional<SomaticRecord> somatic(Connection c, long findingId) throws SQLException {
        List<Therapy> therapies = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT drug, approval, evidence_level, reference, trials "
                + "FROM somatic_therapy WHERE finding_id=? ORDER BY ordinal")) {
            ps.setLong(1, findingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<ClinicalTrial> trials = new ArrayList<>();
                    for (String t : rs.getString(5).split(ITEM)) {
                        if (!t.isEmpty()) {
                            String[] p = t.split(PART, -1);
                            trials.add(new ClinicalTrial(p[0], p.length > 1 ? p[1] : ""));
                        }
                    }
                    therapies.add(new Therapy(rs.getString(1), JapanApprovalStatus.valueOf(rs.getString(2)),
                            JapaneseEvidenceLevel.valueOf(rs.getString(3)), rs.getString(4), trials));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT amp_tier, oncogenicity, evidence_level, note, "
                + "user_name, at FROM somatic_record WHERE finding_id=?")) {
            ps.setLong(1, findingId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<OncogenicityCriterion> crit = new ArrayList<>();
                for (String s : rs.getString(2).split(",")) {
                    if (!s.isBlank()) {
                        crit.add(OncogenicityCriterion.valueOf(s));
                    }
                }
                String tier = rs.getString(1);
                String level = rs.getString(3);
                return Optional.of(new SomaticRecord(findingId, tier == null ? null : AmpTier.valueOf(tier),
                        new Oncogenicity(crit), level == null ? null : JapaneseEvidenceLevel.valueOf(level),
                        therapies, rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6))));
            }
        }
    }

    // ------------------------------------------------------------------ confirmation

    @Override
    public ResultReturn saveConfirmation(FindingRef f, ConfirmatoryTest test, String user, Instant at) {
        return write("the confirmatory test", c -> {
            ensureRef(c, f);
            Optional<ResultReturn> before = resultReturn(c, f.findingId());
            ResultReturn now = before.map(r -> r.withConfirmation(test))
                    .orElseGet(() -> ResultReturn.notReturned(f.findingId(), test));
            store(c, now, user, at);
            history(c, f, "confirmation", before.map(r -> testText(r.confirmation())).orElse(""), testText(test),
                    test.note(), user, at);
            return now;
        });
    }

    @Override
    public ResultReturn markReturned(FindingRef f, String user, Instant at) {
        return write("the return of the result", c -> {
            ensureRef(c, f);
            ResultReturn before = resultReturn(c, f.findingId())
                    .orElseGet(() -> ResultReturn.notReturned(f.findingId(), ConfirmatoryTest.notRequired()));
            if (before.returned()) {
                return before;
            }
            ResultReturn now = before.markReturned(user, at); // throws while confirmation is pending
            store(c, now, user, at);
            history(c, f, "returned", "", "returned to the patient", "", user, at);
            return now;
        });
    }

    private static void store(Connection c, ResultReturn r, String user, Instant at) throws SQLException {
        ConfirmatoryTest t = r.confirmation();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO confirmation (finding_id, required, "
                + "method, status, status_date, note, returned_by, returned_at, user_name, at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)"
                        + " ON CONFLICT (finding_id) DO UPDATE SET required=excluded.required, "
                        + "method=excluded.method, status=excluded.status, status_date=excluded.status_date, "
                        + "note=excluded.note, returned_by=excluded.returned_by, returned_at=excluded.returned_at, "
                        + "user_name=excluded.user_name, at=excluded.at")) {
            ps.setLong(1, r.findingId());
            ps.setInt(2, t.required() ? 1 : 0);
            ps.setString(3, t.method() == null ? null : t.method().name());
            ps.setString(4, t.status().name());
            ps.setString(5, t.date() == null ? null : t.date().toString());
            ps.setString(6, t.note());
            ps.setString(7, r.returnedBy());
            ps.setString(8, r.returnedAt() == null ? null : r.returnedAt().toString());
            ps.setString(9, user);
            ps.setString(10, at.toString());
            ps.executeUpdate();
        }
    }

    private static String testText(ConfirmatoryTest t) {
        if (!t.required()) {
            return "not required";
        }
        return "required, " + (t.method() == null ? "no method" : t.method().name()) + ", " + t.status().name()
                + (t.date() == null ? "" : " " + t.date());
    }

    @Override
    public Optional<ResultReturn> resultReturn(long findingId) {
        return read("the confirmatory test", c -> resultReturn(c, findingId));
    }

    private static Optional<ResultReturn> resultReturn(Connection c, long findingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT required, method, status, status_date, note, "
                + "returned_by, returned_at FROM confirmation WHERE finding_id=?")) {
            ps.setLong(1, findingId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String m = rs.getString(2);
                String d = rs.getString(4);
                ConfirmatoryTest t = new ConfirmatoryTest(rs.getInt(1) == 1,
                        m == null ? null : ConfirmationMethod.valueOf(m), ConfirmationStatus.valueOf(rs.getString(3)),
                        d == null ? null : LocalDate.parse(d), rs.getString(5));
                String at = rs.getString(7);
                return Optional.of(new ResultReturn(findingId, t, rs.getString(6), at == null ? null : Instant.parse(at)));
            }
        }
    }

    // ------------------------------------------------------------------ case level

    @Override
    public void saveConsent(long casePk, SecondaryFindingConsent consent) {
        write("the consent", c -> {
            Optional<SecondaryFindingConsent> before = consent(c, casePk);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_consent (case_pk, sf_choice, "
                    + "sf_categories, sf_list, research_use, consent_date, note, user_name, at) "
                    + "VALUES (?,?,?,?,?,?,?,?,?)"
                            + " ON CONFLICT (case_pk) DO UPDATE SET sf_choice=excluded.sf_choice, "
                            + "sf_categories=excluded.sf_categories, sf_list=excluded.sf_list, "
                            + "research_use=excluded.research_use, consent_date=excluded.consent_date, "
                            + "note=excluded.note, user_name=excluded.user_name, at=excluded.at")) {
                ps.setLong(1, casePk);
                ps.setString(2, consent.choice().name());
                ps.setString(3, String.join(ITEM, consent.categories()));
                ps.setString(4, consent.geneListId());
                ps.setInt(5, consent.researchUse() ? 1 : 0);
                ps.setString(6, consent.consentDate() == null ? null : consent.consentDate().toString());
                ps.setString(7, consent.note());
                ps.setString(8, consent.user());
                ps.setString(9, consent.at().toString());
                ps.executeUpdate();
            }
            caseHistory(c, casePk, "consent", before.map(SecondaryFindingConsent::summary).orElse(""),
                    consent.summary(), consent.note(), consent.user(), consent.at());
            return null;
        });
    }

    @Override
    public Optional<SecondaryFindingConsent> consent(long casePk) {
        return read("the consent", c -> consent(c, casePk));
    }

    private static Optional<SecondaryFindingConsent> consent(Connection c, long casePk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sf_choice, sf_categories, sf_list, research_use, "
                + "consent_date, note, user_name, at FROM case_consent WHERE case_pk=?")) {
            ps.setLong(1, casePk);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Set<String> cats = new LinkedHashSet<>();
                for (String s : rs.getString(2).split(ITEM)) {
                    if (!s.isEmpty()) {
                        cats.add(s);
                    }
                }
                String d = rs.getString(5);
                return Optional.of(new SecondaryFindingConsent(
                        SecondaryFindingConsent.Choice.valueOf(rs.getString(1)), cats, rs.getString(3),
                        rs.getInt(4) == 1, d == null ? null : LocalDate.parse(d), rs.getString(6), rs.getString(7),
                        Instant.parse(rs.getString(8))));
            }
        }
    }

    @Override
    public void saveTmb(long casePk, TmbResult tmb) {
        write("the TMB", c -> {
            SqliteReviewRepository.requireUnlocked(c, casePk);
            Optional<TmbResult> before = tmb(c, casePk);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_tmb (case_pk, mutations, "
                    + "callable_mb, tmb, settings, user_name, at) VALUES (?,?,?,?,?,?,?)"
                            + " ON CONFLICT (case_pk) DO UPDATE SET mutations=excluded.mutations, "
                            + "callable_mb=excluded.callable_mb, tmb=excluded.tmb, settings=excluded.settings, "
                            + "user_name=excluded.user_name, at=excluded.at")) {
                ps.setLong(1, casePk);
                ps.setLong(2, tmb.mutations());
                ps.setDouble(3, tmb.callableMb());
                ps.setDouble(4, tmb.perMb());
                ps.setString(5, tmb.settings());
                ps.setString(6, tmb.user());
                ps.setString(7, tmb.at().toString());
                ps.executeUpdate();
            }
            caseHistory(c, casePk, "tmb", before.map(SqliteInterpretationRepository::tmbText).orElse(""),
                    tmbText(tmb), tmb.settings(), tmb.user(), tmb.at());
            return null;
        });
    }

    private static String tmbText(TmbResult t) {
        return String.format(java.util.Locale.ROOT, "%.2f/Mb (%d in %.2f Mb)", t.perMb(), t.mutations(), t.callableMb());
    }

    @Override
    public Optional<TmbResult> tmb(long casePk) {
        return read("the TMB", c -> tmb(c, casePk));
    }

    private static Optional<TmbResult> tmb(Connection c, long casePk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT mutations, callable_mb, settings, user_name, at "
                + "FROM case_tmb WHERE case_pk=?")) {
            ps.setLong(1, casePk);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TmbResult(rs.getLong(1), rs.getDouble(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5))));
            }
        }
    }

    @Override
    public AnnotationSourceRecord startAnnotations(AnnotationSourceRecord s) {
        return write("the annotation source", c -> {
            SqliteReviewRepository.requireUnlocked(c, s.casePk());
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_source (case_pk, plugin, "
                    + "plugin_version, name, version, path, size, sha256, build, findings_looked_up, findings_matched, "
                    + "complete, user_name, at) VALUES (?,?,?,?,?,?,?,?,?,?,?,0,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, s.casePk());
                ps.setString(2, s.plugin());
                ps.setString(3, s.pluginVersion());
                ps.setString(4, s.name());
                ps.setString(5, s.version());
                ps.setString(6, s.path());
                ps.setLong(7, s.size());
                ps.setString(8, s.sha256());
                if (s.build() == null) {
                    ps.setNull(9, Types.VARCHAR);
                } else {
                    ps.setString(9, s.build());
                }
                ps.setLong(10, s.lookedUp());
                ps.setLong(11, s.matched());
                ps.setString(12, s.user());
                ps.setString(13, s.at().toString());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            return new AnnotationSourceRecord(id, s.casePk(), s.plugin(), s.pluginVersion(), s.name(), s.version(),
                    s.path(), s.size(), s.sha256(), s.build(), s.lookedUp(), s.matched(), s.user(), s.at());
        });
    }

    @Override
    public void addAnnotations(long sourceId, List<FindingAnnotation> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        write("the annotations", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO finding_annotation (finding_id, source_id, fields) VALUES (?,?,?)"
                            + " ON CONFLICT (finding_id, source_id) DO UPDATE SET fields=excluded.fields")) {
                for (FindingAnnotation a : annotations) {
                    ps.setLong(1, a.findingId());
                    ps.setLong(2, sourceId);
                    ps.setString(3, a.fields().entrySet().stream().map(e -> e.getKey() + PART + e.getValue())
                            .collect(Collectors.joining(ITEM)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public AnnotationSourceRecord completeAnnotations(long sourceId, long lookedUp, long matched) {
        return write("the annotation source", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE annotation_source SET complete=1, "
                    + "findings_looked_up=?, findings_matched=? WHERE id=?")) {
                ps.setLong(1, lookedUp);
                ps.setLong(2, matched);
                ps.setLong(3, sourceId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("annotation source " + sourceId + " is gone");
                }
            }
            AnnotationSourceRecord s;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SOURCE_COLUMNS
                    + " FROM annotation_source WHERE id=?")) {
                ps.setLong(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    s = source(rs);
                }
            }
            caseHistory(c, s.casePk(), "annotation.source", "", s.plugin() + ": " + s.label() + ", " + s.matched()
                    + " of " + s.lookedUp() + " findings matched", s.path(), s.user(), s.at());
            return s;
        });
    }

    @Override
    public void discardAnnotations(long sourceId) {
        write("the annotation source", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM finding_annotation WHERE source_id=?")) {
                ps.setLong(1, sourceId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation_source WHERE id=? AND complete=0")) {
                ps.setLong(1, sourceId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static final String SOURCE_COLUMNS = "id, case_pk, plugin, plugin_version, name, version, path, size, "
            + "sha256, build, findings_looked_up, findings_matched, user_name, at";

    private static AnnotationSourceRecord source(ResultSet rs) throws SQLException {
        return new AnnotationSourceRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                rs.getLong(11), rs.getLong(12), rs.getString(13), Instant.parse(rs.getString(14)));
    }

    @Override
    public List<AnnotationSourceRecord> annotationSources(long casePk) {
        return read("annotation sources", c -> {
            List<AnnotationSourceRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SOURCE_COLUMNS
                    + " FROM annotation_source WHERE case_pk=? AND complete=1 ORDER BY id")) {
                ps.setLong(1, casePk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(source(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<FindingAnnotation> annotations(long findingId) {
        return read("annotations", c -> {
            List<FindingAnnotation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.source_id, s.name, s.version, s.plugin, a.fields "
                    + "FROM finding_annotation a JOIN annotation_source s ON s.id = a.source_id "
                    + "WHERE a.finding_id=? AND s.complete=1 ORDER BY s.id")) {
                ps.setLong(1, findingId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, String> fields = new LinkedHashMap<>();
                        for (String item : rs.getString(5).split(ITEM)) {
                            int p = item.indexOf(PART);
                            if (p > 0) {
                                fields.put(item.substring(0, p), item.substring(p + PART.length()));
                            }
                        }
                        String version = rs.getString(3);
                        out.add(new FindingAnnotation(findingId, rs.getLong(1),
                                rs.getString(2) + (version == null || version.isEmpty() ? "" : " " + version),
                                rs.getString(4), fields));
                    }
                }
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ history and badges

    @Override
    public List<HistoryEntry> history(long findingId) {
        return read("the history", c -> history(c, "finding_id=?", findingId));
    }

    @Override
    public List<HistoryEntry> caseHistory(long casePk) {
        return read("the history", c -> history(c, "case_pk=?", casePk));
    }

    private static List<HistoryEntry> history(Connection c, String where, long arg) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT finding_id, subject, old_value, new_value, note, "
                + "user_name, at FROM interpretation_history WHERE " + where + " ORDER BY id")) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7))));
                }
            }
        }
        return out;
    }

    @Override
    public List<Long> interpretedFindings(long casePk) {
        return read("interpreted findings", c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT finding_id FROM finding_ref WHERE case_pk=? "
                    + "AND orphaned_at IS NULL ORDER BY finding_id")) {
                ps.setLong(1, casePk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<org.zenome.interpretation.OrphanedFinding> orphanedFindings(long casePk) {
        return read("orphaned findings", c -> {
            List<org.zenome.interpretation.OrphanedFinding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT finding_id, chrom, pos, ref, alt, gene, orphaned_at, "
                    + "orphaned_note FROM finding_ref WHERE case_pk=? AND orphaned_at IS NOT NULL ORDER BY finding_id")) {
                ps.setLong(1, casePk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new org.zenome.interpretation.OrphanedFinding(new FindingRef(casePk, rs.getLong(1),
                                rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                                Instant.parse(rs.getString(7)), rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, FindingStatus> statuses(Collection<Long> findingIds) {
        if (findingIds.isEmpty()) {
            return Map.of();
        }
        return read("finding badges", c -> {
            Map<Long, FindingStatus> out = new HashMap<>();
            List<Long> ids = List.copyOf(findingIds);
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
                String in = part.stream().map(x -> "?").collect(Collectors.joining(","));
                try (PreparedStatement ps = c.prepareStatement("SELECT r.finding_id, g.rules_class, g.points_class, "
                        + "s.amp_tier, s.evidence_level, k.required, k.status, k.returned_at FROM finding_ref r "
                        + "LEFT JOIN germline_class g ON g.finding_id = r.finding_id "
                        + "LEFT JOIN somatic_record s ON s.finding_id = r.finding_id "
                        + "LEFT JOIN confirmation k ON k.finding_id = r.finding_id WHERE r.finding_id IN (" + in + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setLong(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String rules = rs.getString(2);
                            String points = rs.getString(3);
                            String tier = rs.getString(4);
                            String level = rs.getString(5);
                            boolean required = rs.getInt(6) == 1;
                            String status = rs.getString(7);
                            boolean pending = required && status != null
                                    && (status.equals("NOT_ORDERED") || status.equals("ORDERED"));
                            out.put(rs.getLong(1), new FindingStatus(rs.getLong(1),
                                    rules == null ? null : AcmgClass.valueOf(rules),
                                    points == null ? null : AcmgClass.valueOf(points),
                                    tier == null ? null : AmpTier.valueOf(tier),
                                    level == null ? null : JapaneseEvidenceLevel.valueOf(level), pending,
                                    rs.getString(8) != null));
                        }
                    }
                }
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ helpers

    private static void ensureRef(Connection c, FindingRef f) throws SQLException {
        if (f.casePk() != FindingTables.casePk(f.findingId())) {
            throw new IllegalArgumentException("finding " + f.findingId() + " does not belong to case " + f.casePk());
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT orphaned_at FROM finding_ref WHERE finding_id=?")) {
            ps.setLong(1, f.findingId());
            try (ResultSet rs = ps.executeQuery()) {
                if ((rs.next() && rs.getString(1) != null) || FindingTables.isOrphanId(f.findingId())) {
                    throw new IllegalStateException(f.label() + " is an orphaned finding (its variant is no longer in"
                            + " the case's data since a re-import); its records cannot be changed");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding_ref (finding_id, case_pk, chrom, "
                + "pos, ref, alt, gene) VALUES (?,?,?,?,?,?,?) ON CONFLICT (finding_id) DO NOTHING")) {
            ps.setLong(1, f.findingId());
            ps.setLong(2, f.casePk());
            ps.setString(3, f.chrom());
            ps.setInt(4, f.pos());
            ps.setString(5, f.ref());
            ps.setString(6, f.alt());
            ps.setString(7, f.gene());
            ps.executeUpdate();
        }
    }

    private static void history(Connection c, FindingRef f, String subject, String old, String now, String note,
                                String user, Instant at) throws SQLException {
        insertHistory(c, f.casePk(), f.findingId(), subject, old, now, note, user, at);
    }

    private static void caseHistory(Connection c, long casePk, String subject, String old, String now, String note,
                                    String user, Instant at) throws SQLException {
        insertHistory(c, casePk, null, subject, old, now, note, user, at);
    }

    static void insertHistory(Connection c, long casePk, Long findingId, String subject, String old,
                                      String now, String note, String user, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO interpretation_history (case_pk, finding_id, "
                + "subject, old_value, new_value, note, user_name, at) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, casePk);
            if (findingId == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setLong(2, findingId);
            }
            ps.setString(3, subject);
            ps.setString(4, old == null ? "" : old);
            ps.setString(5, now == null ? "" : now);
            ps.setString(6, note == null ? "" : note);
            ps.setString(7, user);
            ps.setString(8, at.toString());
            ps.executeUpdate();
        }
        // the same change in the hash-chained audit log, in the same transaction
        String caseId = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id FROM patient_case WHERE id=?")) {
            ps.setLong(1, casePk);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    caseId = rs.getString(1);
                }
            }
        }
        String entity = findingId == null ? "case" : "finding";
        String entityId = findingId == null ? (caseId == null ? Long.toString(casePk) : caseId)
                : Long.toString(findingId);
        SqliteAuditRepository.append(c, user, new org.zenome.audit.AuditEvent("interpretation." + subject, entity,
                entityId, caseId, old == null || old.isEmpty() ? null : org.zenome.audit.AuditJson.of("value", old),
                org.zenome.audit.AuditJson.of("value", now == null ? "" : now, "note", note == null ? "" : note)));
    }
}
