#include "cicu_shim.h"

#include <pthread.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

// Opening a sentence iterator parses ICU's rule data; cloning a prepared one is much cheaper.
// A break iterator holds per-text state, so each call works on its own clone of this template,
// which is never used to iterate (ICU documents ubrk_clone as safe on a shared source).
static UBreakIterator *template_iterator = NULL;
static pthread_once_t template_once = PTHREAD_ONCE_INIT;

static void open_template(void) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &status);
    if (U_FAILURE(status)) {
        if (iterator != NULL) ubrk_close(iterator);
        return;
    }
    template_iterator = iterator;
}

int32_t cw_sentence_breaks(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity) {
    pthread_once(&template_once, open_template);
    if (template_iterator == NULL || length < 0 || (text == NULL && length > 0)) return -1;

    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(template_iterator, &status);
    if (U_FAILURE(status) || iterator == NULL) return -1;

    // ICU wants a non-null pointer even for an empty text.
    static const UChar empty[1] = {0};
    ubrk_setText(iterator, length > 0 ? (const UChar *)text : empty, length, &status);
    if (U_FAILURE(status)) {
        ubrk_close(iterator);
        return -1;
    }

    int32_t count = 0;
    for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
        if (count < capacity) boundaries[count] = boundary;
        count += 1;
    }
    ubrk_close(iterator);
    return count;
}
