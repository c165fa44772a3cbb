package org.zenome.store;

/**
 * An open case database. The only way to the data is through its repositories; the engine behind it
 * (SQLite file now, a PostgreSQL server later) is chosen when the store is opened.
 */
public interface CaseStore extends AutoCloseable {

    CaseRepository cases();

    FindingRepository findings();

    /** The reference genome configured per build (genome browser). */
    ReferenceRepository references();

    /** Genome browser pictures saved with cases. */
    SnapshotRepository snapshots();
    /** Local user accounts. */
    UserRepository users();

    /** The hash-chained audit log. */
    AuditRepository audit();

    /** Expert-panel meetings. */
    MeetingRepository meetings();

    /** The panel's record of each case (discussion, votes, decisions, sign-off, amendments). */
    ReviewRepository reviews();

    /** Turnaround milestones of the cases. */
    TurnaroundRepository turnaround();
    /** Classification, somatic records, consent, confirmation and annotation sources of the cases. */
    InterpretationRepository interpretation();
    /** Versions of the thresholds the criterion suggestions use (administrator settings). */
    ThresholdRepository thresholds();
    /** Issued patient-return reports and their versions. */
    ReportRepository reports();
    /** The installed HPO files and each case's phenotype. */
    PhenotypeRepository phenotypes();

    /** Sample QC results, their acknowledgements and copy-number segments of the cases. */
    default QcRepository qc() {
        throw new UnsupportedOperationException("this store keeps no sample QC");
    }

    /** Discussion notes as they are typed (autosave). */
    default org.zenome.store.NoteDraftRepository noteDrafts() {
        throw new UnsupportedOperationException("note drafts are not kept by " + location());
    }

    /**
     * Starts importing a case. With {@code replace} an existing case of that ID is replaced when the import
     * commits; without it an existing case is refused with a {@link StoreException}.
     */
    CaseWriter beginImport(NewCase newCase, boolean replace);

    /**
     * Calls {@code listener}, on a background thread, for every act that another application instance records in
     * this store (the PostgreSQL store announces them with LISTEN/NOTIFY; the single-workstation SQLite store has
     * none). Closing the returned handle stops it.
     */
    default AutoCloseable watchChanges(java.util.function.Consumer<StoreChange> listener) {
        return () -> { };
    }

    /** Where the data lives, for messages (a file path or a JDBC URL without credentials). */
    String location();

    @Override
    void close();
}
