package org.zenome.ui.detail;

/** One INFO field of the selected finding's record. */
public record InfoRow(String key, String value) {
}
