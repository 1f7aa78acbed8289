package org.bonebalance.sim.why;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A reading one can ask "why?" about (the explorer's gauges), and the chain of model quantities that leads to
 * it from the hormones. Ids are the {@code why --reading} values: an interface, never renamed.
 */
public enum Reading {
    OSTEOCLASTS("osteoclasts", Quantity.OSTEOCLASTS),
    OSTEOBLASTS("osteoblasts", Quantity.OSTEOBLASTS),
    RANKL_OPG("rankl-opg", Quantity.RANKL_OPG),
    BALANCE("balance", Quantity.BALANCE),
    BMD("bmd", Quantity.BMD);

    private static final List<Quantity> HORMONES = List.of(Quantity.ESTRADIOL, Quantity.PROGESTERONE,
            Quantity.TESTOSTERONE);
    /**
     * The longest chain, in causal order (docs/model.md §3): hormones change RANKL and OPG production; their
     * ratio sets how much RANKL binds RANK, which makes osteoclasts; resorption releases TGF-β, which recruits
     * osteoblast precursors that mature into active osteoblasts; formation against resorption moves bone
     * volume and, after mineralisation, spine density.
     */
    private static final List<Quantity> CAUSES = List.of(Quantity.RANKL, Quantity.OPG, Quantity.RANKL_OPG,
            Quantity.RANKL_RANK, Quantity.OSTEOCLASTS, Quantity.OSTEOBLAST_PRECURSORS, Quantity.OSTEOBLASTS,
            Quantity.BALANCE, Quantity.BMD_RATE, Quantity.BMD, Quantity.T_SCORE);

    private final String id;
    private final Quantity quantity;

    Reading(String id, Quantity quantity) {
        this.id = id;
        this.quantity = quantity;
    }

    public String id() {
        return id;
    }

    /** The quantity this reading shows. */
    public Quantity quantity() {
        return quantity;
    }

    /**
     * The links from the hormones to this reading: the three hormones, then the model's causes in order up to
     * the reading (for spine density, one step further to the T-score it is judged by).
     */
    public List<Quantity> chain() {
        int end = CAUSES.indexOf(quantity) + 1;
        if (quantity == Quantity.BMD) end++;
        Quantity[] links = new Quantity[HORMONES.size() + end];
        for (int i = 0; i < HORMONES.size(); i++) links[i] = HORMONES.get(i);
        for (int i = 0; i < end; i++) links[HORMONES.size() + i] = CAUSES.get(i);
        return List.of(links);
    }

    public static Optional<Reading> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
