package org.zenome.report;

/**
 * A report template (a hospital's edited copy, usually) cannot be used: a Pebble error, a file that is not UTF-8 or
 * not valid XHTML once filled, a missing file, an unknown kind. Bad input (exit 3 on the command line); the message
 * names the file and the problem, and no report was written or stored.
 */
public class ReportTemplateException extends ReportException {
    private static final long serialVersionUID = 1L;

    public ReportTemplateException(String message) {
        super(message);
    }

    public ReportTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
