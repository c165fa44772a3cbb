package org.zenome.report.cli;

import java.util.List;
import org.zenome.cli.CommandProvider;

/** Adds {@code report} and {@code export} to the {@code zenome} command line. */
public final class ReportCommandProvider implements CommandProvider {
    @Override
    public List<Object> commands() {
        return List.of(new ReportCommand(), new ExportCommand());
    }
}
