package id.alur.registry;

/** One good row of an extract, checked, in the fields of {@link RegistryColumns}; absent optional cells are empty. */
record ExtractRow(String nik, String familyNumber, String name, int desil, String regionCode, String status) {}
