#ifndef CLAIMWATCH_CURL_SHIMS_H
#define CLAIMWATCH_CURL_SHIMS_H
#include <curl/curl.h>
#endif
