package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegionCodesTests {

    static final RegionCodes regions = RegionCodes.official();

    @Test
    void shipsTheWholeOfficialList() {
        assertThat(regions.size()).isEqualTo(91_599);
        assertThat(regions.provinces()).hasSize(38);
    }

    @Test
    void findsRegionsWithOrWithoutDots() {
        assertThat(regions.find("33.17.01")).contains(new Region("33.17.01", "Sumber"));
        assertThat(regions.find("331701")).contains(new Region("33.17.01", "Sumber"));
        assertThat(regions.find("3317012001")).contains(new Region("33.17.01.2001", "Ronggo Mulyo"));
        assertThat(regions.find("99.99")).isEmpty();
    }

    @Test
    void walksDownFromProvinceToVillage() {
        assertThat(regions.children("33")).extracting(Region::code).contains("33.17");
        assertThat(regions.children("33.17")).extracting(Region::name).contains("Sumber");
        assertThat(regions.children("33.17.01"))
                .allSatisfy(r -> assertThat(r.level()).isEqualTo(Region.Level.VILLAGE))
                .extracting(Region::name)
                .contains("Logede");
    }

    @Test
    void namesThePathOfAVillage() {
        var village = regions.find("33.17.01.2002").orElseThrow();

        assertThat(regions.path(village))
                .extracting(Region::name)
                .containsExactly("Jawa Tengah", "Kabupaten Rembang", "Sumber", "Logede");
    }

    @Test
    void searchesVillagesByEveryWordOfTheQuery() {
        assertThat(regions.searchVillages("kebayoran lama utara", 5))
                .extracting(Region::code)
                .containsExactly("31.74.05.1001");
        assertThat(regions.searchVillages("a", 7)).hasSize(7);
        assertThat(regions.searchVillages(" ", 7)).isEmpty();
    }

    @Test
    void readsQuotedNamesWithCommas() {
        assertThat(regions.find("12.07.28.1007")).map(Region::name).contains("Lubuk Pakam I,II");
    }

    @Test
    void refusesAFileWithoutItsHeader() {
        var csv = new ByteArrayInputStream("11,Aceh\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> RegionCodes.read(csv)).isInstanceOf(IOException.class);
    }
}
