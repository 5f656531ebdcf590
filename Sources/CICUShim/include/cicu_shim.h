#ifndef CLAIMWATCH_CICU_SHIM_H
#define CLAIMWATCH_CICU_SHIM_H

// Only <stdint.h> here: Foundation on Linux bundles its own ICU, and its headers clash with the
// system's, so the ICU headers stay inside cicu_shim.c.
#include <stdint.h>

/// Finds the sentence boundaries ICU's English sentence break iterator proposes in UTF-16 `text`.
///
/// Writes up to `capacity` boundary offsets (in UTF-16 code units, ascending, starting with 0 and
/// ending with `length`) to `boundaries` and returns how many there are; a return value larger
/// than `capacity` means the list was cut (`length + 1` entries always suffice). Returns -1 when
/// ICU cannot open the iterator. Safe to call from several threads at once.
int32_t cw_sentence_breaks(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity);

#endif
