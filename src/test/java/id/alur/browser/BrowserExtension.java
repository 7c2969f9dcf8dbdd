package id.alur.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Playwright with Debian's chromium once per test class (executable from {@code ALUR_CHROMIUM}, else
 * {@code /usr/bin/chromium}; Playwright never downloads a browser) and gives every test method a fresh browser
 * context (no cookies) on the application's random port. A failing test leaves {@code failure-<method>.png}.
 */
class BrowserExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** Chromium in a container or CI: no sandbox, no GPU, nothing that phones home. */
    static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("ALUR_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            playwright.close();
            throw new IllegalStateException("No chromium at " + chromium
                    + ": install Debian's chromium (apt-get install -y chromium) or set ALUR_CHROMIUM");
        }
        com.microsoft.playwright.Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(chromium))
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
        context.getStore(NAMESPACE).put("playwright", playwright);
        context.getStore(NAMESPACE).put("browser", browser);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var browser = context.getStore(NAMESPACE).remove("browser", com.microsoft.playwright.Browser.class);
        var playwright = context.getStore(NAMESPACE).remove("playwright", Playwright.class);
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var browser = context.getParent()
                .orElseThrow()
                .getStore(NAMESPACE)
                .get("browser", com.microsoft.playwright.Browser.class);
        String port =
                SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        BrowserContext browserContext = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("id-ID")
                .setViewportSize(1280, 900));
        Page page = browserContext.newPage();
        Path artifacts = Path.of(
                "target", "test-artifacts", context.getRequiredTestClass().getSimpleName());
        context.getStore(NAMESPACE).put("context", browserContext);
        context.getStore(NAMESPACE).put("session", new Browser(page, "http://localhost:" + port, artifacts));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser session = context.getStore(NAMESPACE).remove("session", Browser.class);
        BrowserContext browserContext = context.getStore(NAMESPACE).remove("context", BrowserContext.class);
        try {
            if (session != null && context.getExecutionException().isPresent()) {
                session.screenshot("failure-" + context.getRequiredTestMethod().getName());
            }
        } finally {
            if (browserContext != null) {
                browserContext.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType().equals(Browser.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get("session", Browser.class);
    }
}
