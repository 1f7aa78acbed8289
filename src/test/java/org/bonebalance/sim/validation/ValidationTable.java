package org.bonebalance.sim.validation;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.HormoneSchedule;

/**
 * The table of model versus published values in docs/model.md §7, made from {@link PublishedCases}. Regenerate
 * it (from the repository root) with
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.bonebalance.sim.validation.ValidationTable
 * </pre>
 * ValidationTest fails when the table in the file is not the one this makes.
 */
public final class ValidationTable {
    private ValidationTable() {}

    static final String BEGIN = "<!-- validation table: made by ValidationTable, do not edit by hand -->";
    static final String END = "<!-- end of validation table -->";
    static final Path DOC = Path.of("docs", "model.md");

    public static void main(String[] args) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Files.writeString(DOC, withTable(doc, table(PublishedCases.evaluate())), StandardCharsets.UTF_8);
        System.out.println("docs/model.md: validation table regenerated");
    }

    static String withTable(String doc, String table) {
        int b = doc.indexOf(BEGIN), e = doc.indexOf(END);
        if (b < 0 || e < b) throw new IllegalStateException("docs/model.md has no validation table markers");
        return doc.substring(0, b + BEGIN.length()) + "\n" + table + doc.substring(e);
    }

    /** The table between the markers, as it stands in the file now (null if the markers are missing). */
    static String current(String doc) {
        int b = doc.indexOf(BEGIN), e = doc.indexOf(END);
        return b < 0 || e < b ? null : doc.substring(b + BEGIN.length() + 1, e);
    }

    static String table(List<PublishedCases.Case> cases) {
        StringBuilder sb = new StringBuilder();
        sb.append("| # | case | published | ± | model | holds | in the fit | source |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (PublishedCases.Case c : cases) {
            int target = LayerFit.CALIBRATION_TARGETS.indexOf(c.id()) + 1;
            sb.append("| ").append(target > 0 ? Integer.toString(target) : "").append(' ');
            String tol = c.tolerance() == 0 ? "sign" : fmt(c.tolerance());
            String holds = !c.asserted() ? (c.holds() ? "yes (not claimed)" : "**no** (not claimed)")
                    : c.holds() ? "yes" : "**no**";
            sb.append("| ").append(c.what()).append(" | ").append(c.published()).append(" | ").append(tol)
                    .append(" | ").append(c.modelText()).append(" | ").append(holds)
                    .append(" | ").append(c.fitted() ? "fitted" : "held out").append(" | ").append(c.source())
                    .append(" |\n");
        }
        sb.append('\n').append(figures());
        return sb.toString();
    }

    /** Regression figures of natural menopause and of the postmenopausal steady state, in one paragraph. */
    static String figures() {
        HormoneSchedule natural = HormoneSchedule.naturalMenopause(51, HormoneLevels.PREMENOPAUSAL,
                HormoneLevels.POSTMENOPAUSAL);
        double[] bmd = Forecast.bmdRelByDay(SteadyState.REFERENCE, 45, 40, natural, Forecast.Scheme.DAILY_RK4);
        double base = bmd[day(50)];
        StringBuilder sb = new StringBuilder("Natural menopause, cumulative change from FMP−1:");
        for (int k : new int[] {2, 5, 10, 20, 30}) {
            sb.append(k == 2 ? " " : ", ").append("FMP+").append(k).append(' ')
                    .append(signed(100 * (bmd[day(51 + k)] / base - 1))).append(" %");
        }
        sb.append("; loss rate 10–20 years after FMP ")
                .append(signed(100 * (bmd[day(71)] / bmd[day(61)] - 1) / 10)).append(" %/year. ");
        HormoneEffects post = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);
        Readout r = Readout.of(50, SteadyState.solve(post), post, 1, 1);
        sb.append(String.format(Locale.ROOT, "Postmenopausal steady state (at 50, before PTH rises) relative to the "
                + "reference: OCa × %.3f, OBa × %.3f, RANKL × %.3f, OPG × %.3f.%n", r.ocaRel(), r.obaRel(),
                r.ranklRel(), r.opgRel()));
        return sb.toString();
    }

    private static int day(double age) {
        return (int) Math.round((age - 45) * Forecast.DAYS_PER_YEAR);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v).replace("-", "−");
    }

    /** A tolerance as written: at least one decimal, at most three, no trailing zeros (1.0, 0.45, 0.005). */
    static String fmt(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
    }
}
