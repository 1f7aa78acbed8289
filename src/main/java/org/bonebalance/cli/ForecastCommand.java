package org.bonebalance.cli;

import java.io.PrintStream;

/** `forecast`: prints a CSV forecast (issue 2). Placeholder until the full option set lands. */
final class ForecastCommand {
    int run(String[] args, PrintStream out, PrintStream err) {
        err.println("forecast: not implemented yet");
        return 1;
    }
}
