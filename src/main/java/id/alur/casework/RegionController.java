package id.alur.casework;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desa/kelurahan picker of the address (htmx fragments): choosing a province lists its kabupaten/kota, and so on
 * down to the village; or a search by name jumps straight to a village.
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class RegionController {

    private final CaseworkSettings settings;

    RegionController(CaseworkSettings settings) {
        this.settings = settings;
    }

    /** The picker with everything down to the chosen code (of any level) filled in. */
    @GetMapping("/wilayah/pilih")
    String picker(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("picker", RegionPicker.of(RegionCodes.official(), code));
        return "casework/_wilayah :: picker";
    }

    /** Villages whose name contains every word typed, with their kecamatan and kabupaten. */
    @GetMapping("/wilayah/cari")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        var regions = RegionCodes.official();
        String q = query == null ? "" : query.strip();
        var found = q.length() < 3 ? List.<Region>of() : regions.searchVillages(q, settings.villageSearchLimit());
        model.addAttribute("query", q);
        model.addAttribute(
                "results",
                found.stream()
                        .map(v -> new SearchResult(
                                v,
                                String.join(
                                        ", ",
                                        regions.path(v).reversed().stream()
                                                .skip(1)
                                                .map(Region::name)
                                                .toList())))
                        .toList());
        return "casework/_wilayah :: results";
    }

    /** A village found by name, with the regions above it spelled out. */
    record SearchResult(Region village, String within) {}
}
