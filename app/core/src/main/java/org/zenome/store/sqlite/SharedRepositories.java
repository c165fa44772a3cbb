package org.zenome.store.sqlite;

import org.zenome.classification.AcmgClassifier;
import org.zenome.store.AuditRepository;
import org.zenome.store.CaseRepository;
import org.zenome.store.FindingRepository;
import org.zenome.store.InterpretationRepository;
import org.zenome.store.MeetingRepository;
import org.zenome.store.ReferenceRepository;
import org.zenome.store.ReportRepository;
import org.zenome.store.ReviewRepository;
import org.zenome.store.SnapshotRepository;
import org.zenome.store.TurnaroundRepository;
import org.zenome.store.UserRepository;
import org.zenome.store.jdbc.JdbcCaseStore;

/**
 * The repositories whose SQL is portable, for a store of another engine (PostgreSQL). They keep their historical
 * {@code Sqlite} names; they only use {@link JdbcCaseStore} and SQL that SQLite and PostgreSQL both run
 * (docs/adr/postgresql-store.md).
 */
public final class SharedRepositories {
    public final CaseRepository cases;
    public final FindingRepository findings;
    public final ReferenceRepository references;
    public final SnapshotRepository snapshots;
    public final UserRepository users;
    public final AuditRepository audit;
    public final MeetingRepository meetings;
    public final ReviewRepository reviews;
    public final TurnaroundRepository turnaround;
    public final InterpretationRepository interpretation;
    public final ReportRepository reports;
    public final org.zenome.store.ThresholdRepository thresholds;
    public final org.zenome.store.QcRepository qc;
    public final org.zenome.store.PhenotypeRepository phenotypes;
    public final org.zenome.store.NoteDraftRepository noteDrafts;
    private final SqliteFindingRepository findingRepository;

    public SharedRepositories(JdbcCaseStore store) {
        this.cases = new SqliteCaseRepository(store);
        this.findingRepository = new SqliteFindingRepository(store);
        this.findings = findingRepository;
        this.references = new SqliteReferenceRepository(store);
        this.snapshots = new SqliteSnapshotRepository(store);
        this.users = new SqliteUserRepository(store);
        this.audit = new SqliteAuditRepository(store);
        this.meetings = new SqliteMeetingRepository(store);
        this.reviews = new SqliteReviewRepository(store);
        this.turnaround = new SqliteTurnaroundRepository(store);
        this.interpretation = new SqliteInterpretationRepository(store, AcmgClassifier.standard());
        this.reports = new SqliteReportRepository(store);
        this.thresholds = new SqliteThresholdRepository(store);
        this.qc = new SqliteQcRepository(store);
        this.phenotypes = new SqlitePhenotypeRepository(store);
        this.noteDrafts = new SqliteNoteDraftRepository(store);
    }

    /** Forgets the finding repository's cached info of a case (its findings were replaced or its key reused). */
    public void forgetFindings(long casePk) {
        findingRepository.forget(casePk);
    }

    /** Inserts a source file row of a case (the import's registration), as the SQLite writer does. */
    public static void insertSource(java.sql.Connection c, long casePk, org.zenome.domain.SourceFile f,
                                    String headerText, java.util.List<String> warnings) throws java.sql.SQLException {
        SqliteCaseRepository.insertSource(c, casePk, f, headerText, warnings);
    }

    /**
     * Carries a replaced case's interpretation over to its new findings, in the caller's transaction on {@code m},
     * where the new findings are the tables of schema {@code findingsSchema} (see SqliteInterpretationCarryOver).
     */
    public static org.zenome.interpretation.CarryOver carryOver(java.sql.Connection m, long casePk,
                                                               String findingsSchema, String source, String user,
                                                               java.time.Instant at) throws java.sql.SQLException {
        return SqliteInterpretationCarryOver.carry(m, casePk, m, findingsSchema + ".", source, user, at);
    }

    /** The packed finding codes (see FindingTables). */
    public static long codes(int chromOrder, int altIndex, boolean pass, int variantType, int impact, int csqRank,
                             int clinvar) {
        return FindingTables.codes(chromOrder, altIndex, pass, variantType, impact, csqRank, clinvar);
    }

    /** The schema version of this release (both engines). */
    public static final int SCHEMA_VERSION = SqliteCaseStore.SCHEMA_VERSION;
    public static final long SPAN_GAP = FindingTables.SPAN_GAP;
    public static final int FLAG_CLINVAR = FindingTables.FLAG_CLINVAR;
    public static final int FLAG_HIGH_OR_MODERATE = FindingTables.FLAG_HIGH_OR_MODERATE;
    public static final int LAYOUT = FindingTables.LAYOUT;
}
