package org.zenome.panel;

/**
 * A case on a meeting's agenda.
 *
 * @param paediatric      a paediatric case (a paediatric oncologist is then required)
 * @param historySupplied the treating physician supplied treatment and family history (may then be absent)
 */
public record AgendaItem(String caseId, int position, boolean paediatric, boolean historySupplied) {
}
