#ifndef CLAIMWATCH_CLIBXML2_SHIM_H
#define CLAIMWATCH_CLIBXML2_SHIM_H
// Foundation on Linux bundles its own ICU; libxml2's headers would pull in the system ICU's
// unicode/ucnv.h when LIBXML_ICU_ENABLED is set and the two clash. We never use libxml2's ICU
// API, so switch it off before any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/uri.h>
#include <libxml/xmlsave.h>
#endif
