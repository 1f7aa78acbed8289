package org.bonebalance.ui;

/**
 * Start-up phases on standard error, for finding where the first frame's time goes:
 * {@code java -Dbonebalance.startupTrace=true -jar target/bonebalance.jar}. Off by default, and then free.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("bonebalance.startupTrace");

    private StartupTrace() {}

    /** Prints "startup &lt;ms since the command started&gt; &lt;phase&gt;" when tracing is on. */
    public static void mark(String phase) {
        if (!ON) return;
        long ms = System.currentTimeMillis() - org.bonebalance.DesktopJvm.startedAtMillis();
        System.err.println("startup " + ms + " " + phase);
    }
}
