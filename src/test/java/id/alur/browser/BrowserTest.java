package id.alur.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser journey: the whole application on a random port (with the demo data), driven by Playwright through
 * Debian's chromium. Test methods take a {@link Browser} parameter:
 *
 * <pre>{@code
 * @BrowserTest
 * class InboxBrowserTests {
 *     @Test
 *     void showsTheStepWaitingForTheKepalaDinas(Browser browser) {
 *         browser.loginAs("rembang.kepala-dinas");
 *         browser.open("/inbox");
 *         assertThat(browser.page().locator("h1")).hasText("Kotak Masuk");
 *         browser.screenshot("inbox");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
