package org.bonebalance.content;

import org.bonebalance.sim.why.Quantity;

/**
 * The words and numbers of a causal trace ({@code sim/why}), shared by the {@code why} command and the window's
 * Why? panel, so both say a link the same way: names, units, and values as the gauges show them.
 */
public final class TraceWords {
    private TraceWords() {}

    /** A value as the gauges show it: "×2.90" for a ratio to the reference, else the number and its unit. */
    public static String shown(Quantity q, double v) {
        String n = Messages.number(v, decimals(q));
        return q.unit().equals("rel") ? "×" + n : n + " " + unit(q);
    }

    /** A change, signed, one decimal finer than the value: "+0.84" for a ratio, "−1.2 %" otherwise. */
    public static String change(Quantity q, double v) {
        String n = signed(v, decimals(q) + 1);
        return q.unit().equals("rel") ? n : n + " " + unit(q);
    }

    private static String signed(double v, int decimals) {
        String n = Messages.number(Math.abs(v), decimals);
        if (n.equals(Messages.number(0, decimals))) return n;
        return (v < 0 ? "−" : "+") + n;
    }

    /** Decimals that show each quantity as the gauges do. */
    public static int decimals(Quantity q) {
        return switch (q) {
            case ESTRADIOL, PROGESTERONE, BALANCE, BMD_RATE, T_SCORE -> 1;
            case TESTOSTERONE -> 0;
            case BMD -> 3;
            default -> 2;
        };
    }

    public static String name(Quantity q) {
        return Messages.get(switch (q) {
            case ESTRADIOL -> "cli.why.q.estradiol";
            case PROGESTERONE -> "cli.why.q.progesterone";
            case TESTOSTERONE -> "cli.why.q.testosterone";
            case RANKL -> "cli.why.q.rankl";
            case OPG -> "cli.why.q.opg";
            case RANKL_OPG -> "cli.why.q.rankl_opg";
            case RANKL_RANK -> "cli.why.q.rankl_rank";
            case OSTEOCLASTS -> "cli.why.q.osteoclasts";
            case OSTEOBLAST_PRECURSORS -> "cli.why.q.osteoblast_precursors";
            case OSTEOBLASTS -> "cli.why.q.osteoblasts";
            case BALANCE -> "cli.why.q.balance";
            case BMD_RATE -> "cli.why.q.bmd_rate";
            case BMD -> "cli.why.q.bmd";
            case T_SCORE -> "cli.why.q.t_score";
        });
    }

    public static String unit(Quantity q) {
        return Messages.get(switch (q) {
            case ESTRADIOL -> "cli.unit.pgPerMl";
            case PROGESTERONE -> "cli.unit.ngPerMl";
            case TESTOSTERONE -> "cli.unit.ngPerDl";
            case BALANCE -> "cli.why.unit.percent";
            case BMD_RATE -> "cli.why.unit.percentPerYear";
            case BMD -> "cli.why.unit.gPerCm2";
            case T_SCORE -> "cli.why.unit.sd";
            default -> throw new IllegalArgumentException(q + " is shown as a ratio, without a unit");
        });
    }
}
