package org.bonebalance.sim;

import org.bonebalance.model.HormoneLevels;

/** Hormone levels as a function of age (years). Implementations are immutable and deterministic. */
@FunctionalInterface
public interface HormoneSchedule {
    HormoneLevels at(double ageYears);

    /** The same levels at every age. */
    static HormoneSchedule constant(HormoneLevels levels) {
        return age -> levels;
    }

    /**
     * Natural menopause with the final menstrual period at fmpAge (MODEL.md §5):
     * w(t) = 1/(1 + exp(−3·(t − t_F)/1 y)), levels = pre·(1 − w) + post·w.
     */
    static HormoneSchedule naturalMenopause(double fmpAge, HormoneLevels pre, HormoneLevels post) {
        return age -> pre.blend(post, menopauseWeight(age, fmpAge));
    }

    /** Surgical menopause: a step to postmenopausal levels at surgeryAge. */
    static HormoneSchedule surgicalMenopause(double surgeryAge, HormoneLevels pre, HormoneLevels post) {
        return age -> age < surgeryAge ? pre : post;
    }

    static double menopauseWeight(double ageYears, double fmpAge) {
        return 1 / (1 + Math.exp(-3 * (ageYears - fmpAge)));
    }
}
