package org.bonebalance.cli;

import java.io.PrintStream;

/** `bench`: times a 40-year forecast (issue 2). Placeholder. */
final class BenchCommand {
    int run(String[] args, PrintStream out, PrintStream err) {
        err.println("bench: not implemented yet");
        return 1;
    }
}
