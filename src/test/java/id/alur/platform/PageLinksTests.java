package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.IWebExchange;

/**
 * Which links of a page are handed to Spring's resource chain ({@link PageLinks}): the files, whose webjar paths get
 * their version, and not the pages, each of which cost a class-path look-up that always missed.
 */
class PageLinksTests {

    /** The context a template is processed in: a web page's, as Thymeleaf's own web engine context is. */
    interface PageContext extends IWebContext, IExpressionContext {}

    final IWebExchange exchange = mock(IWebExchange.class);
    final PageContext page = mock(PageContext.class);
    final PageLinks.FileLinksOnly links = new PageLinks.FileLinksOnly();

    PageLinksTests() {
        when(page.getExchange()).thenReturn(exchange);
        when(exchange.transformURL(anyString())).thenAnswer(call -> "chain:" + call.getArgument(0));
    }

    @Test
    void writesALinkToAPageAsItIsWithoutAskingTheResourceChain() {
        assertThat(links.processLink(page, "/permohonan/42")).isEqualTo("/permohonan/42");
        assertThat(links.processLink(page, "/permohonan?q=siti+aminah&page=1"))
                .isEqualTo("/permohonan?q=siti+aminah&page=1");
        assertThat(links.processLink(page, "/")).isEqualTo("/");
        verify(exchange, never()).transformURL(anyString());
    }

    @Test
    void handsTheLinksToFilesToTheResourceChain() {
        assertThat(links.processLink(page, "/webjars/bootstrap/css/bootstrap.min.css"))
                .isEqualTo("chain:/webjars/bootstrap/css/bootstrap.min.css");
        assertThat(links.processLink(page, "/css/alur.css?v=2")).isEqualTo("chain:/css/alur.css?v=2");
        assertThat(links.processLink(page, "/sop/versi/7.pdf")).isEqualTo("chain:/sop/versi/7.pdf");
    }

    @Test
    void aFileIsALastSegmentWithAnExtension() {
        assertThat(PageLinks.namesFile("/webjars/htmx.org/dist/htmx.min.js")).isTrue();
        assertThat(PageLinks.namesFile("/js/alur.js#top")).isTrue();
        assertThat(PageLinks.namesFile("/webjars/htmx.org/")).isFalse();
        assertThat(PageLinks.namesFile("/laporan/dinsos.kota/dasbor?bulan=2025.01"))
                .isFalse();
        assertThat(PageLinks.namesFile("/profil/.hidden")).isFalse();
        assertThat(PageLinks.namesFile("/permohonan/42.")).isFalse();
    }
}
