package org.supervision.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test that drives the running application in Debian's Chromium, as a person would. It
 * fails (never skips) when Chromium or its driver is missing: `mvn verify` installs them
 * (src/test/browser/ensure-chromium.sh), so a missing browser is a broken machine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(BrowserTest.ChromiumInstalled.class)
public @interface BrowserTest {

    class ChromiumInstalled implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            if (!Browser.isInstalled()) {
                throw new AssertionError("Debian's chromium and chromium-driver are needed: apt-get install chromium chromium-driver");
            }
        }
    }
}
