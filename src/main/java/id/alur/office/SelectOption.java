package id.alur.office;

/** An option of a select on the administration screens: a value and its text. */
record SelectOption(String value, String text) {}
