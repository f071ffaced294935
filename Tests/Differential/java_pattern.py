"""The SageMaker API's string patterns as its Java validators read them.

botocore states each pattern but checks none. The service matches the whole
value with java.util.regex, whose defaults differ from Python's:
- `.` excludes every line terminator: LF, CR, U+0085, U+2028 and U+2029;
- `\\s`, `\\S`, `\\w`, `\\d` are ASCII classes (no UNICODE_CHARACTER_CLASS);
- `\\p{L}` and friends are Unicode categories (the `regex` module has them).
"""
import regex

# What Java's `.` matches without DOTALL: anything but a line terminator.
JAVA_DOT = "[^\\n\\r\\u0085\\u2028\\u2029]"

# Java's predefined classes are ASCII; spelled out as sets, which the `regex`
# module's version 1 syntax also nests inside a class (`[\\S]`).
JAVA_CLASSES = {
    "\\s": "[ \\t\\n\\x0B\\f\\r]",
    "\\S": "[^ \\t\\n\\x0B\\f\\r]",
    "\\w": "[a-zA-Z_0-9]",
    "\\W": "[^a-zA-Z_0-9]",
    "\\d": "[0-9]",
    "\\D": "[^0-9]",
}


def translate(pattern):
    """The pattern in the `regex` module's version 1 syntax, with Java's
    meaning: `.` outside a class as JAVA_DOT, the ASCII classes spelled out."""
    out = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            escape = pattern[i:i + 2]
            out.append(JAVA_CLASSES.get(escape, escape))
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            # A `]` right after `[` or `[^` is a literal member, not the end.
            if pattern[i + 1:i + 2] == "^":
                out.append("[^")
                i += 2
                if pattern[i:i + 1] == "]":
                    out.append("]")
                    i += 1
                continue
        elif c == ".":
            out.append(JAVA_DOT)
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


_compiled = {}


def java_matches(pattern, value):
    """Java's Pattern.matches(pattern, value): the whole value must match."""
    compiled = _compiled.get(pattern)
    if compiled is None:
        compiled = regex.compile(translate(pattern), regex.V1)
        _compiled[pattern] = compiled
    return compiled.fullmatch(value) is not None


def utf16_length(value):
    """String.length() in Java: UTF-16 code units, two for an astral character."""
    return len(value.encode("utf-16-le", "surrogatepass")) // 2
