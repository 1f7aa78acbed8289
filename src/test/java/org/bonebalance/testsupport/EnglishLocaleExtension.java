package org.bonebalance.testsupport;

import java.util.Locale;
import org.bonebalance.content.Messages;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test (junit-platform.properties enables auto-detection): each test starts in
 * English whatever language an earlier test switched to, so results never depend on test order.
 */
public final class EnglishLocaleExtension implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        Messages.setLocale(Locale.ENGLISH);
    }
}
