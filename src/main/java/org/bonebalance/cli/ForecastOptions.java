package org.bonebalance.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bonebalance.content.Messages;
import org.bonebalance.io.InputProblems;
import org.bonebalance.io.ScenarioFile;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.TherapyCourse;

/**
 * The options of {@code forecast}, parsed and checked. Each option is either absent (null) or a
 * validated value; {@link #applyTo(Scenario)} lays them over a base scenario (the defaults, or a scenario
 * file), so options given with {@code --scenario} override the file.
 */
final class ForecastOptions {
    /** Every option name, in the order {@code --help} lists them. */
    static final List<String> NAMES = List.of("--start-age", "--years", "--fmp-age", "--surgical-age", "--levels",
            "--sex", "--mht-start", "--mht-stop", "--mht", "--baseline-bmd", "--every-days", "--scenario", "--help");

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

    boolean help;
    Double startAge, years, fmpAge, surgicalAge, mhtStart, mhtStop, baselineBmd;
    Integer everyDays;
    Scenario.Sex sex;
    Regimen mht;
    /** --levels as given: E2 may be null (male: from testosterone). */
    Double levelE2, levelP4, levelT;
    boolean levelsGiven;
    Path scenario;

    /** Parses the arguments; throws {@link CliException} with a one-line message on bad input. */
    static ForecastOptions parse(String[] args) {
        ForecastOptions o = new ForecastOptions();
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
                o.help = true;
                continue;
            }
            if (!NAMES.contains(name)) {
                throw new CliException(arg.startsWith("-")
                        ? Messages.get("cli.error.unknownOption", arg, "forecast")
                        : Messages.get("cli.error.unexpected", arg));
            }
            if (!seen.add(name)) throw new CliException(Messages.get("cli.error.duplicate", name));
            if (value == null) {
                if (i + 1 >= args.length) throw new CliException(Messages.get("cli.error.missingValue", name));
                value = args[++i];
            }
            value = value.trim();
            switch (name) {
                case "--start-age" -> o.startAge = number(name, value, ScenarioFile.MIN_AGE, ScenarioFile.MAX_AGE, "cli.unit.years");
                case "--years" -> {
                    o.years = number(name, value, 0, Scenario.MAX_YEARS, "cli.unit.years");
                    if (!(o.years > 0)) throw new CliException(Messages.get("cli.error.positive", name, value));
                }
                case "--fmp-age" -> o.fmpAge = number(name, value, ScenarioFile.MIN_AGE, ScenarioFile.MAX_AGE, "cli.unit.years");
                case "--surgical-age" -> o.surgicalAge = number(name, value, ScenarioFile.MIN_AGE, ScenarioFile.MAX_AGE, "cli.unit.years");
                case "--levels" -> o.parseLevels(value);
                case "--sex" -> o.sex = switch (value.toLowerCase(Locale.ROOT)) {
                    case "female" -> Scenario.Sex.FEMALE;
                    case "male" -> Scenario.Sex.MALE;
                    default -> throw new CliException(Messages.get("cli.error.sex", value));
                };
                case "--mht-start" -> o.mhtStart = number(name, value, ScenarioFile.MIN_AGE, ScenarioFile.MAX_AGE, "cli.unit.years");
                case "--mht-stop" -> o.mhtStop = number(name, value, ScenarioFile.MIN_AGE, ScenarioFile.MAX_AGE, "cli.unit.years");
                case "--mht" -> {
                    try {
                        o.mht = Regimen.fromCode(value);
                    } catch (IllegalArgumentException e) {
                        throw new CliException(Messages.get("cli.error.mht", value));
                    }
                }
                case "--baseline-bmd" -> o.baselineBmd = number(name, value, ScenarioFile.MIN_BASELINE_BMD,
                        ScenarioFile.MAX_BASELINE_BMD, "cli.unit.gPerCm2");
                case "--every-days" -> {
                    if (!INTEGER.matcher(value).matches()) {
                        throw new CliException(Messages.get("cli.error.intRange", name, value, "1",
                                Integer.toString(ScenarioFile.MAX_EVERY_DAYS)));
                    }
                    long d;
                    try {
                        d = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        d = -1;
                    }
                    if (d < 1 || d > ScenarioFile.MAX_EVERY_DAYS) {
                        throw new CliException(Messages.get("cli.error.intRange", name, value, "1",
                                Integer.toString(ScenarioFile.MAX_EVERY_DAYS)));
                    }
                    o.everyDays = (int) d;
                }
                case "--scenario" -> {
                    if (value.isEmpty()) throw new CliException(Messages.get("cli.error.missingValue", name));
                    o.scenario = Path.of(value);
                }
                default -> throw new IllegalStateException(name);
            }
        }
        o.checkCombinations();
        return o;
    }

    private void parseLevels(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 3) throw new CliException(Messages.get("cli.error.levelsFormat", value));
        levelsGiven = true;
        levelE2 = parts[0].isBlank() ? null : level("E2", parts[0].trim(), HormoneLevels.MAX_ESTRADIOL_PG_PER_ML, "cli.unit.pgPerMl");
        if (parts[1].isBlank() || parts[2].isBlank()) throw new CliException(Messages.get("cli.error.levelsFormat", value));
        levelP4 = level("P4", parts[1].trim(), HormoneLevels.MAX_PROGESTERONE_NG_PER_ML, "cli.unit.ngPerMl");
        levelT = level("T", parts[2].trim(), HormoneLevels.MAX_TESTOSTERONE_NG_PER_DL, "cli.unit.ngPerDl");
    }

    private static double level(String hormone, String text, double max, String unitKey) {
        if (!NUMBER.matcher(text).matches()) throw new CliException(Messages.get("cli.error.levelNumber", hormone, text));
        double v = Double.parseDouble(text);
        if (!(v >= 0 && v <= max)) {
            throw new CliException(Messages.get("cli.error.levelRange", hormone, text, InputProblems.number(max), Messages.get(unitKey)));
        }
        return v;
    }

    static double number(String option, String text, double min, double max, String unitKey) {
        if (!NUMBER.matcher(text).matches()) throw new CliException(Messages.get("cli.error.notANumber", option, text));
        double v = Double.parseDouble(text);
        if (!(v >= min && v <= max)) {
            throw new CliException(Messages.get("cli.error.range", option, text, InputProblems.number(min), InputProblems.number(max), Messages.get(unitKey)));
        }
        return v;
    }

    /** Combinations that make no sense among the options themselves. */
    private void checkCombinations() {
        List<String> profile = new ArrayList<>();
        if (fmpAge != null) profile.add("--fmp-age");
        if (surgicalAge != null) profile.add("--surgical-age");
        if (levelsGiven) profile.add("--levels");
        if (profile.size() > 1) throw new CliException(Messages.get("cli.error.conflict", profile.get(0), profile.get(1)));
        if (sex == Scenario.Sex.MALE) {
            if (fmpAge != null) throw new CliException(Messages.get("cli.error.womenOnly", "--fmp-age"));
            if (surgicalAge != null) throw new CliException(Messages.get("cli.error.womenOnly", "--surgical-age"));
        }
        if ((mht != null || mhtStop != null) && mhtStart == null) {
            throw new CliException(Messages.get("cli.error.mhtStartMissing"));
        }
        if (mhtStart != null && mhtStop != null && !(mhtStop > mhtStart)) {
            throw new CliException(Messages.get("cli.error.mhtOrder", InputProblems.number(mhtStart), InputProblems.number(mhtStop)));
        }
    }

    /** The base scenario with these options laid over it. */
    Scenario applyTo(Scenario base) {
        Scenario.Sex s = sex != null ? sex : base.sex();
        double start = startAge != null ? startAge : base.startAge();
        double length = years != null ? years : base.years();
        Scenario.Menopause menopause = base.menopause();
        double menopauseAge = base.menopauseAge();
        HormoneLevels constant = base.constantLevels();
        if (fmpAge != null) {
            menopause = Scenario.Menopause.NATURAL;
            menopauseAge = fmpAge;
            constant = null;
        } else if (surgicalAge != null) {
            menopause = Scenario.Menopause.SURGICAL;
            menopauseAge = surgicalAge;
            constant = null;
        } else if (levelsGiven) {
            menopause = Scenario.Menopause.NONE;
            menopauseAge = Double.NaN;
            double e2;
            if (levelE2 != null) {
                e2 = levelE2;
            } else if (s == Scenario.Sex.MALE) {
                e2 = HormoneLevels.aromatizedEstradiol(levelT); // within range for any T in range
            } else {
                throw new CliException(Messages.get("cli.error.levelsE2Empty"));
            }
            constant = new HormoneLevels(e2, levelP4, levelT);
        } else if (s == Scenario.Sex.MALE && menopause != Scenario.Menopause.NONE) {
            // a man has no menopause: --sex male drops one inherited from the base (documented)
            menopause = Scenario.Menopause.NONE;
            menopauseAge = Double.NaN;
        } else if (s == Scenario.Sex.FEMALE && menopause == Scenario.Menopause.NONE && constant == null) {
            // a woman from a male base: the default natural menopause
            menopause = Scenario.Menopause.NATURAL;
            menopauseAge = Scenario.DEFAULT_FMP_AGE;
        }
        List<TherapyCourse> therapies = base.therapies();
        if (mhtStart != null) {
            double stop = mhtStop != null ? mhtStop : TherapyCourse.defaultStopAge(mhtStart, start + length);
            therapies = List.of(new TherapyCourse(mht != null ? mht : Regimen.EP, mhtStart, stop));
        }
        double baseline = baselineBmd != null ? baselineBmd : base.baselineBmdGPerCm2();
        int every = everyDays != null ? everyDays : base.everyDays();
        return new Scenario(s, start, length, menopause, menopauseAge, constant, therapies, baseline, every);
    }
}
