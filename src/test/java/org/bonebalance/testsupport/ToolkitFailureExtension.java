package org.bonebalance.testsupport;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test (auto-detection): a failure on the toolkit's own threads fails the test that was
 * running. JavaFX hands an exception thrown on its application thread to the uncaught-exception handler, and
 * its renderer prints what goes wrong while painting (a "Too small int buffer size" from Monocle, say) on
 * standard error and carries on; both are noted here and turned into a failure when the test ends, instead of
 * a stack trace in the build log under a green test.
 */
public final class ToolkitFailureExtension implements BeforeEachCallback, AfterEachCallback {
    private static final StringBuilder FAILURES = new StringBuilder();
    private static boolean installed;

    /** Threads of the toolkit whose errors are the test's: the FX application thread and the renderer. */
    static boolean toolkitThread(Thread t) {
        String n = t.getName();
        return n.equals("JavaFX Application Thread") || n.startsWith("QuantumRenderer");
    }

    /**
     * JavaFX warns at start-up that it was loaded from the class path, which the tests do on purpose (surefire
     * without the module path): a notice in every build's log that means nothing. Held here so it stays set.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private static synchronized void install() {
        if (installed) return;
        installed = true;
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (toolkitThread(t)) {
                StringWriter w = new StringWriter();
                e.printStackTrace(new PrintWriter(w));
                note("uncaught on " + t.getName() + ": " + w);
            }
            if (previous != null) previous.uncaughtException(t, e);
            else t.getThreadGroup().uncaughtException(t, e);
        });
        PrintStream err = System.err;
        System.setErr(new PrintStream(new OutputStream() {
            @Override public void write(int b) {
                err.write(b);
                if (Thread.currentThread().getName().startsWith("QuantumRenderer")) note(String.valueOf((char) b));
            }

            @Override public void write(byte[] b, int off, int len) {
                err.write(b, off, len);
                if (Thread.currentThread().getName().startsWith("QuantumRenderer")) note(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override public void flush() { err.flush(); }
        }, true, StandardCharsets.UTF_8));
    }

    private static void note(String s) {
        synchronized (FAILURES) {
            FAILURES.append(s);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        install();
        synchronized (FAILURES) {
            FAILURES.setLength(0);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String failures;
        synchronized (FAILURES) {
            failures = FAILURES.toString();
            FAILURES.setLength(0);
        }
        if (!failures.isBlank()) throw new AssertionError("the JavaFX toolkit failed during this test:\n" + failures);
    }
}
