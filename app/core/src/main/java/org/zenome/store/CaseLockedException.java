package org.zenome.store;

/** A write to a signed-off case; only an amendment (with a reason) opens it again. */
public class CaseLockedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String caseId;

    public CaseLockedException(String caseId, String message) {
        super(message);
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }
}
