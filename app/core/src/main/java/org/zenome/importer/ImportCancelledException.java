package org.zenome.importer;

/** The user cancelled an import; nothing of it was kept. */
public class ImportCancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String caseId) {
        super("import of case " + caseId + " cancelled; nothing was stored");
    }
}
