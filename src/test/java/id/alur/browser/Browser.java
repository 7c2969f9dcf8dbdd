package id.alur.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import id.alur.demo.DemoOffices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One test's browser tab on the running application: open pages by path, log in as a (demo) user, keep
 * screenshots in {@code target/test-artifacts/<TestClass>/<step>.png}.
 */
public final class Browser {

    private final Page page;
    private final String baseUrl;
    private final Path artifacts;

    Browser(Page page, String baseUrl, Path artifacts) {
        this.page = page;
        this.baseUrl = baseUrl;
        this.artifacts = artifacts;
    }

    /** The Playwright page, for locators and assertions. */
    public Page page() {
        return page;
    }

    /** The application's root URL, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the application, e.g. {@code /admin/users}. */
    public Browser open(String path) {
        page.navigate(baseUrl + path);
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        return this;
    }

    /** Logs in with the demo password ({@link DemoOffices#PASSWORD}) and waits for the home page. */
    public Browser loginAs(String username) {
        return loginAs(username, DemoOffices.PASSWORD);
    }

    /** Fills and submits the login form; does not check the outcome. */
    public Browser loginAs(String username, String password) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        return this;
    }

    /** Saves a screenshot of the whole page as {@code <step>.png}; returns its path. */
    public Path screenshot(String step) {
        try {
            Files.createDirectories(artifacts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = artifacts.resolve(step.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
