#ifndef CLAIMWATCH_CZLIB_SHIM_H
#define CLAIMWATCH_CZLIB_SHIM_H
#include <zlib.h>
#endif
