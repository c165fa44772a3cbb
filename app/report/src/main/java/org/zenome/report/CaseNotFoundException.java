package org.zenome.report;

/** The case asked for is not in the store. */
public class CaseNotFoundException extends ReportException {
    private static final long serialVersionUID = 1L;

    public CaseNotFoundException(String message) {
        super(message);
    }
}
