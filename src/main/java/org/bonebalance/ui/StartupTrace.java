package org.bonebalance.ui;

/**
 * Start-up phases on standard error, for finding where the first frame's time goes:
 * {@code java -Dbonebalance.startupTrace=true -jar target/bonebalance.jar}. Off by default, and then free.
 */
public final class StartupTrace {
    /** The system property holding the time the user's command started, set by the launcher that relaunched. */
    public static final String STARTED_AT = "bonebalance.startedAt";
    private static final boolean ON = Boolean.getBoolean("bonebalance.startupTrace");

    private StartupTrace() {}

    /** Prints "startup &lt;ms since the command started&gt; &lt;phase&gt;" when tracing is on. */
    public static void mark(String phase) {
        if (!ON) return;
        long ms = System.currentTimeMillis() - startedAtMillis();
        System.err.println("startup " + ms + " " + phase);
    }

    /** The time the user's command started: the first VM's start when relaunched, else this VM's. */
    public static long startedAtMillis() {
        String s = System.getProperty(STARTED_AT);
        if (s != null) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                // fall through to this VM's start
            }
        }
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
