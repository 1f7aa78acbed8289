package org.bonebalance;

import java.io.PrintStream;
import java.util.Arrays;
import org.bonebalance.cli.Commands;

/**
 * Entry point. Does not extend Application, so the jar runs with JavaFX on the class path.
 * With a command as first argument (forecast, bench, handout) it runs that command without a display;
 * otherwise it opens the window, in a second VM started with desktop options where it can ({@link DesktopJvm}).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            int code = Commands.run(args[0], Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
            System.exit(code);
        }
        // the window runs in a second VM with desktop options when it can (DesktopJvm); this one waits
        java.util.Optional<Integer> status = DesktopJvm.relaunch(args);
        if (status.isPresent()) System.exit(status.get());
        launchGui(args, System.err);
    }

    private static void launchGui(String[] args, PrintStream err) {
        try {
            // Loaded by name so that commands never touch JavaFX classes.
            Class.forName("org.bonebalance.ui.shell.BoneBalanceApp")
                    .getMethod("launchApp", String[].class)
                    .invoke(null, (Object) args);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println(org.bonebalance.content.Messages.get("app.error.start", String.valueOf(cause.getMessage())));
            System.exit(1);
        }
    }
}
