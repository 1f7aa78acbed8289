package org.bonebalance.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command through {@link Commands#run} with captured standard output and error. */
record CliRun(int code, String out, String err) {
    static CliRun of(String command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Commands.run(command, args, o, e);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun forecast(String... args) {
        return of("forecast", args);
    }

    String[] lines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }
}
