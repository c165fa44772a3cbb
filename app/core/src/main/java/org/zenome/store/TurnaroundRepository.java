package org.zenome.store;

import java.util.List;
import org.zenome.panel.Turnaround;

/** The dates of each case's way from sample receipt to the returned report. */
public interface TurnaroundRepository {

    List<Turnaround> list();
}
