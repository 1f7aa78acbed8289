package org.bonebalance.cli;

import java.io.PrintStream;
import org.bonebalance.content.Messages;

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
        } catch (RuntimeException e) {
            // the last resort: still one line, never a stack trace
            err.println(Messages.get("cli.error.internal", e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
    }
}
