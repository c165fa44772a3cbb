package org.zenome.cli;

/** TSV cells: tabs and line breaks in free text become spaces, null becomes empty. */
final class Tsv {
    private Tsv() {
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        return v.toString().replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
