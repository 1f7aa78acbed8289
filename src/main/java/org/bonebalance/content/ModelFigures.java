package org.bonebalance.content;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bonebalance.model.CoreParameters;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.HormoneSchedule;

/**
 * Numbers the texts quote from the model, computed from the model when a text is shown and passed to it as
 * message arguments (so a recalibration cannot leave a stale figure in a sentence). Each figure is computed
 * once; formatting follows the current language.
 */
public final class ModelFigures {
    private ModelFigures() {}

    /** Spine BMD change from one year before to two years after the final period (calibration target 1), %. */
    public static double swanChangePct() { return Lazy.SWAN; }

    /** Free RANKL at the postmenopausal steady state, relative to the premenopausal reference. */
    public static double postmenopausalRanklFold() { return Lazy.RANKL_FOLD; }

    /** Active osteoclasts (activation frequency) 13 years after a natural menopause at 51, relative. */
    public static double osteoclastsThirteenYearsAfter() { return Lazy.OCA_13Y; }

    /** Estrogen deficiency d at the postmenopausal 5 pg/mL. */
    public static double postmenopausalDeficiency() {
        return HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL).estrogenDeficiency();
    }

    private static final Supplier<Object[]> NONE = () -> new Object[0];

    /** Message arguments of the texts that quote the model (none for every other key). */
    static final Map<String, Supplier<Object[]>> ARGS = Map.of(
            "content.evidence.model-core.size", () -> new Object[] {signed(swanChangePct(), 2)},
            "content.term.rankl.academic", () -> new Object[] {plain(postmenopausalRanklFold(), 1)},
            "content.term.estrogen-deficiency.academic", () -> new Object[] {plain(postmenopausalDeficiency(), 2)},
            "content.term.aromatization.academic", () -> new Object[] {plain(HormoneLevels.AROMATIZATION_EXPONENT, 2)},
            "content.explain.men.academic", () -> new Object[] {plain(HormoneLevels.AROMATIZATION_EXPONENT, 2)},
            "content.explain.menopause.academic", () -> new Object[] {plain(osteoclastsThirteenYearsAfter(), 1)});

    /** The keys whose text takes model figures as arguments. */
    public static List<String> keys() { return List.copyOf(ARGS.keySet()); }

    /** The text of key with its model figures filled in (the plain text for any other key). */
    public static String text(String key) {
        return Messages.get(key, ARGS.getOrDefault(key, NONE).get());
    }

    /** A number with a typographic minus sign, in the current language. */
    static String signed(double v, int decimals) {
        String s = plain(Math.abs(v), decimals);
        return v < 0 ? "−" + s : "+" + s;
    }

    static String plain(double v, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Messages.locale()));
        return f.format(v);
    }

    private static final class Lazy {
        static final double SWAN;
        static final double RANKL_FOLD;
        static final double OCA_13Y;

        static {
            HormoneSchedule natural = HormoneSchedule.naturalMenopause(51, HormoneLevels.PREMENOPAUSAL,
                    HormoneLevels.POSTMENOPAUSAL);
            // the figures of docs/model.md §7, so the reference integration that made them
            double[] bmd = Forecast.bmdRelByDay(SteadyState.REFERENCE, 45, 8, natural, Forecast.Scheme.DAILY_RK4);
            SWAN = 100 * (bmd[day(8)] / bmd[day(5)] - 1);
            HormoneEffects post = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);
            Readout r = Readout.of(50, SteadyState.solve(post), post, 1, 1);
            RANKL_FOLD = r.ranklRel();
            OCA_13Y = Forecast.project(SteadyState.REFERENCE, 45, 51 + 13 - 45, natural, 30, 1, Double.NaN,
                    HormoneEffects.CALIBRATED, CoreParameters.LAMBDA, Forecast.Scheme.DAILY_RK4).getLast().ocaRel();
        }

        private static int day(double yearsFrom45) {
            return (int) Math.round(yearsFrom45 * Forecast.DAYS_PER_YEAR);
        }
    }
}
