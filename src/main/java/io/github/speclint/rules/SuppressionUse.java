package io.github.speclint.rules;

import io.github.speclint.model.Suppression;

import java.time.LocalDate;

/** How a run applied one spec's suppressions: the date they expire against, the rules that ran, what each silenced. */
public interface SuppressionUse {

    LocalDate today();

    /** True when the rule ran in this run (it is known and not set to off). */
    boolean ran(String ruleId);

    /** True when the suppression silenced at least one finding. */
    boolean used(Suppression suppression);
}
