package org.bonebalance.ui;

import java.nio.file.Path;
import org.bonebalance.content.Messages;
import org.bonebalance.io.InputProblems;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Command-line options of the window. A public interface: names stay as written.
 * <pre>
 * [--preset ID] [--e2 X] [--p4 Y] [--t Z] [--speed 1m|1y|5y] [--theme light|dark|projector]
 * [--screen explorer|cycle|switch|consult|learn] [--exit-after SECONDS] [--snapshot FILE.png] [--perf]
 * [--presenter] [--lesson N|FILE|ID] [--step M] [--lang en|es] [--size WxH] [--play] [FILE]
 * </pre>
 * {@code FILE} (what a double click on a lesson or consultation file passes) opens that file: see
 * {@code BoneBalanceApp.openFile}.
 * {@code --play} starts the clock running; {@code --perf} implies it (the measurement is of a playing window).
 */
public record AppOptions(Optional<String> preset, OptionalDouble e2, OptionalDouble p4, OptionalDouble t,
                         Optional<String> speed, Optional<String> theme, Optional<String> screen,
                         OptionalDouble exitAfterSeconds, Optional<Path> snapshot, boolean perf,
                         boolean presenter, Optional<String> lesson, OptionalInt step, Optional<String> lang,
                         OptionalInt width, OptionalInt height, boolean play, Optional<Path> file) {

    public static AppOptions none() {
        return parse(new String[0]);
    }

    /** Window size limits for --size, pixels. */
    public static final int MIN_SIZE = 320, MAX_SIZE = 10_000;

    /** Parses the window's options; throws IllegalArgumentException with a plain message on bad input. */
    public static AppOptions parse(String[] args) {
        Optional<String> preset = Optional.empty(), speed = Optional.empty(), theme = Optional.empty(),
                screen = Optional.empty(), lesson = Optional.empty(), lang = Optional.empty();
        OptionalDouble e2 = OptionalDouble.empty(), p4 = OptionalDouble.empty(), t = OptionalDouble.empty(),
                exit = OptionalDouble.empty();
        Optional<Path> snap = Optional.empty(), file = Optional.empty();
        OptionalInt step = OptionalInt.empty(), w = OptionalInt.empty(), h = OptionalInt.empty();
        boolean perf = false, presenter = false, play = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--perf" -> perf = true;
                case "--play" -> play = true;
                case "--presenter" -> presenter = true;
                case "--preset" -> preset = Optional.of(oneOf(args, ++i, a, java.util.Arrays.stream(
                        org.bonebalance.sim.Preset.values()).map(org.bonebalance.sim.Preset::id).toArray(String[]::new)));
                case "--e2" -> e2 = OptionalDouble.of(number(args, ++i, a, 0, 5000));
                case "--p4" -> p4 = OptionalDouble.of(number(args, ++i, a, 0, 100));
                case "--t" -> t = OptionalDouble.of(number(args, ++i, a, 0, 2000));
                case "--speed" -> speed = Optional.of(oneOf(args, ++i, a, "1m", "1y", "5y"));
                case "--theme" -> theme = Optional.of(oneOf(args, ++i, a, "light", "dark", "projector"));
                case "--screen" -> screen = Optional.of(oneOf(args, ++i, a, "explorer", "cycle", "switch", "consult", "learn"));
                case "--exit-after" -> exit = OptionalDouble.of(number(args, ++i, a, 0, 86400));
                case "--snapshot" -> snap = Optional.of(Path.of(value(args, ++i, a)));
                case "--lesson" -> lesson = Optional.of(value(args, ++i, a));
                case "--step" -> step = OptionalInt.of((int) number(args, ++i, a, 1, 1000));
                case "--lang" -> lang = Optional.of(oneOf(args, ++i, a, "en", "es"));
                case "--size" -> {
                    String v = value(args, ++i, a);
                    String[] parts = v.toLowerCase().split("x");
                    try {
                        if (parts.length != 2) throw new NumberFormatException();
                        w = OptionalInt.of(Integer.parseInt(parts[0]));
                        h = OptionalInt.of(Integer.parseInt(parts[1]));
                    } catch (NumberFormatException ex) {
                        throw new IllegalArgumentException(Messages.get("app.option.size", v));
                    }
                    if (w.getAsInt() < MIN_SIZE || h.getAsInt() < MIN_SIZE || w.getAsInt() > MAX_SIZE || h.getAsInt() > MAX_SIZE) {
                        throw new IllegalArgumentException(Messages.get("app.option.sizeRange", String.valueOf(MIN_SIZE),
                                String.valueOf(MAX_SIZE), v));
                    }
                }
                default -> {
                    if (a.startsWith("-")) throw new IllegalArgumentException(Messages.get("app.option.unknown", a));
                    if (file.isPresent()) throw new IllegalArgumentException(Messages.get("app.option.oneFile", a));
                    file = Optional.of(Path.of(a));
                }
            }
        }
        return new AppOptions(preset, e2, p4, t, speed, theme, screen, exit, snap, perf, presenter, lesson, step,
                lang, w, h, play, file);
    }

    /** Whether the window opens with time running. */
    public boolean startPlaying() { return play || perf; }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) throw new IllegalArgumentException(Messages.get("app.option.missingValue", option));
        return args[i];
    }

    private static double number(String[] args, int i, String option, double min, double max) {
        String v = value(args, i, option);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("app.option.notANumber", option, v));
        }
        if (!(d >= min && d <= max)) {
            throw new IllegalArgumentException(Messages.get("app.option.range", option, InputProblems.number(min), InputProblems.number(max), v));
        }
        return d;
    }

    private static String oneOf(String[] args, int i, String option, String... allowed) {
        String v = value(args, i, option);
        for (String s : allowed) if (s.equalsIgnoreCase(v)) return s;
        throw new IllegalArgumentException(Messages.get("app.option.oneOf", option, String.join(", ", allowed), v));
    }
}
