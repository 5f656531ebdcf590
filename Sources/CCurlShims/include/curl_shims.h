#ifndef CLAIMWATCH_CURL_SHIMS_H
#define CLAIMWATCH_CURL_SHIMS_H
// Swift cannot call C variadic functions, so curl_easy_setopt / curl_easy_getinfo /
// curl_multi_setopt get one typed wrapper per argument type.
#include <curl/curl.h>
#include <stddef.h>

typedef size_t (*cw_data_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);

CURLcode cw_easy_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode cw_easy_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode cw_easy_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode cw_easy_setopt_offset(CURL *handle, CURLoption option, curl_off_t value);
CURLcode cw_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);
CURLcode cw_easy_setopt_write_function(CURL *handle, cw_data_callback callback);
CURLcode cw_easy_setopt_header_function(CURL *handle, cw_data_callback callback);

CURLcode cw_easy_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode cw_easy_getinfo_string(CURL *handle, CURLINFO info, const char **value);
CURLcode cw_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value);

CURLMcode cw_multi_setopt_long(CURLM *handle, CURLMoption option, long value);

/// The message curl_multi_info_read returned: its easy handle and result code.
int cw_multi_next_done(CURLM *multi, CURL **easy, CURLcode *result);

#endif
