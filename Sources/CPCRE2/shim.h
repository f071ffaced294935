// PCRE2 needs its code-unit width chosen before the header; wflint matches UTF-8.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
