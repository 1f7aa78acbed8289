package org.bonebalance.cli;

import static org.bonebalance.content.TraceWords.change;
import static org.bonebalance.content.TraceWords.decimals;
import static org.bonebalance.content.TraceWords.name;
import static org.bonebalance.content.TraceWords.shown;
import static org.bonebalance.content.TraceWords.unit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.why.HeldLevels;
import org.bonebalance.sim.why.Quantity;
import org.bonebalance.sim.why.Reading;
import org.bonebalance.sim.why.Trace;

/**
 * {@code why --e2 PG_PER_ML --p4 NG_PER_ML --t NG_PER_DL [--sex female|male] [--years N]
 * [--reading osteoclasts|osteoblasts|rankl-opg|balance|bmd] [--json] [--lang en|es]}: the causal trace of one
 * reading after the levels have been held for N years from the reference steady state of that sex, with each
 * hormone's share of the change. Like every command (see {@link Commands}): bad input gives one line on
 * standard error and exit status 2, a failure to write exit status 1.
 */
final class WhyCommand {
    /** Every option, in the order {@code --help} lists them. */
    static final List<String> NAMES = List.of("--e2", "--p4", "--t", "--sex", "--years", "--reading", "--json",
            "--lang", "--help");

    private Double e2, p4, t;
    private Scenario.Sex sex = Scenario.Sex.FEMALE;
    private double years = HeldLevels.DEFAULT_YEARS;
    private Reading reading = Reading.BMD;
    private boolean json;
    private boolean help;

    int run(String[] args, PrintStream out, PrintStream err) {
        HormoneLevels levels;
        try {
            parse(args);
            if (help) {
                out.print(Messages.get("cli.why.help"));
                out.println();
                out.flush();
                return 0;
            }
            levels = levels();
        } catch (CliException e) {
            err.println(e.getMessage());
            return 2;
        }
        Trace trace = HeldLevels.trace(reading, sex, levels, years);
        boolean fromTestosterone = e2 == null;
        out.print(json ? json(trace, sex, years, levels, fromTestosterone) : text(trace, years, levels, fromTestosterone));
        out.flush();
        if (out.checkError()) {
            err.println(Messages.get("cli.error.output"));
            return 1;
        }
        return 0;
    }

    private void parse(String[] args) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
            }
            if (!NAMES.contains(name)) {
                throw new CliException(arg.startsWith("-")
                        ? Messages.get("cli.error.unknownOption", arg, "why")
                        : Messages.get("cli.error.unexpected", arg));
            }
            if (!seen.add(name)) throw new CliException(Messages.get("cli.error.duplicate", name));
            if (name.equals("--json")) {
                if (value != null) throw new CliException(Messages.get("cli.why.error.flag", name));
                json = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) throw new CliException(Messages.get("cli.error.missingValue", name));
                value = args[++i];
            }
            value = value.trim();
            switch (name) {
                case "--e2" -> e2 = ForecastOptions.number(name, value, 0, HormoneLevels.MAX_ESTRADIOL_PG_PER_ML, "cli.unit.pgPerMl");
                case "--p4" -> p4 = ForecastOptions.number(name, value, 0, HormoneLevels.MAX_PROGESTERONE_NG_PER_ML, "cli.unit.ngPerMl");
                case "--t" -> t = ForecastOptions.number(name, value, 0, HormoneLevels.MAX_TESTOSTERONE_NG_PER_DL, "cli.unit.ngPerDl");
                case "--sex" -> sex = switch (value.toLowerCase(Locale.ROOT)) {
                    case "female" -> Scenario.Sex.FEMALE;
                    case "male" -> Scenario.Sex.MALE;
                    default -> throw new CliException(Messages.get("cli.error.sex", value));
                };
                case "--years" -> {
                    years = ForecastOptions.number(name, value, 0, Scenario.MAX_YEARS, "cli.unit.years");
                    if (!(Math.round(years * 365.25) >= 1)) throw new CliException(Messages.get("cli.error.positive", name, value));
                }
                case "--reading" -> {
                    String given = value;
                    reading = Reading.byId(given.toLowerCase(Locale.ROOT)).orElseThrow(
                            () -> new CliException(Messages.get("cli.why.error.reading", given)));
                }
                case "--lang" -> {
                    String v = value.toLowerCase(Locale.ROOT);
                    if (!v.equals("en") && !v.equals("es")) throw new CliException(Messages.get("cli.why.error.lang", value));
                    Messages.setLocale(Locale.forLanguageTag(v));
                }
                default -> throw new IllegalStateException(name);
            }
        }
    }

    /** The levels asked for; a man's estradiol may come from his testosterone (aromatization). */
    private HormoneLevels levels() {
        if (p4 == null) throw new CliException(Messages.get("cli.why.error.required", "--p4"));
        if (t == null) throw new CliException(Messages.get("cli.why.error.required", "--t"));
        if (e2 == null) {
            if (sex != Scenario.Sex.MALE) throw new CliException(Messages.get("cli.why.error.e2"));
            return new HormoneLevels(HormoneLevels.aromatizedEstradiol(t), p4, t);
        }
        return new HormoneLevels(e2, p4, t);
    }

    // ---- output ----

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON object of the issue's interface, plus the question it answers (sex, years, levels). */
    static String json(Trace trace, Scenario.Sex sex, double years, HormoneLevels levels, boolean e2FromTestosterone) {
        ObjectNode root = JSON.createObjectNode();
        root.put("reading", trace.reading().id());
        root.put("unit", trace.reading().quantity().unit());
        root.put("reference", trace.reference());
        root.put("value", trace.value());
        root.put("change", trace.change());
        ArrayNode chain = root.putArray("chain");
        for (Trace.Link l : trace.chain()) {
            ObjectNode link = chain.addObject();
            link.put("quantity", l.quantity().id());
            link.put("reference", l.reference());
            link.put("value", l.value());
            link.put("unit", l.unit());
        }
        ObjectNode a = root.putObject("attribution");
        a.put("estradiol", trace.attribution().estradiol());
        a.put("progesterone", trace.attribution().progesterone());
        a.put("testosterone", trace.attribution().testosterone());
        root.put("estradiol_from_testosterone", e2FromTestosterone);
        root.put("sex", sex.name().toLowerCase(Locale.ROOT));
        root.put("years", years);
        ObjectNode l = root.putObject("levels");
        l.put("estradiol", levels.estradiolPgPerMl());
        l.put("progesterone", levels.progesteroneNgPerMl());
        l.put("testosterone", levels.testosteroneNgPerDl());
        return root.toPrettyString() + "\n";
    }

    /** The trace in words: the question, the chain (now and at the reference), the shares. */
    static String text(Trace trace, double years, HormoneLevels levels, boolean e2FromTestosterone) {
        StringBuilder b = new StringBuilder();
        Quantity q = trace.reading().quantity();
        b.append(Messages.get("cli.why.question", name(q), shown(q, trace.value()),
                Messages.number(levels.estradiolPgPerMl(), 1), Messages.number(levels.progesteroneNgPerMl(), 1),
                Messages.number(levels.testosteroneNgPerDl(), 0), Messages.number(years, 1)))
                .append('\n');
        b.append(Messages.get("cli.why.reference", shown(q, trace.reference()), change(q, trace.change())))
                .append("\n\n");
        b.append(Messages.get("cli.why.chain")).append('\n');
        int width = trace.chain().stream().mapToInt(l -> name(l.quantity()).length()).max().orElse(10) + 2;
        boolean first = true;
        for (Trace.Link l : trace.chain()) {
            String value = shown(l.quantity(), l.value());
            String ref = shown(l.quantity(), l.reference());
            b.append(first ? "    " : "  → ").append(pad(name(l.quantity()), width)).append(pad(value, 16))
                    .append(Messages.get("cli.why.referenceValue", ref)).append('\n');
            first = false;
        }
        b.append('\n').append(Messages.get("cli.why.attribution", change(q, trace.change()))).append('\n');
        String e2Name = e2FromTestosterone ? Messages.get("cli.why.e2FromT") : name(Quantity.ESTRADIOL);
        double[] shares = {trace.attribution().estradiol(), trace.attribution().progesterone(),
                trace.attribution().testosterone()};
        String[] names = {e2Name, name(Quantity.PROGESTERONE), name(Quantity.TESTOSTERONE)};
        double largest = Math.max(1e-300, Math.max(Math.abs(shares[0]), Math.max(Math.abs(shares[1]), Math.abs(shares[2]))));
        int nameWidth = Math.max(names[0].length(), Math.max(names[1].length(), names[2].length())) + 2;
        for (int i = 0; i < 3; i++) {
            int bar = (int) Math.round(20 * Math.abs(shares[i]) / largest);
            b.append("    ").append(pad(names[i], nameWidth)).append(pad(change(q, shares[i]), 16))
                    .append("#".repeat(bar)).append('\n');
        }
        b.append(Messages.get("cli.why.sum")).append('\n');
        b.append(Messages.get("cli.why.model")).append('\n');
        return b.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
