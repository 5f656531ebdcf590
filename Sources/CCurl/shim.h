#ifndef CLAIMWATCH_CCURL_SHIM_H
#define CLAIMWATCH_CCURL_SHIM_H
#include <curl/curl.h>
#endif
