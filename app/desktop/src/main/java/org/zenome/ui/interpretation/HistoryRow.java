package org.zenome.ui.interpretation;

/** One line of the history table: when, who, what, old, new, note (all already formatted). */
public record HistoryRow(String at, String user, String subject, String oldValue, String newValue, String note) {
}
