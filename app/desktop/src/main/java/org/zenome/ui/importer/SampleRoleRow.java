package org.zenome.ui.importer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zenome.domain.SampleRole;

/** One sample of the VCF in the import dialog, with the role the user gives it. */
public final class SampleRoleRow {
    private final String name;
    private final ObjectProperty<SampleRole> role;

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
}
