package org.bonebalance.cli;

import java.io.PrintStream;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.SteadyState;

/** The commands that need no display: forecast, bench, handout, why. */
public final class Commands {
    private Commands() {}

    public static boolean isCommand(String word) {
        return switch (word) {
            case "forecast", "bench", "handout", "why" -> true;
            default -> false;
        };
    }

    /** Runs a command; returns the process exit code. Never throws. */
    public static int run(String command, String[] args, PrintStream out, PrintStream err) {
        try {
            return switch (command) {
                case "forecast" -> new ForecastCommand().run(args, out, err);
                case "bench" -> new BenchCommand().run(args, out, err);
                case "handout" -> HandoutCommandHook.run(args, out, err);
                case "why" -> new WhyCommand().run(args, out, err);
                default -> {
                    err.println(Messages.get("cli.error.unknownCommand", command));
                    yield 2;
                }
            };
        } catch (SteadyState.NotConvergedException e) {
            err.println(noSteadyState(e));
            return 1;
        } catch (ExceptionInInitializerError e) {
            // the reference state is solved when the model is first used
            if (!(e.getCause() instanceof SteadyState.NotConvergedException n)) throw e;
            err.println(noSteadyState(n));
            return 1;
        } catch (RuntimeException e) {
            // the last resort: still one line, never a stack trace
            err.println(Messages.get("cli.error.internal", e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
    }

    /** The solver's failure in plain words: which levels, and that nothing was computed. */
    static String noSteadyState(SteadyState.NotConvergedException e) {
        HormoneLevels l = e.effects().levels();
        return Messages.get("cli.error.noSteadyState", fmt(l.estradiolPgPerMl()), fmt(l.progesteroneNgPerMl()),
                fmt(l.testosteroneNgPerDl()));
    }

    private static String fmt(double v) {
        return org.bonebalance.io.InputProblems.number(v);
    }
}
