package id.alur.registry;

/**
 * One good row of an extract, checked, in the fields of {@link RegistryColumns}; absent optional cells are empty.
 * {@code row} is its number as a spreadsheet shows it (the header is row 1).
 */
record ExtractRow(int row, String nik, String familyNumber, String name, int desil, String regionCode, String status) {}
