#ifndef CLAIMWATCH_COPENBLAS_SHIM_H
#define CLAIMWATCH_COPENBLAS_SHIM_H
// pkg-config's `openblas` puts Debian's openblas-pthread include directory first, so this is
// OpenBLAS's own cblas.h (with openblas_set_num_threads), not the reference BLAS one.
#include <cblas.h>
#endif
