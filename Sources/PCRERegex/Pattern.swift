// The PCRE2 wrapper lands here.
