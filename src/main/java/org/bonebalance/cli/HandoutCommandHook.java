package org.bonebalance.cli;

import java.io.PrintStream;

/** `handout`: the consultation handout as PDF without a window (issue 6). Placeholder. */
final class HandoutCommandHook {
    private HandoutCommandHook() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("handout: not implemented yet");
        return 1;
    }
}
