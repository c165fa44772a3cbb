package org.zenome.panel;

/**
 * A case on a meeting's agenda.
 *
 * @param paediatric            a paediatric case (a paediatric oncologist is then required)
 * @param historySupplied       the treating physician supplied treatment and family history (may then be absent)
 * @param treatingPhysician     the patient's treating physician (主治医) as a name, null when not recorded
 * @param treatingPhysicianUser the treating physician's Zenome user, null when they have no account
 * @param circulation           the last check of the case's eligibility for circulation, null when never checked
 */
public record AgendaItem(String caseId, int position, boolean paediatric, boolean historySupplied,
                         String treatingPhysician, String treatingPhysicianUser, CirculationCheck circulation) {

    public AgendaItem(String caseId, int position, boolean paediatric, boolean historySupplied) {
        this(caseId, position, paediatric, historySupplied, null, null, null);
    }

    public AgendaItem(String caseId, int position, boolean paediatric, boolean historySupplied,
                      String treatingPhysician, String treatingPhysicianUser) {
        this(caseId, position, paediatric, historySupplied, treatingPhysician, treatingPhysicianUser, null);
    }

    /**
     * True when the attendee attends for this case: recorded for it (the treating physician or a substitute),
     * or, recorded for no case, the case's treating physician's own account in that role.
     */
    public boolean attendedBy(Attendee a) {
        if (!a.wholeMeeting()) {
            return a.forCases().contains(caseId);
        }
        return a.role() == PanelRole.TREATING_PHYSICIAN && a.username() != null
                && a.username().equals(treatingPhysicianUser);
    }
}
