package org.zenome.ui.panel;

import org.zenome.panel.ActionKind;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.Outcome;
import org.zenome.panel.PanelRole;
import org.zenome.panel.VoteValue;
import org.zenome.ui.common.I18n;

/** Localised names of the panel's enums (literal keys, so the i18n completeness test sees each one). */
public final class PanelLabels {
    private final I18n i18n;

    public PanelLabels(I18n i18n) {
        this.i18n = i18n;
    }

    public String role(PanelRole r) {
        if (r == null) {
            return "";
        }
        return switch (r) {
            case DRUG_THERAPY_PHYSICIAN -> i18n.get("panel.role.drugTherapyPhysician");
            case CLINICAL_GENETICIST -> i18n.get("panel.role.clinicalGeneticist");
            case GENETIC_COUNSELLOR -> i18n.get("panel.role.geneticCounsellor");
            case PATHOLOGIST -> i18n.get("panel.role.pathologist");
            case MOLECULAR_GENETICIST -> i18n.get("panel.role.molecularGeneticist");
            case BIOINFORMATICIAN -> i18n.get("panel.role.bioinformatician");
            case PAEDIATRIC_ONCOLOGIST -> i18n.get("panel.role.paediatricOncologist");
            case TREATING_PHYSICIAN -> i18n.get("panel.role.treatingPhysician");
            case SECRETARY -> i18n.get("panel.role.secretary");
            case ADMINISTRATOR -> i18n.get("panel.role.administrator");
        };
    }

    /** Why a password was refused, in the user's language. */
    public String passwordRule(org.zenome.panel.PasswordPolicy.Rule r) {
        return switch (r) {
            case TOO_SHORT -> i18n.get("login.error.short", org.zenome.panel.PasswordPolicy.MIN_LENGTH);
            case BLANK -> i18n.get("password.rule.blank");
            case REPEATED_CHARACTER -> i18n.get("password.rule.repeated");
            case CONTAINS_USERNAME -> i18n.get("password.rule.username");
            case COMMON -> i18n.get("password.rule.common");
            case SAME_AS_CURRENT -> i18n.get("password.rule.same");
        };
    }

    public String format(MeetingFormat f) {
        if (f == null) {
            return "";
        }
        return switch (f) {
            case IN_PERSON -> i18n.get("panel.format.inPerson");
            case ONLINE -> i18n.get("panel.format.online");
            case HYBRID -> i18n.get("panel.format.hybrid");
            case CIRCULATION -> i18n.get("panel.format.circulation");
        };
    }

    public String outcome(Outcome o) {
        if (o == null) {
            return "";
        }
        return switch (o) {
            case PRIMARY -> i18n.get("panel.outcome.primary");
            case PRESUMED_GERMLINE -> i18n.get("panel.outcome.presumedGermline");
            case SECONDARY -> i18n.get("panel.outcome.secondary");
            case NOT_REPORTED -> i18n.get("panel.outcome.notReported");
        };
    }

    public String vote(VoteValue v) {
        if (v == null) {
            return "";
        }
        return switch (v) {
            case AGREE -> i18n.get("panel.vote.agree");
            case DISAGREE -> i18n.get("panel.vote.disagree");
            case ABSTAIN -> i18n.get("panel.vote.abstain");
        };
    }

    public String action(ActionKind k) {
        if (k == null) {
            return "";
        }
        return switch (k) {
            case TREATMENT -> i18n.get("panel.action.treatment");
            case CLINICAL_TRIAL -> i18n.get("panel.action.clinicalTrial");
            case CONFIRMATORY_TEST -> i18n.get("panel.action.confirmatoryTest");
            case GENETIC_COUNSELLING -> i18n.get("panel.action.geneticCounselling");
            case CASCADE_TESTING -> i18n.get("panel.action.cascadeTesting");
            case REANALYSIS -> i18n.get("panel.action.reanalysis");
        };
    }

    /** A quorum problem in the user's language, naming the missing role. */
    public String problem(org.zenome.panel.QuorumProblem p) {
        return p.caseId() == null
                ? i18n.get("panel.quorum.missing", role(p.role()), p.required(), p.present())
                : i18n.get("panel.quorum.missingForCase", p.caseId(), role(p.role()), p.required(), p.present());
    }

    /** A circulation condition (by its code) in the user's language; the code itself when unknown. */
    public String condition(String code) {
        return switch (code) {
            case "no-presumed-germline" -> i18n.get("panel.circulation.condition.noPresumedGermline");
            case "no-secondary-finding" -> i18n.get("panel.circulation.condition.noSecondaryFinding");
            case "no-classification-disagreement" -> i18n.get("panel.circulation.condition.noDisagreement");
            case "qc-acknowledged" -> i18n.get("panel.circulation.condition.qcAcknowledged");
            case "treating-physician-information" -> i18n.get("panel.circulation.condition.treatingPhysician");
            case "established-evidence-only" -> i18n.get("panel.circulation.condition.establishedEvidence");
            case "phenotype-recorded" -> i18n.get("panel.circulation.condition.phenotype");
            case "rule-defined" -> i18n.get("panel.circulation.condition.ruleDefined");
            default -> code;
        };
    }

    /** An unmet condition with what fails it (findings, QC problems; as recorded). */
    public String unmet(org.zenome.panel.CirculationCheck.ConditionResult c) {
        return condition(c.condition()) + (c.items().isEmpty() ? "" : " (" + String.join("; ", c.items()) + ")");
    }

    /** A case's circulation check as lines: the result, then one line per unmet condition. */
    public java.util.List<String> circulation(String caseId, org.zenome.panel.CirculationCheck c) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (c == null) {
            out.add(i18n.get("panel.circulation.unchecked", caseId));
            return out;
        }
        String rule = c.ruleId() + " (" + c.rulesVersion() + ")";
        out.add(c.eligible() ? i18n.get("panel.circulation.eligible", caseId, rule)
                : i18n.get("panel.circulation.notEligible", caseId, rule));
        for (org.zenome.panel.CirculationCheck.ConditionResult u : c.unmet()) {
            out.add(i18n.get("panel.circulation.unmet", unmet(u)));
        }
        return out;
    }

    /** Why cases were refused by circulation, one sentence per case. */
    public String refused(org.zenome.panel.CirculationIneligibleException e) {
        StringBuilder b = new StringBuilder();
        e.checks().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(x -> {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(i18n.get("panel.circulation.refused", x.getKey(), x.getValue().ruleId() + " ("
                    + x.getValue().rulesVersion() + ")", String.join(" / ", x.getValue().unmet().stream()
                    .map(this::unmet).toList())));
        });
        return b.toString();
    }
}
