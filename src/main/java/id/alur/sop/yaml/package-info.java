/**
 * The {@code *.sop.yaml} file format (docs/sop-format.md): the YAML read with the line and column of every value,
 * its nodes mapped to the SOP model with every problem at its place, and the model written back.
 */
@NullMarked
package id.alur.sop.yaml;

import org.jspecify.annotations.NullMarked;
