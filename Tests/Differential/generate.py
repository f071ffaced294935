"""The generated documents: every shape's edges, deterministically.

Each case starts from a valid request (bases.py) and changes one thing: a
string at min-1, min, max and max+1 (ASCII and astral characters), a line
terminator or other boundary character inside an otherwise valid value, an
enum value or a near miss, an integer bound, a YAML scalar form, a timestamp
form, a missing, unknown, mistyped, repeated or merged member, a list or map
at its size limits, a document-level YAML form. Strings are written escaped
in both JSON and YAML; the YAML scalar forms are written as they are typed.
"""
import copy
import random
from dataclasses import dataclass

from bases import BASES
from emit import Pairs, Raw, to_json, to_yaml
from java_pattern import java_matches, utf16_length
from model import constraints_of, service_model

SEED = 20261202


@dataclass
class Case:
    id: str
    fmt: str  # "json" or "yaml"
    operation: str
    text: str


# Characters at the edge of the API patterns: Java's line terminators, the
# other whitespace and controls a value may carry.
BOUNDARY_CHARACTERS = {
    "CR": "\r", "LF": "\n", "NEL": "\u0085", "LS": "\u2028", "PS": "\u2029",
    "TAB": "\t", "SPACE": " ", "NBSP": "\u00a0", "DEL": "\x7f", "BOM": "\ufeff",
}

ASCII_FILLERS = ["a", "0", "x"]
ASTRAL_FILLERS = ["\U0001d400", "\U0001f600"]  # MATHEMATICAL BOLD CAPITAL A (a letter), GRINNING FACE

# Plain and tagged YAML scalars, written where a string is wanted: booleans and
# nulls in every case YAML 1.1 and 1.2 know, numbers in every base and with
# underscores, sexagesimals, dates and timestamps, explicit tags.
YAML_SCALAR_FORMS = [
    "yes", "Yes", "YES", "yEs", "no", "No", "NO", "nO", "on", "On", "ON", "oN", "off", "Off", "OFF",
    "y", "Y", "n", "N", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE",
    "~", "null", "Null", "NULL", "nULL", "",
    "1_000", "0x_1F", "1.5_0", "0o17", "017", "0x1F", "0b101", "+12", "-0", "1e3", "1.5", ".5", "1.", ".inf", "-.Inf",
    ".nan", ".NaN", "190:20:30", "1:30", "12:30:00",
    "2024-06-30", "2024-6-30", "2024-06-30T12:00:00Z", "2024-06-30 12:00:00", "2024-06-30t12:00:00.5+02:00",
    "!!str yes", "!!str 123", "!!bool yes", "!!bool true", "!!int yes", "!!int \"12\"", "!!float 1",
    "!!null ''", "!!timestamp 2024-06-30", "!!binary aGVsbG8=", "!!str", "!custom abc",
    "'yes'", "\"2024-06-30\"", "'0o17'",
]

# Timestamps as AWS CLI users write them, and as the loaders read them.
TIMESTAMP_FORMS = [
    "2024-06-01", "2024-06-01T00:00:00Z", "2024-06-01T00:00:00.5Z", "2024-06-01T00:00:00,5Z",
    "2024-06-01T00:00:00+02:00", "2024-06-01T00:00:00", "2024-06-01 00:00:00", "2024-06-01T00:00Z",
    "20240601T000000Z", "20240601", "2024-06-01T24:00:00Z", "2024-13-01T00:00:00Z",
    "1700000000", "1700000000.5", "-1", "0", "253402300799", "253402300800",
    "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "10000-01-01T00:00:00Z",
    "Mon, 01 Jan 2024 00:00:00 GMT", "Mon, 01 Jan 2024 00:00:00 +0000", "01 Jan 2024", "June 1 2024",
    "yesterday", "", "2024-06-01T00:00:00.123456789Z",
    "2024-6-01", "2024-06-01T1:00:00", "2024-06-01T00:00:00Z ", "  2024-06-01",
]


# URLs around RFC 3986's edges, for the OIDC issuer and endpoints: what the
# RFC allows (an empty port, leading zeros, an IPv6 literal, userinfo,
# percent-encoding) and what it does not (a backslash, a second @, the
# characters outside its grammar, a port no browser takes).
URL_FORMS = [
    "https://idp.example.com:/authorize", "https://idp.example.com:0443/authorize",
    "https://idp.example.com:443/authorize", "https://idp.example.com:65536/authorize",
    "https://[2001:db8::1]/authorize", "https://[2001:db8::1/authorize", "https://user@idp.example.com/authorize",
    "https://user:pw@idp.example.com/authorize", "https://a@b@idp.example.com/authorize",
    "https://idp.example.com\\@evil.test/", "https://idp.example.com/a%20b", "https://idp.example.com/a%zzb",
    "https://IDP.Example.COM/authorize", "https://idp.example.com/authorize?x=1", "https://idp.example.com/#f",
    "https://idp.example.com/a{b", "https://idp.example.com/a}b", "https://idp.example.com/a|b",
    "https://idp.example.com/a<b", "https://idp.example.com/a>b", "https://idp.example.com/a\"b",
    "https://idp.example.com/a^b", "https://idp.example.com/a`b", "https://idp.example.com/a\\b",
    "https://idp.example.com/a b", "https://idp.exa_mple.com/", "https://-idp.example.com/", "https://idp..example.com/",
    "https://10.0.0.1/authorize", "https://256.0.0.1/authorize", "https:///authorize", "https://", "https:idp.example.com",
    "HTTPS://idp.example.com/authorize", "http://idp.example.com/authorize", "https://idp.example.com.",
    "https://idp.example.com/logout?scope[]=openid", "https://idp.example.com/#a#b", "https://idp.example.com:+80/",
]

# CIDRs around the model's IPv6 alternative, which allows a zone id ((%.+)?)
# and spaces (\s*) before the address and before the prefix, where RFC 4291's
# text form allows neither; the IPv4 alternative allows no spaces.
CIDR_FORMS = [
    "fe80::1/64", "fe80::1%eth0/64", "fe80::1%/64", " 2001:db8::/32", "\t2001:db8::/32", "2001:db8:: /32",
    "2001:db8::/32 ", " 10.0.0.0/16",
]

# \u escapes as typed, after a valid value: a surrogate pair, lone surrogates
# and a pair in the wrong order. RFC 8259's grammar allows any four hex digits
# (section 8.2: a lone surrogate is allowed, what a reader makes of it
# unpredictable); json.loads, ruamel.yaml and PyYAML read each, and botocore
# sends it on as the same escape.
SURROGATE_ESCAPES = ["\\ud83d\\ude00", "\\ud800", "\\udc00", "\\udc00\\ud800"]


def cases():
    rng = random.Random(SEED)
    found = []
    varied = set()  # each shape's values are varied at its first place only
    for name, operation, base in BASES:
        shape = service_model().operation_model(operation).input_shape
        found.extend(Case(f"{name}/base", fmt, operation, render(base, fmt, rng)) for fmt in ("json", "yaml"))
        for path, leaf in leaves(base, shape):
            # The issuer has rules of its own: the endpoints are varied at one more place.
            place = path[-1] if path[-1] == "AuthorizationEndpoint" else leaf.name
            if place not in varied:
                varied.add(place)
                found.extend(leaf_cases(name, operation, base, path, leaf, rng))
        for path, node in containers(base, shape):
            found.extend(container_cases(name, operation, base, path, node, rng))
        found.extend(document_cases(name, operation, base, rng))
    found.extend(key_cases(rng))
    found.extend(escape_cases(rng))
    found.extend(alias_cases())
    found.extend(libyaml_gap_cases())
    unique = {}
    for case in found:
        unique.setdefault(case.id, case)
    return list(unique.values())


def render(document, fmt, rng, header=""):
    if fmt == "json":
        return to_json(document, ascii_only=rng.random() < 0.5)
    return to_yaml(document, header)


def replaced(document, path, value):
    changed = copy.deepcopy(document)
    node = changed
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return changed


def removed(document, path):
    changed = copy.deepcopy(document)
    node = changed
    for step in path[:-1]:
        node = node[step]
    del node[path[-1]]
    return changed


def label(path):
    return "/" + "/".join(str(step) for step in path)


def children(value, shape):
    """(step, item, item's shape) of each child of a structure, list or map."""
    if shape.type_name == "structure":
        return ((key, item, shape.members[key]) for key, item in value.items())
    if shape.type_name == "list":
        return ((index, item, shape.member) for index, item in enumerate(value))
    if shape.type_name == "map":
        return ((key, item, shape.value) for key, item in value.items())
    return ()


def leaves(value, shape, path=()):
    """(path, shape) of every scalar in a base document."""
    if shape.type_name not in ("structure", "list", "map"):
        yield path, shape
    for step, item, item_shape in children(value, shape):
        yield from leaves(item, item_shape, path + (step,))


def containers(value, shape, path=()):
    """(path, shape) of every structure, list and map in a base document."""
    if shape.type_name not in ("structure", "list", "map"):
        return
    yield path, shape
    for step, item, item_shape in children(value, shape):
        if shape.type_name != "map":  # a map's values were never walked as containers
            yield from containers(item, item_shape, path + (step,))


def leaf_cases(name, operation, base, path, shape, rng):
    values = []  # (label, value): written escaped in JSON and YAML
    forms = []  # (label, YAML text): written as typed, YAML only
    current = value_at_path(base, path)
    if shape.type_name == "string" and "enum" in constraints_of(shape):
        values += enum_values(constraints_of(shape)["enum"])
    elif shape.type_name == "string":
        values += length_values(current, constraints_of(shape))
        values += boundary_values(current)
        forms += [(f"form {text!r}", text) for text in YAML_SCALAR_FORMS]
    elif shape.type_name == "integer":
        values += integer_values(constraints_of(shape))
        forms += [(f"form {text!r}", text) for text in integer_forms()]
    elif shape.type_name == "timestamp":
        values += [(f"timestamp {text!r}", text) for text in TIMESTAMP_FORMS]
        values += [("epoch 1700000000", 1700000000), ("epoch 1700000000.5", 1700000000.5),
                   ("epoch 253402300800", 253402300800), ("epoch -62135596801", -62135596801)]
        forms += [(f"timestamp form {text!r}", text) for text in TIMESTAMP_FORMS if text]
    if shape.name == "OidcEndpoint":
        values += [(f"url {text!r}", text) for text in URL_FORMS]
    if shape.name == "Cidr":
        values += [(f"cidr {text!r}", text) for text in CIDR_FORMS]
    values += wrong_type_values(shape)
    found = []
    for what, value in values:
        for fmt in ("json", "yaml"):
            found.append(Case(f"{name}{label(path)} {what} [{fmt}]", fmt, operation,
                              render(replaced(base, path, value), fmt, rng)))
    for what, text in forms:
        found.append(Case(f"{name}{label(path)} {what} [yaml]", "yaml", operation,
                          render(replaced(base, path, Raw(text)), "yaml", rng)))
    return found


def value_at_path(document, path):
    for step in path:
        document = document[step]
    return document


def filler(prefix, constraints, candidates):
    """The first candidate character that keeps `prefix` + it valid, if any."""
    pattern = constraints.get("pattern")
    for c in candidates:
        if pattern is None or java_matches(pattern, prefix + c * 3):
            return c
    return None


def sized(prefix, fill, units):
    """prefix + fill repeated, cut to `units` UTF-16 code units (or one less
    when an astral fill cannot end exactly there)."""
    text = prefix[:max(units, 0)]
    room = units - utf16_length(text)
    return text + fill * max(room // utf16_length(fill), 0)


def length_values(current, constraints):
    low, high = constraints.get("min", 0), constraints.get("max")
    if high is None:
        return []
    found = []
    ascii_fill = filler(current, constraints, ASCII_FILLERS) or "a"
    for n in sorted({max(low - 1, 0), low, high, high + 1}):
        found.append((f"length {n} ascii", sized(current, ascii_fill, n)))
    astral_fill = filler(current, constraints, ASTRAL_FILLERS)
    if astral_fill:
        base = current[:1] if low else ""
        for units in (high - 1, high, high + 1, high + 2):
            text = sized(base, astral_fill, units)
            found.append((f"length {utf16_length(text)} utf16 ({len(text)} scalars) astral", text))
        # As many astral characters as max allows in scalars: twice too long for Java.
        found.append((f"length {high} scalars astral", base + astral_fill * (high - len(base))))
        if low:
            found.append((f"length {low} scalars astral", astral_fill * low))
    return found


def boundary_values(current):
    found = []
    middle = len(current) // 2
    for char_name, c in BOUNDARY_CHARACTERS.items():
        found.append((f"{char_name} inside", current[:middle] + c + current[middle:]))
        found.append((f"{char_name} at end", current + c))
    return found


def enum_values(allowed):
    found = [(f"enum {v!r}", v) for v in allowed]
    for v in allowed:
        found += [(f"near miss {m!r}", m) for m in (v.lower(), v.upper(), v + " ", v.swapcase()) if m not in allowed]
    return found


def integer_values(constraints):
    low, high = constraints.get("min", -2**31), constraints.get("max", 2**31 - 1)
    found = [(f"integer {n}", n) for n in (low - 1, low, high, high + 1, 0, -1, 2**31, 2**63)]
    return found + [("float 10.0", 10.0), ("float 10.5", 10.5), ("string '10'", "10")]


def integer_forms():
    return ["10", "1_0", "0o12", "012", "0xA", "0b1010", "+10", "10.0", "1e1", "'10'", "!!int '10'", "!!str 10",
            "!!float 10", "yes", "~", "1:30", "0x_A", "100_0"]


def wrong_type_values(shape):
    found = [("null", None), ("empty map", {}), ("empty list", [])]
    if shape.type_name != "string":
        found.append(("string 'x'", "x"))
    if shape.type_name != "integer":
        found.append(("integer 1", 1))
    found.append(("boolean true", True))
    return found


def container_cases(name, operation, base, path, shape, rng):
    node = value_at_path(base, path)
    variants = []  # (label, document)
    if shape.type_name == "structure":
        for member in node:
            variants.append((f"without {member}", removed(base, path + (member,))))
        variants.append(("with unknown member Extra", replaced(base, path + ("Extra",), "x") if path else
                         {**base, "Extra": "x"}))
        variants.append(("with lower-cased member", lower_cased_first(base, path, node)))
    elif shape.type_name == "list":
        variants += [(label_, replaced(base, path, items_)) for label_, items_ in list_sizes(path, shape, node)]
    elif shape.type_name == "map":
        variants += [(label_, replaced(base, path, items_)) for label_, items_ in map_sizes(shape)]
    found = []
    for what, document in variants:
        for fmt in ("json", "yaml"):
            found.append(Case(f"{name}{label(path)} {what} [{fmt}]", fmt, operation, render(document, fmt, rng)))
    if path and shape.type_name == "structure":
        found += merge_cases(name, operation, base, path, node, rng)
    return found


def lower_cased_first(base, path, node):
    first = next(iter(node))
    renamed = {(k[0].lower() + k[1:] if k == first else k): v for k, v in node.items()}
    return replaced(base, path, renamed) if path else renamed


def distinct_members(path, count, node):
    """`count` distinct valid members for the list at `path`."""
    parent = path[-2] if len(path) > 1 else ""
    last = path[-1]
    if last == "Cidrs":
        return [f"10.{i}.0.0/16" for i in range(count)]
    if last == "SecurityGroupIds":
        return [f"sg-{i:017x}" for i in range(count)]
    if last == "Subnets":
        return [f"subnet-{i:017x}" for i in range(count)]
    if last == "Tags":
        return [{"Key": f"key{i}", "Value": "v"} for i in range(count)]
    raise AssertionError(f"no members for {parent}/{last}")


def list_sizes(path, shape, node):
    c = constraints_of(shape)
    sizes = {0, 1, c.get("min", 0), c.get("max", 20), c.get("max", 20) + 1}
    if path[-1] == "Cidrs":
        sizes |= {10, 11}  # wflint's deliberate ten-CIDR limit
    return [(f"{n} entries", distinct_members(path, n, node)) for n in sorted(sizes) if n >= 0]


def map_sizes(shape):
    c = constraints_of(shape)
    sizes = sorted({0, c.get("max", 10), c.get("max", 10) + 1})
    return [(f"{n} entries", {f"param{i}": "v" for i in range(n)}) for n in sizes]


def merge_cases(name, operation, base, path, node, rng):
    """The structure's members through a YAML merge key, as typed."""
    members = dict(node)
    merged_all = {Raw("<<"): members}
    first, *rest = list(members.items())
    merged_part = dict([(Raw("<<"), dict(rest))] + [first]) if rest else {Raw("<<"): dict([first])}
    overridden = {Raw("<<"): members, first[0]: first[1]}
    return [Case(f"{name}{label(path)} merge key {what} [yaml]", "yaml", operation,
                 render(replaced(base, path, doc), "yaml", rng))
            for what, doc in (("all", merged_all), ("part", merged_part), ("overridden", overridden))]


def document_cases(name, operation, base, rng):
    found = []
    yaml_headers = {
        "%YAML 1.1": "%YAML 1.1\n---\n", "%YAML 1.2": "%YAML 1.2\n---\n", "---": "---\n",
        "BOM": "\ufeff", "comment": "# a comment\n",
    }
    for what, header in yaml_headers.items():
        found.append(Case(f"{name} header {what} [yaml]", "yaml", operation, render(base, "yaml", rng, header)))
    first_string = next((p for p, s in leaves(base, service_model().operation_model(operation).input_shape)
                         if s.type_name == "string" and "enum" not in constraints_of(s)), None)
    if first_string:
        for text in ("yes", "no", "on", "y", "0o17", "017", "1_000", "0x1F", "1:30", "2024-06-30", "!!bool yes"):
            found.append(Case(f"{name}{label(first_string)} form {text!r} under %YAML 1.1 [yaml]", "yaml", operation,
                              render(replaced(base, first_string, Raw(text)), "yaml", rng, "%YAML 1.1\n---\n")))
    found.append(Case(f"{name} two documents [yaml]", "yaml", operation,
                      render(base, "yaml", rng) + "---\n" + render(base, "yaml", rng)))
    found.append(Case(f"{name} document end marker [yaml]", "yaml", operation, render(base, "yaml", rng) + "...\n"))
    found.append(Case(f"{name} flow style [yaml]", "yaml", operation, to_json(base, ascii_only=False)))
    # json.loads refuses a byte-order mark the AWS CLI reads with the file (YAML allows one: above).
    found.append(Case(f"{name} header BOM [json]", "json", operation, "\ufeff" + to_json(base, ascii_only=False)))
    for what, text in (("empty", ""), ("null", "null\n"), ("list", "[]\n"), ("scalar", "abc\n")):
        for fmt in ("json", "yaml"):
            if fmt == "json" and what == "empty":
                continue
            found.append(Case(f"{name} root {what} [{fmt}]", fmt, operation, text))
    return found


def key_cases(rng):
    """Keys compared as the API compares them: code point by code point."""
    _, operation, base = BASES[1]  # create-oidc
    params = ("OidcConfig", "AuthenticationRequestExtraParams")
    cognito_operation, cognito = BASES[0][1], BASES[0][2]
    variants = [
        ("extra params keys e+U+0301 and U+00E9", operation,
         replaced(base, params, {"e\u0301": "a", "\u00e9": "b"})),
        ("extra params keys U+212B and U+00C5", operation, replaced(base, params, {"\u212b": "a", "\u00c5": "b"})),
        ("extra params key astral", operation, replaced(base, params, {"\U0001d400": "a"})),
        ("tags U+212B and U+00C5", cognito_operation,
         replaced(cognito, ("Tags",), [{"Key": "\u212b", "Value": "a"}, {"Key": "\u00c5", "Value": "b"}])),
        ("tags e+U+0301 and U+00E9", cognito_operation,
         replaced(cognito, ("Tags",), [{"Key": "e\u0301", "Value": "a"}, {"Key": "\u00e9", "Value": "b"}])),
        ("tags same key twice", cognito_operation,
         replaced(cognito, ("Tags",), [{"Key": "k", "Value": "a"}, {"Key": "k", "Value": "b"}])),
        ("member name with a combining mark", operation, {**base, "WorkforceNam\u0065\u0301": "x"}),
        ("repeated member", operation, Pairs(list(base.items()) + [("WorkforceName", "team-c")])),
        ("repeated extra param", operation,
         replaced(base, params, Pairs([("audience", "a"), ("audience", "b")]))),
        ("repeated extra param e+U+0301 then U+00E9", operation,
         replaced(base, params, Pairs([("e\u0301", "a"), ("\u00e9", "b")]))),
    ]
    return [Case(f"keys: {what} [{fmt}]", fmt, op, render(doc, fmt, rng))
            for what, op, doc in variants for fmt in ("json", "yaml")] + value_key_cases(rng)


def value_key_cases(rng):
    """YAML 1.1's value key, `=` (or a `!!value` scalar): no loader builds it
    as a value, but as a mapping's key both make it a string."""
    _, operation, base = BASES[1]  # create-oidc
    params = ("OidcConfig", "AuthenticationRequestExtraParams")
    variants = [
        ("extra params key plain =", replaced(base, params, Pairs([(Raw("="), "a")]))),
        ("extra params key ! \"=\"", replaced(base, params, Pairs([(Raw('! "="'), "a")]))),
        ("extra params key !!value 12", replaced(base, params, Pairs([(Raw("!!value 12"), "a")]))),
        ("extra params key plain = twice", replaced(base, params, Pairs([(Raw("="), "a"), (Raw("="), "b")]))),
        ("extra params value plain =", replaced(base, params, {"audience": Raw("=")})),
    ]
    return [Case(f"keys: {what} [yaml]", "yaml", operation, render(doc, "yaml", rng)) for what, doc in variants]


def escape_cases(rng):
    """Surrogate escapes where the model's pattern takes them (.*) and where
    it does not ([ -~]+), in JSON and in a double-quoted YAML scalar."""
    bases = {name: (operation, base) for name, operation, base in BASES}
    places = [("create-oidc", ("OidcConfig", "AuthenticationRequestExtraParams", "audience")),
              ("create-oidc", ("OidcConfig", "ClientId")), ("list-workforces", ("NextToken",))]
    found = []
    for name, path in places:
        operation, base = bases[name]
        for escape in SURROGATE_ESCAPES:
            document = replaced(base, path, Raw(f'"{value_at_path(base, path)}{escape}"'))
            for fmt in ("json", "yaml"):
                found.append(Case(f"{name}{label(path)} escape {escape!r} [{fmt}]", fmt, operation,
                                  render(document, fmt, rng)))
    return found


def alias_cases():
    """Anchors and aliases as typed: a value, a mapping and a list shared."""
    cognito = "CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: client123}\n"
    texts = {
        "scalar alias into a string": "WorkforceName: &n team-a\n" + cognito + "Tags: [{Key: *n, Value: v}]\n",
        "repeated tag through an alias": "WorkforceName: team-a\n" + cognito + "Tags: [&t {Key: k, Value: v}, *t]\n",
        "mapping alias": "WorkforceName: team-a\nCognitoConfig: &c {UserPool: us-east-1_abcDEF123, ClientId: c}\n"
                         "Tags: [{Key: k, Value: v}]\nx: *c\n",
        "list alias": "WorkforceName: team-a\n" + cognito + "SourceIpConfig: {Cidrs: &l [10.0.0.0/16]}\n"
                      "WorkforceVpcConfig: {VpcId: vpc-0123456789abcdef0, SecurityGroupIds: *l,"
                      " Subnets: [subnet-0123456789abcdef0]}\n",
        "alias of a number into a string": "WorkforceName: team-a\n" + cognito +
                                           "Tags: [{Key: &k 10, Value: v}, {Key: k2, Value: *k}]\n",
        "undefined alias": "WorkforceName: *nope\n" + cognito,
        # A mapping that merges a member is built without ruamel.yaml's
        # duplicate-key check: a key's last value wins (not so after an empty merge).
        "repeated key beside a merge": "WorkforceName: team-a\nCognitoConfig:\n  <<: {ClientId: c}\n"
                                       "  UserPool: old pool\n  UserPool: us-east-1_abcDEF123\n",
        "repeated key in a merged mapping": "WorkforceName: team-a\nCognitoConfig:\n"
                                            "  <<: {UserPool: us-east-1_abcDEF123, ClientId: a, ClientId: b}\n",
        "repeated key beside an empty merge": "WorkforceName: team-a\nCognitoConfig:\n  <<: {}\n"
                                              "  UserPool: us-east-1_abcDEF123\n  UserPool: x\n  ClientId: c\n",
        "second merge key after an empty one": "WorkforceName: team-a\nCognitoConfig:\n  <<: {}\n"
                                               "  <<: {UserPool: us-east-1_abcDEF123}\n  ClientId: c\n",
    }
    # A tab after the spaces that start a block scalar's first line: text to
    # both loaders, which libyaml refuses; NextToken's pattern takes a tab.
    tab_in_block = Case("list-workforces tab after a block scalar's indentation [yaml]", "yaml", "ListWorkforces",
                        "SortBy: Name\nNextToken: |-\n  \tabc\n")
    return [Case(f"create-cognito {what} [yaml]", "yaml", "CreateWorkforce", text)
            for what, text in texts.items()] + [tab_in_block]


def libyaml_gap_cases():
    """What libyaml refuses and the AWS CLI's loader reads (docs/yaml.md):
    directives other than %YAML and %TAG, flow entries that start with ':',
    and a raw NEL, LS or PS inside a plain scalar of a block mapping (YAML 1.2
    has no line breaks but CR and LF; libyaml, YAML 1.1, ends the line there)."""
    cognito = "CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: client123}\n"
    body = "WorkforceName: team-a\n" + cognito
    dualstack = body + "IpAddressType: dualstack\n"
    texts = {
        "unknown directive": "%FOO bar baz\n---\n" + body,
        "unknown directives around %YAML 1.1": "%FOO\n# c\n%YAML 1.1\n%BAR 1\n---\n" + body
                                              + "Tags: [{Key: k, Value: yes}]\n",
        "lower-case %yaml 1.1, an unknown directive": "%yaml 1.1\n---\n" + body + "Tags: [{Key: k, Value: yes}]\n",
        "unknown directive without ---": "%FOO bar\n" + body,
        "unknown directive at the end": body + "...\n%FOO\n",
        "unknown directive with a tab after its name": "%FOO\tbar\n---\n" + body,
        "unknown directive between two documents": body + "%FOO\n---\n" + body,
        "colon-led CIDRs in a flow sequence": dualstack + "SourceIpConfig: {Cidrs: [::1/128, ::/0]}\n",
        "colon-led CIDR in a block mapping's flow sequence": dualstack + "SourceIpConfig:\n  Cidrs: [10.0.0.0/8, ::/0]\n",
        "colon-led CIDR under %YAML 1.1": "%YAML 1.1\n---\n" + dualstack + "SourceIpConfig: {Cidrs: [::/0]}\n",
        "colon-led CIDR after an anchor": dualstack + "SourceIpConfig: {Cidrs: [&c ::1/128]}\n",
        "colon-led tag value in a flow mapping": body + "Tags: [{Key: k, Value: ::1}]\n",
        "colon before ] in a flow scalar": body + "Tags: [{Key: k, Value: [v:]}]\n",
        "colon before } in a flow scalar": body + "Tags: [{Key: k, Value: v:}]\n",
        "raw NEL in a block plain tag value": body + "Tags:\n  - Key: k\n    Value: v\u0085w\n",
        "raw LS in a block plain tag value": body + "Tags:\n  - Key: k\n    Value: v\u2028w\n",
        "raw PS in a block plain tag value": body + "Tags:\n  - Key: k\n    Value: v\u2029w\n",
        "raw NEL in a block plain ClientId": "WorkforceName: team-a\nCognitoConfig:\n  UserPool: us-east-1_abcDEF123\n"
                                             "  ClientId: client\u0085123\n",
        "raw LS in a flow plain tag value": body + "Tags: [{Key: k, Value: v\u2028w}]\n",
        # NEL, LS or PS where libyaml (YAML 1.1) reads a line break and does
        # not fail, and ruamel.yaml (YAML 1.2) reads on: known bugs, but for
        # the two where the readings agree (deliberate-differences.yaml).
        "line break of YAML 1.1 only: LS before another sequence item": body
            + "SourceIpConfig:\n  Cidrs:\n  - 10.0.0.0/8\u2028  - 1.2.3.4/32\n",
        "line break of YAML 1.1 only: LS between two mapping pairs": "WorkforceName: team-a\u2028" + cognito,
        "line break of YAML 1.1 only: LS at the start of a line": "WorkforceName: team-a\n\u2028" + cognito,
        "line break of YAML 1.1 only: LS at the start of the document": "\u2028" + body,
        "line break of YAML 1.1 only: PS after a sequence's dash": body + "SourceIpConfig:\n  Cidrs:\n  -\u2029 10.0.0.0/8\n",
        "line break of YAML 1.1 only: LS inside a key": "WorkforceName\u2028: team-a\n" + cognito,
        "line break of YAML 1.1 only: NEL after a key's colon": "WorkforceName:\u0085 team-a\n" + cognito,
        "line break of YAML 1.1 only: LS after a quoted value": "WorkforceName: 'team-a'\u2028\n" + cognito,
        # Tabs and a comment libyaml reads and both loaders refuse.
        "tab after an anchor": "WorkforceName: &n\t\"team-a\"\n" + cognito,
        "tab after a tag": "WorkforceName: team-a\nCognitoConfig: !!map\t{UserPool: us-east-1_abcDEF123, ClientId: c}\n",
        "tab after the document end": body + "...\t\n",
        "comment right after a block scalar header": cognito + "WorkforceName: |-#c\n  team-a\n",
        # Names the AWS CLI's loader reads longer than libyaml: an alias used
        # as a key with its ':' glued on is the undefined alias `n:` to it.
        "alias key with its colon glued on": "WorkforceName: &n team-a\n" + cognito
            + "Tags:\n  - Key: k\n    Value: v\n  - *n: x\n",
        "alias key with a space before its colon": "WorkforceName: &n team-a\n" + cognito
            + "Tags:\n  - {Key: *n , Value: v}\n",
        "anchor name with a colon": "WorkforceName: &n:1 team-a\n" + cognito,
        "anchor name with a dot": "WorkforceName: &n.1 team-a\n" + cognito,
        "alias name with a dot": "WorkforceName: team-a\n" + cognito + "Tags:\n  - {Key: &k.1 k, Value: *k.1}\n",
        "tab inside a flow plain scalar": body + "Tags:\n  - {Key: k, Value: a\tb}\n",
        # A merge key neither loader applies: in an !!omap item.
        "merge key in an !!omap item": "WorkforceName: team-a\nCognitoConfig: !!omap\n"
            "  - <<: {UserPool: us-east-1_abcDEF123}\n  - ClientId: client123\n",
    }
    # A tab after the spaces that start a block scalar's first line: text to
    # both loaders, which libyaml refuses; NextToken's pattern takes a tab.
    tab_in_block = Case("list-workforces tab after a block scalar's indentation [yaml]", "yaml", "ListWorkforces",
                        "SortBy: Name\nNextToken: |-\n  \tabc\n")
    return [Case(f"create-cognito {what} [yaml]", "yaml", "CreateWorkforce", text)
            for what, text in texts.items()] + [tab_in_block]
