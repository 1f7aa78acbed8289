package org.bonebalance.cli;

import java.io.PrintStream;

/** The commands that need no display: forecast, bench, handout. */
public final class Commands {
    private Commands() {}

    public static boolean isCommand(String word) {
        return switch (word) {
            case "forecast", "bench", "handout" -> true;
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
                default -> {
                    err.println("unknown command '" + command + "'");
                    yield 2;
                }
            };
        } catch (RuntimeException e) {
            err.println("error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
    }
}
