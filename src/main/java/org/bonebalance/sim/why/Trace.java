package org.bonebalance.sim.why;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.bonebalance.model.HormoneLevels;

/**
 * Why a reading has its value: the chain of model quantities from the hormone levels to the reading, each now
 * and at the reference, and how much of the reading's change from the reference each hormone makes. A pure
 * function of the model: {@link #of} takes two moments and an attribution and formats nothing.
 *
 * @param reading     the reading asked about
 * @param reference   its value at the reference (all three hormones at the reference levels)
 * @param value       its value now
 * @param chain       the links from the hormones to the reading, in causal order
 * @param attribution each hormone's share of {@code value − reference}; the shares add up to it
 */
public record Trace(Reading reading, double reference, double value, List<Link> chain, Attribution attribution) {

    public Trace {
        chain = List.copyOf(chain);
    }

    /** One link: a quantity at the reference and now, in the quantity's unit. */
    public record Link(Quantity quantity, double reference, double value) {
        public String unit() {
            return quantity.unit();
        }
    }

    /** The change from the reference, in the reading's unit. */
    public double change() {
        return value - reference;
    }

    /**
     * The trace of a reading from the moment now and the moment at the reference levels.
     *
     * @param attribution the hormones' shares of the change; see {@link Attribution#shapley}
     */
    public static Trace of(Reading reading, Moment now, Moment reference, Attribution attribution) {
        List<Link> links = new ArrayList<>();
        for (Quantity q : reading.chain()) links.add(new Link(q, reference.value(q), now.value(q)));
        return new Trace(reading, reference.value(reading.quantity()), now.value(reading.quantity()), links,
                attribution);
    }

    /**
     * The trace of a reading when the levels are held from the reference state, with its exact attribution:
     * {@code moment} is how the model reaches a moment from a set of levels (the same for every combination).
     * Costs eight evaluations of {@code moment}.
     */
    public static Trace held(Reading reading, HormoneLevels levels, HormoneLevels referenceLevels,
                             java.util.function.Function<HormoneLevels, Moment> moment) {
        Moment[] byMask = new Moment[Attribution.COMBINATIONS];
        for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
            byMask[mask] = moment.apply(Attribution.combine(levels, referenceLevels, mask));
        }
        return of(reading, byMask);
    }

    /**
     * The trace of a reading from the moments of the eight combinations ({@link Attribution} bits: {@code ALL}
     * is now, {@code NONE} the reference), with its exact attribution.
     */
    public static Trace of(Reading reading, Moment[] byMask) {
        if (byMask.length != Attribution.COMBINATIONS) throw new IllegalArgumentException("eight moments expected");
        ToDoubleFunction<Integer> v = mask -> byMask[mask].value(reading.quantity());
        return of(reading, byMask[Attribution.ALL], byMask[Attribution.NONE], Attribution.shapley(v));
    }
}
