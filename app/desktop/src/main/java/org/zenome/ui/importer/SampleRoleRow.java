package org.zenome.ui.importer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zenome.domain.SampleRole;

/** One sample of the VCF in the import dialog, with the role the user gives it. */
public final class SampleRoleRow {
    private final String name;
    private final ObjectProperty<SampleRole> role;
    /** The sample's reads for the genome browser (BAM/CRAM path), or empty. */
    private final StringProperty reads = new SimpleStringProperty("");

    public SampleRoleRow(String name, SampleRole role) {
        this.name = name;
        this.role = new SimpleObjectProperty<>(role);
    }

    public String name() {
        return name;
    }

    public ObjectProperty<SampleRole> roleProperty() {
        return role;
    }

    public SampleRole role() {
        return role.get();
    }

    public StringProperty readsProperty() {
        return reads;
    }

    /** The reads path as typed, trimmed; empty when none. */
    public String reads() {
        return reads.get() == null ? "" : reads.get().strip();
    }
}
