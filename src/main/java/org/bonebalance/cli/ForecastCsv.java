package org.bonebalance.cli;

import java.util.List;
import org.bonebalance.model.Readout;

/**
 * The forecast CSV: exactly these columns in this order, '.' as decimal separator whatever the
 * locale, fixed decimals per column. Column names are an interface: never translate or reorder them.
 */
public final class ForecastCsv {
    private ForecastCsv() {}

    public static final List<String> COLUMNS = List.of("age", "e2_pg_ml", "p4_ng_ml", "t_ng_dl", "obp_rel",
            "oba_rel", "oca_rel", "rankl_rel", "opg_rel", "rankl_rank_rel", "rankl_opg_ratio_rel", "bv_tv_pct",
            "bmd_rel", "bmd_g_cm2", "t_score", "ctx_rel", "p1np_rel", "fracture_rr_vertebral");

    public static final String HEADER = String.join(",", COLUMNS);

    /** The header and one line per readout, each ending with '\n'. */
    public static String format(List<Readout> rows) {
        StringBuilder b = new StringBuilder(HEADER.length() + 1 + rows.size() * 160);
        b.append(HEADER).append('\n');
        for (Readout r : rows) appendRow(b, r);
        return b.toString();
    }

    static void appendRow(StringBuilder b, Readout r) {
        num(b, r.ageYears(), 4).append(',');
        num(b, r.levels().estradiolPgPerMl(), 4).append(',');
        num(b, r.levels().progesteroneNgPerMl(), 4).append(',');
        num(b, r.levels().testosteroneNgPerDl(), 3).append(',');
        num(b, r.obpRel(), 6).append(',');
        num(b, r.obaRel(), 6).append(',');
        num(b, r.ocaRel(), 6).append(',');
        num(b, r.ranklRel(), 6).append(',');
        num(b, r.opgRel(), 6).append(',');
        num(b, r.ranklRankRel(), 6).append(',');
        num(b, r.ranklOpgRatioRel(), 6).append(',');
        num(b, r.bvTvPct(), 5).append(',');
        num(b, r.bmdRel(), 6).append(',');
        num(b, r.bmdGPerCm2(), 5).append(',');
        num(b, r.tScore(), 4).append(',');
        num(b, r.ctxRel(), 6).append(',');
        num(b, r.p1npRel(), 6).append(',');
        num(b, r.fractureRrVertebral(), 5).append('\n');
    }

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

    /** v rounded half away from zero to the given decimals, '.' separator, no exponent, never "-0". */
    static StringBuilder num(StringBuilder b, double v, int decimals) {
        long scale = POW10[decimals];
        if (!Double.isFinite(v) || Math.abs(v) * scale >= 9e15) return b.append(v);
        long units = Math.round(Math.abs(v) * scale);
        if (v < 0 && units != 0) b.append('-');
        b.append(units / scale);
        if (decimals > 0) {
            b.append('.');
            String frac = Long.toString(units % scale);
            for (int i = frac.length(); i < decimals; i++) b.append('0');
            b.append(frac);
        }
        return b;
    }
}
