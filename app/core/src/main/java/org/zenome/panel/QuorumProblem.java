package org.zenome.panel;

/**
 * A role the quorum rule requires that the attendance does not cover.
 *
 * @param caseId   the agenda case the requirement is for, null for the whole meeting
 * @param required attendees the rule asks for in this role
 * @param present  attendees present in this role
 */
public record QuorumProblem(String caseId, PanelRole role, int required, int present) {

    /** English message naming the missing role, e.g. "missing role: pathologist (1 required, 0 present)". */
    public String message() {
        return (caseId == null ? "" : "case " + caseId + ": ") + "missing role: " + role.code() + " ("
                + required + " required, " + present + " present)";
    }
}
