package id.alur.casework;

import java.util.List;

/**
 * The state of the desa/kelurahan picker: the choices at each level and what is chosen, from the code picked so
 * far (any level).
 */
record RegionPicker(
        List<Region> provinces,
        Region province,
        List<Region> regencies,
        Region regency,
        List<Region> districts,
        Region district,
        List<Region> villages,
        Region village) {

    static RegionPicker of(RegionCodes regions, String code) {
        Region picked =
                code == null || code.isBlank() ? null : regions.find(code).orElse(null);
        List<Region> path = picked == null ? List.of() : regions.path(picked);
        Region province = path.size() > 0 ? path.get(0) : null;
        Region regency = path.size() > 1 ? path.get(1) : null;
        Region district = path.size() > 2 ? path.get(2) : null;
        Region village = path.size() > 3 ? path.get(3) : null;
        return new RegionPicker(
                regions.provinces(),
                province,
                province == null ? List.of() : regions.children(province.code()),
                regency,
                regency == null ? List.of() : regions.children(regency.code()),
                district,
                district == null ? List.of() : regions.children(district.code()),
                village);
    }
}
