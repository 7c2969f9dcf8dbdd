package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.alur.office.OfficeService;
import id.alur.platform.AccessRule.Who;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every link on the home page leads somewhere for the one who sees it (issue 13: the "Buku Agenda Surat" card once led
 * everyone to a 404). The links of the cards and of the menu are followed for each kind of signed-in user.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageLinksIntegrationTests {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeService offices;

    @Autowired
    UserDetailsService userDetails;

    @TestFactory
    Stream<DynamicTest> everyHomePageLinkAnswers200ForEachKindOfUser() throws Exception {
        AccessFixture fixture = AccessFixture.create(offices, userDetails);
        List<DynamicTest> tests = new ArrayList<>();
        for (Who who : Set.of(Who.ADMIN, Who.OFFICE_ADMIN, Who.OFFICER, Who.OUTSIDE_PARTY)) {
            AlurUser signedIn = fixture.users().get(who);
            String home = mvc.perform(get("/").with(user(signedIn)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Set<String> links = new LinkedHashSet<>();
            HREF.matcher(home)
                    .results()
                    .map(m -> m.group(1))
                    .filter(HomePageLinksIntegrationTests::isPage)
                    .forEach(links::add);
            assertThat(links).as("links on the home page of %s", who).isNotEmpty();
            for (String link : links) {
                tests.add(DynamicTest.dynamicTest(
                        who + " follows " + link,
                        () -> assertThat(statusFollowingRedirects(link, signedIn))
                                .as("%s following %s", who, link)
                                .isEqualTo(200)));
            }
        }
        return tests.stream();
    }

    @Test
    void theStyleSheetsAndScriptsLinkTheirWebjarsVersionAndThePageLinksAreAsWritten() throws Exception {
        AccessFixture fixture = AccessFixture.create(offices, userDetails);
        String home = mvc.perform(get("/").with(user(fixture.users().get(Who.OFFICER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the resource chain still writes a webjar's version into its link (PageLinks), so that a new version is
        // never taken from a browser's cache of the old one
        assertThat(home)
                .containsPattern("href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css\"")
                .containsPattern("src=\"/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js\"")
                .contains("href=\"/permohonan\"")
                .contains("href=\"/inbox\"");
    }

    /** The status at the end of the link: an index page may send on to its first page (as /admin does). */
    private int statusFollowingRedirects(String link, AlurUser signedIn) throws Exception {
        String target = link;
        for (int hop = 0; hop < 3; hop++) {
            var response =
                    mvc.perform(get(target).with(user(signedIn))).andReturn().getResponse();
            if (response.getStatus() / 100 != 3 || response.getRedirectedUrl() == null) {
                return response.getStatus();
            }
            target = response.getRedirectedUrl();
        }
        return 310;
    }

    /** Pages, not the style sheets, scripts and images the page loads. */
    private static boolean isPage(String link) {
        return !link.startsWith("/webjars/")
                && !link.startsWith("/css/")
                && !link.startsWith("/js/")
                && !link.startsWith("/img/")
                && !link.matches(".*\\.(css|js|png|svg|ico)$");
    }
}
