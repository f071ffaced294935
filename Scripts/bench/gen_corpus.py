#!/usr/bin/env python3
"""Deterministic benchmark inputs for wflint (issue 5), Python 3 standard library only.

Writes, under --out:
  corpus/        5,000 x scale workforce documents (5.45 MB x scale), half JSON half YAML,
                 20 % carrying exactly one known defect each, laid out like a monorepo
  manifest.json  which file (and which stream document) carries which defect, and where
  stream.yaml    a ~20 MB multi-document YAML stream of the same kinds of documents
  single.yaml    one ~2 KB valid CreateWorkforce request (the editor-on-save case)

With --findings, the same corpus (same documents, files and folders) with findings on every
document, for the benchmark's findings run: each of the 4,000 clean documents gets one known
defect, then every document a second one on another place where it offers one (not after a
mistyped key, which hides what is below it). Its manifest entries list them in `defects`, each
as the default corpus's entry gives its one ({defect, rule, severity, pointer}).

With --fixable N, instead, for the fix tests (docs/fixes.md):
  fixable/       N documents, each with one or two defects that a fix of
                 issue 14 corrects, in JSON and YAML, some with CR LF line
                 endings or a byte-order mark
  manifest.json  which file carries which defects, where, and which kind of
                 fix (safe, unsafe) each should get

The same --seed and --scale (or --fixable) always give byte-identical files.
"""

import argparse
import copy
import json
import os
import random
import re
import sys

DOCS_PER_SCALE = 5000
BYTES_PER_SCALE = 5_450_000       # 5.45 MB, about 1.1 KB a document
STREAM_BYTES = 20_000_000         # 20 MB
SINGLE_BYTES = 2048               # 2 KB
DEFECT_SHARE = 0.20

# Share of each document kind in the corpus: mostly CreateWorkforce requests.
KIND_WEIGHTS = [
    ("CreateWorkforceRequest", 60),
    ("UpdateWorkforceRequest", 10),
    ("DescribeWorkforceResponse", 12),
    ("ListWorkforcesResponse", 8),
    ("ListModelPackageGroupsRequest", 5),
    ("ListModelPackageGroupsResponse", 5),
]
FILE_STEM = {
    "CreateWorkforceRequest": "create-workforce",
    "UpdateWorkforceRequest": "update-workforce",
    "DescribeWorkforceResponse": "describe-workforce",
    "ListWorkforcesResponse": "list-workforces",
    "ListModelPackageGroupsRequest": "list-model-package-groups-request",
    "ListModelPackageGroupsResponse": "list-model-package-groups",
}
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1"]
TEAMS = ["labeling", "annotation", "vision", "speech", "nlp", "search", "ads", "risk", "health", "maps",
         "retail", "robotics", "safety", "translate", "docs", "fraud", "media", "geo", "ocr", "qa"]
ENDPOINT_MEMBERS = ["AuthorizationEndpoint", "TokenEndpoint", "UserInfoEndpoint", "LogoutEndpoint", "JwksUri"]
TAG_KEYS = ["Owner", "CostCenter", "Environment", "Project", "Team", "DataClassification", "Compliance",
            "ManagedBy", "Application", "BusinessUnit", "Contact", "Repository", "Service", "Tier",
            "Backup", "Lifecycle", "Region", "Department", "Budget", "Confidentiality"]
TAG_VALUES = ["ml-platform", "labeling-ops", "prod", "staging", "dev", "4711", "CC-2093", "internal",
              "confidential", "terraform", "cdk", "data-science", "team@example.com", "gold", "silver",
              "Équipe données", "Datenqualität", "annotation/vision", "2025-q3", "owner=platform"]


# ----------------------------------------------------------------------------------------------
# Realistic values

def hex_id(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def aws_id(rng, prefix):
    return prefix + hex_id(rng, rng.choice([8, 17, 17, 17]))


def workforce_name(rng):
    return f"{rng.choice(TEAMS)}-{rng.choice(['workforce', 'private', 'team', 'vendors'])}-{rng.randrange(1000):03d}"


def ipv4_cidrs(rng, count):
    """Distinct, non-overlapping networks in network form (no host bits): one per /16."""
    blocks = rng.sample(range(1, 223 * 256), count)
    cidrs = []
    for block in blocks:
        a, b = divmod(block, 256)
        prefix = rng.choice([16, 20, 22, 24, 24, 24, 26, 28, 32])
        host = rng.randrange(1 << (32 - 16)) if prefix > 16 else 0
        value = (a << 24) | (b << 16) | host
        value &= (0xFFFFFFFF << (32 - prefix)) & 0xFFFFFFFF
        cidrs.append(f"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}/{prefix}")
    return cidrs


def ipv6_cidr(rng):
    return f"2001:db8:{rng.randrange(1, 0xffff):x}::/48"


def idp(rng):
    """An OIDC provider: issuer and its endpoints on the same host."""
    org = alnum(rng, rng.randint(4, 9), "abcdefghijklmnopqrstuvwxyz")
    flavour = rng.randrange(4)
    if flavour == 0:
        base = f"https://{org}.okta.com/oauth2/default"
        paths = ["/v1/authorize", "/v1/token", "/v1/userinfo", "/v1/logout", "/v1/keys"]
    elif flavour == 1:
        base = f"https://{org}.eu.auth0.com"
        paths = ["/authorize", "/oauth/token", "/userinfo", "/v2/logout", "/.well-known/jwks.json"]
    elif flavour == 2:
        tenant = f"{hex_id(rng, 8)}-{hex_id(rng, 4)}-{hex_id(rng, 4)}-{hex_id(rng, 4)}-{hex_id(rng, 12)}"
        base = f"https://login.microsoftonline.com/{tenant}/v2.0"
        paths = ["/oauth2/authorize", "/oauth2/token", "/oidc/userinfo", "/oauth2/logout", "/discovery/keys"]
    else:
        base = f"https://sso.{org}.example.com/realms/{rng.choice(TEAMS)}"
        paths = ["/protocol/openid-connect/auth", "/protocol/openid-connect/token",
                 "/protocol/openid-connect/userinfo", "/protocol/openid-connect/logout",
                 "/protocol/openid-connect/certs"]
    return base, dict(zip(ENDPOINT_MEMBERS, (base + p for p in paths)))


def oidc_config(rng, for_request):
    issuer, endpoints = idp(rng)
    config = {"ClientId": alnum(rng, rng.choice([20, 26, 32]))}
    if for_request:
        config["ClientSecret"] = rng.choice(["${OIDC_CLIENT_SECRET}", "{{ resolve:secretsmanager:oidc }}",
                                             "<client-secret>"])
    config["Issuer"] = issuer
    config.update(endpoints)
    if rng.random() < 0.7:
        config["Scope"] = rng.choice(["openid email profile", "openid", "openid email",
                                      "openid profile groups", "openid email offline_access"])
    if rng.random() < 0.25:
        config["AuthenticationRequestExtraParams"] = rng.choice(
            [{"prompt": "login"}, {"acr_values": "urn:mace:incommon:iap:silver"},
             {"prompt": "consent", "max_age": "3600"}, {"domain_hint": "example.com"}])
    return config


def cognito_config(rng, region):
    return {"UserPool": f"{region}_{alnum(rng, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
            "ClientId": alnum(rng, 26)}


def vpc_config(rng, for_response):
    config = {"VpcId": aws_id(rng, "vpc-"),
              "SecurityGroupIds": [aws_id(rng, "sg-") for _ in range(rng.randint(1, 2))],
              "Subnets": [aws_id(rng, "subnet-") for _ in range(rng.randint(1, 3))]}
    if for_response:
        config["VpcEndpointId"] = aws_id(rng, "vpce-")
    return config


def source_ip_config(rng, dualstack):
    cidrs = ipv4_cidrs(rng, rng.randint(1, 6))
    if dualstack:
        cidrs.append(ipv6_cidr(rng))
    return {"Cidrs": cidrs}


def timestamp(rng, first_year=2021, last_year=2025):
    return (f"{rng.randint(first_year, last_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            f"T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z")


def tag(rng, used):
    for _ in range(4):
        key = rng.choice(TAG_KEYS)
        if key not in used:
            break
    else:
        key = f"app:{rng.choice(TEAMS)}/component-{len(used)}"
    if key in used:
        key = f"app:{rng.choice(TEAMS)}/component-{len(used)}-{rng.randrange(100)}"
    used.add(key)
    return {"Key": key, "Value": rng.choice(TAG_VALUES)}


# ----------------------------------------------------------------------------------------------
# Document kinds

def workforce_object(rng, for_response, use_oidc):
    region = rng.choice(REGIONS)
    name = workforce_name(rng)
    dualstack = rng.random() < 0.1
    doc = {"WorkforceName": name}
    if for_response:
        doc["WorkforceArn"] = f"arn:aws:sagemaker:{region}:{rng.randrange(10**11, 10**12):012d}:workforce/{name}"
        doc["LastUpdatedDate"] = timestamp(rng)
    if use_oidc:
        doc["OidcConfig"] = oidc_config(rng, for_request=not for_response)
    else:
        doc["CognitoConfig"] = cognito_config(rng, region)
    if rng.random() < 0.85:
        doc["SourceIpConfig"] = source_ip_config(rng, dualstack)
    if rng.random() < 0.35:
        doc["WorkforceVpcConfig"] = vpc_config(rng, for_response)
    if dualstack or rng.random() < 0.2:
        doc["IpAddressType"] = "dualstack" if dualstack else "ipv4"
    if for_response:
        doc["SubDomain"] = f"{alnum(rng, 10)}.labeling.{region}.sagemaker.aws"
        doc["CreateDate"] = timestamp(rng)
        doc["Status"] = "Active"
    return doc


def create_request(rng):
    doc = workforce_object(rng, for_response=False, use_oidc=rng.random() < 0.5)
    used = set()
    doc["Tags"] = [tag(rng, used) for _ in range(rng.randint(0, 3))]
    if not doc["Tags"]:
        del doc["Tags"]
    return doc


def update_request(rng):
    # Always carries an OidcConfig, so that read as a CreateWorkforce request (the kind wflint
    # detects without --operation UpdateWorkforce) a clean one is still clean.
    doc = {"WorkforceName": workforce_name(rng), "OidcConfig": oidc_config(rng, for_request=True)}
    if rng.random() < 0.7:
        doc["SourceIpConfig"] = source_ip_config(rng, False)
    if rng.random() < 0.3:
        doc["WorkforceVpcConfig"] = vpc_config(rng, for_response=False)
    return doc


def describe_response(rng):
    return {"Workforce": workforce_object(rng, for_response=True, use_oidc=rng.random() < 0.5)}


def list_workforces_response(rng):
    doc = {"Workforces": [workforce_object(rng, True, rng.random() < 0.5) for _ in range(rng.randint(1, 2))]}
    if rng.random() < 0.3:
        doc["NextToken"] = alnum(rng, 48)
    return doc


def lmpg_request(rng):
    doc = {"CreationTimeAfter": timestamp(rng, 2021, 2024)}
    if rng.random() < 0.6:
        doc["CreationTimeBefore"] = timestamp(rng, 2025, 2026)
    doc["MaxResults"] = rng.choice([10, 25, 50, 100])
    if rng.random() < 0.5:
        doc["NameContains"] = rng.choice(TEAMS)
    doc["SortBy"] = rng.choice(["Name", "CreationTime"])
    doc["SortOrder"] = rng.choice(["Ascending", "Descending"])
    if rng.random() < 0.5:
        doc["CrossAccountFilterOption"] = rng.choice(["SameAccount", "CrossAccount"])
    return doc


def lmpg_response(rng):
    region = rng.choice(REGIONS)
    account = f"{rng.randrange(10**11, 10**12):012d}"
    summaries = []
    for _ in range(rng.randint(1, 4)):
        name = f"{rng.choice(TEAMS)}-{rng.choice(['classifier', 'detector', 'ranker', 'embedder'])}-{rng.randrange(100)}"
        summary = {"ModelPackageGroupName": name,
                   "ModelPackageGroupArn": f"arn:aws:sagemaker:{region}:{account}:model-package-group/{name}"}
        if rng.random() < 0.6:
            summary["ModelPackageGroupDescription"] = f"Models for the {name} pipeline, owned by {rng.choice(TEAMS)}."
        summary["CreationTime"] = timestamp(rng)
        summary["ModelPackageGroupStatus"] = rng.choice(["Completed", "Completed", "Completed", "InProgress"])
        summaries.append(summary)
    doc = {"ModelPackageGroupSummaryList": summaries}
    if rng.random() < 0.3:
        doc["NextToken"] = alnum(rng, 48)
    return doc


BUILDERS = {
    "CreateWorkforceRequest": create_request,
    "UpdateWorkforceRequest": update_request,
    "DescribeWorkforceResponse": describe_response,
    "ListWorkforcesResponse": list_workforces_response,
    "ListModelPackageGroupsRequest": lmpg_request,
    "ListModelPackageGroupsResponse": lmpg_response,
}
REQUEST_KINDS = {"CreateWorkforceRequest", "UpdateWorkforceRequest"}
WORKFORCE_KINDS = REQUEST_KINDS | {"DescribeWorkforceResponse", "ListWorkforcesResponse"}


# ----------------------------------------------------------------------------------------------
# Known defects: each mutates a clean document and returns the JSON pointer of the defect, or
# None when the document offers no place for it. Rule ids are those of issues 2 and 3.

def workforces(doc, kind):
    """(pointer, workforce object) pairs of a document."""
    if kind in REQUEST_KINDS:
        return [("", doc)]
    if kind == "DescribeWorkforceResponse":
        return [("/Workforce", doc["Workforce"])]
    if kind == "ListWorkforcesResponse":
        return [(f"/Workforces/{i}", w) for i, w in enumerate(doc["Workforces"])]
    return []


def first_with(doc, kind, member):
    for pointer, wf in workforces(doc, kind):
        if member in wf:
            return pointer, wf
    return None, None


def rename_key(mapping, old, new):
    items = [(new if k == old else k, v) for k, v in mapping.items()]
    mapping.clear()
    mapping.update(items)


def spoil_entry(rng, doc, kind, member, list_name, spoil):
    """Replace one entry of a workforce's member.list_name by spoil(entry), or None (no change)."""
    p, wf = first_with(doc, kind, member)
    if wf is None:
        return None
    entries = wf[member][list_name]
    i = rng.randrange(len(entries))
    spoiled = spoil(entries[i])
    if spoiled is None:
        return None
    entries[i] = spoiled
    return f"{p}/{member}/{list_name}/{i}"


def d_cidr_invalid(rng, doc, kind):
    return spoil_entry(rng, doc, kind, "SourceIpConfig", "Cidrs", lambda _: rng.choice(
        ["10.0.0.256/24", "10.1.0.0/33", "172.16.0/24", "10.20.0.0", "192.168.001.0/24",
         "10.0.0.0/8 ", "2001:db8::1::/64", "10.0.0.0/08"]))


def d_cidr_count(rng, doc, kind):
    p, wf = first_with(doc, kind, "SourceIpConfig")
    if wf is None:
        return None
    wf["SourceIpConfig"]["Cidrs"] = ipv4_cidrs(rng, rng.randint(11, 14))
    return f"{p}/SourceIpConfig/Cidrs"


def d_oidc_http(rng, doc, kind):
    p, wf = first_with(doc, kind, "OidcConfig")
    if wf is None:
        return None
    member = rng.choice(["Issuer", "Issuer"] + ENDPOINT_MEMBERS)
    wf["OidcConfig"][member] = wf["OidcConfig"][member].replace("https://", "http://", 1)
    return f"{p}/OidcConfig/{member}"


def d_oidc_endpoint_missing(rng, doc, kind):
    if kind not in REQUEST_KINDS or "OidcConfig" not in doc:
        return None
    del doc["OidcConfig"][rng.choice(ENDPOINT_MEMBERS)]
    return "/OidcConfig"


def d_security_group(rng, doc, kind):
    return spoil_entry(rng, doc, kind, "WorkforceVpcConfig", "SecurityGroupIds", lambda sg: rng.choice(
        [sg[3:], sg.upper(), "sg_" + sg[3:], sg + "z"]))


def d_subnet(rng, doc, kind):
    return spoil_entry(rng, doc, kind, "WorkforceVpcConfig", "Subnets", lambda subnet: rng.choice(
        [subnet[7:], "subnet_" + subnet[7:], "subnet-" + hex_id(rng, 6)]))


def d_vpc_incomplete(rng, doc, kind):
    p, wf = first_with(doc, kind, "WorkforceVpcConfig")
    if wf is None or kind not in REQUEST_KINDS:
        return None
    del wf["WorkforceVpcConfig"][rng.choice(["Subnets", "SecurityGroupIds", "VpcId"])]
    return f"{p}/WorkforceVpcConfig"


# Mistyped members whose absence causes no second finding (none of them is required).
TYPOS = {"SourceIpConfig": "SourceIPConfig", "WorkforceVpcConfig": "WorkforceVPCConfig", "Tags": "Tag",
         "IpAddressType": "IPAddressType"}


def d_unknown_field(rng, doc, kind):
    for p, wf in workforces(doc, kind):
        present = [k for k in TYPOS if k in wf]
        if present:
            key = rng.choice(present)
            rename_key(wf, key, TYPOS[key])
            return f"{p}/{TYPOS[key]}"
        if "Scope" in wf.get("OidcConfig", {}):
            rename_key(wf["OidcConfig"], "Scope", "Scopes")
            return f"{p}/OidcConfig/Scopes"
    if kind == "ListModelPackageGroupsRequest":
        rename_key(doc, "SortOrder", "SortOder")
        return "/SortOder"
    return None


def d_scope_format(rng, doc, kind):
    p, wf = first_with(doc, kind, "OidcConfig")
    if wf is None:
        return None
    wf["OidcConfig"]["Scope"] = rng.choice(["openid  email", "openid email ", " openid profile",
                                            "openid\temail", 'openid "email"', ""])
    return f"{p}/OidcConfig/Scope"


def d_idp_exclusive(rng, doc, kind):
    if kind != "CreateWorkforceRequest":
        return None
    region = rng.choice(REGIONS)
    if "OidcConfig" in doc:
        doc["CognitoConfig"] = cognito_config(rng, region)
        return "/CognitoConfig"
    doc["OidcConfig"] = oidc_config(rng, for_request=True)
    return "/OidcConfig"


def d_idp_missing(rng, doc, kind):
    if kind != "CreateWorkforceRequest":
        return None
    doc.pop("OidcConfig", None)
    doc.pop("CognitoConfig", None)
    return ""


def d_enum(rng, doc, kind):
    if kind in WORKFORCE_KINDS:
        p, wf = workforces(doc, kind)[0]
        wf["IpAddressType"] = rng.choice(["IPv4", "dual-stack", "ipv6", "Dualstack"])
        return f"{p}/IpAddressType"
    if kind == "ListModelPackageGroupsRequest":
        doc["SortOrder"] = rng.choice(["ascending", "Asc", "DESCENDING"])
        return "/SortOrder"
    return None


def d_name_pattern(rng, doc, kind):
    if kind not in REQUEST_KINDS:
        return None
    doc["WorkforceName"] = rng.choice(["team_labeling_01", "-labeling", "labeling workforce", "vision.private"])
    return "/WorkforceName"


def d_tag_reserved(rng, doc, kind):
    if kind != "CreateWorkforceRequest":
        return None
    doc.setdefault("Tags", []).append({"Key": rng.choice(["aws:owner", "AWS:team", "aws:cloudformation:stack"]),
                                       "Value": "platform"})
    return f"/Tags/{len(doc['Tags']) - 1}/Key"


def d_time_range(rng, doc, kind):
    if kind != "ListModelPackageGroupsRequest":
        return None
    doc["CreationTimeBefore"] = "2022-01-01T00:00:00Z"
    doc["CreationTimeAfter"] = rng.choice(["2023-06-01T00:00:00Z", "2022-01-01T00:00:00Z"])
    return "/CreationTimeAfter"


def d_wrong_type(rng, doc, kind):
    if kind == "ListModelPackageGroupsRequest":
        doc["MaxResults"] = str(doc["MaxResults"])   # a quoted number: WF004
        return "/MaxResults"
    p, wf = first_with(doc, kind, "SourceIpConfig")
    if wf is not None:
        wf["SourceIpConfig"]["Cidrs"] = wf["SourceIpConfig"]["Cidrs"][0]  # a string, not a list
        return f"{p}/SourceIpConfig/Cidrs"
    if kind == "ListModelPackageGroupsResponse":
        doc["ModelPackageGroupSummaryList"][0]["CreationTime"] = "last tuesday"
        return "/ModelPackageGroupSummaryList/0/CreationTime"
    return None


def d_missing_field(rng, doc, kind):
    if kind == "ListModelPackageGroupsResponse":
        del doc["ModelPackageGroupSummaryList"][0]["ModelPackageGroupStatus"]
        return "/ModelPackageGroupSummaryList/0"
    p, wf = first_with(doc, kind, "CognitoConfig")
    if wf is None:
        return None
    del wf["CognitoConfig"]["ClientId"]
    return f"{p}/CognitoConfig"


def with_host_bit(cidr):
    """10.1.2.0/24 -> 10.1.2.1/24: an address with a bit set past the prefix (None for /32, IPv6)."""
    if ":" in cidr or cidr.endswith("/32"):
        return None
    address, prefix = cidr.split("/")
    octets = address.split(".")
    octets[3] = str(int(octets[3]) | 1)
    return ".".join(octets) + "/" + prefix


def d_cidr_host_bits(rng, doc, kind):
    return spoil_entry(rng, doc, kind, "SourceIpConfig", "Cidrs", with_host_bit)


# Alone in a document: a mistyped key hides the defects below it until it is renamed.
SOLE_DEFECTS = {"mistyped-key"}

# name: (rule id, severity, place, mutation). The place is what the defect edits: two defects of one
# document (--findings) edit different places, so that neither hides nor undoes the other.
DEFECTS = {
    "cidr-invalid": ("WF201", "error", "cidrs", d_cidr_invalid),
    "cidr-count": ("WF202", "error", "cidrs", d_cidr_count),
    "cidr-host-bits": ("WF203", "warning", "cidrs", d_cidr_host_bits),
    "oidc-http": ("WF111", "error", "idp", d_oidc_http),
    "oidc-endpoint-missing": ("WF110", "error", "idp", d_oidc_endpoint_missing),
    "security-group-prefix": ("WF210", "error", "vpc", d_security_group),
    "subnet-id": ("WF211", "error", "vpc", d_subnet),
    "vpc-config-incomplete": ("WF213", "error", "vpc", d_vpc_incomplete),
    "mistyped-key": ("WF003", "error", "keys", d_unknown_field),
    "scope-format": ("WF120", "error", "idp", d_scope_format),
    "idp-exclusive": ("WF101", "error", "idp", d_idp_exclusive),
    "idp-missing": ("WF102", "error", "idp", d_idp_missing),
    "enum": ("WF008", "error", "enum", d_enum),
    "name-pattern": ("WF007", "error", "name", d_name_pattern),
    "tag-reserved-prefix": ("WF301", "error", "tags", d_tag_reserved),
    "time-range": ("WF401", "error", "times", d_time_range),
    # Cidrs as a string in a workforce; a list's MaxResults or a summary's CreationTime otherwise.
    "wrong-type": ("WF004", "error", "cidrs", d_wrong_type),
    # Cognito's ClientId; a summary's ModelPackageGroupStatus in a list response.
    "missing-field": ("WF005", "error", "idp", d_missing_field),
}


def inject_defect(rng, doc, kind, taken=()):
    """Apply one applicable defect, chosen at random, that edits none of the places in `taken` (and,
    when some are taken, not one that must be alone: SOLE_DEFECTS); returns its manifest entry, or
    None when `taken` leaves none that applies."""
    names = list(DEFECTS)
    rng.shuffle(names)
    for name in names:
        rule, severity, place, mutate = DEFECTS[name]
        if taken and (place in taken or name in SOLE_DEFECTS):
            continue
        trial = json.loads(json.dumps(doc))        # mutate a copy: a refusal must leave no trace
        pointer = mutate(rng, trial, kind)
        if pointer is not None:
            doc.clear()
            doc.update(trial)
            return {"defect": name, "rule": rule, "severity": severity, "pointer": pointer}
    if taken:
        return None
    raise AssertionError(f"no defect applies to a {kind}")


def place_of(defect):
    return DEFECTS[defect["defect"]][2]


def defects_of(entry):
    """A corpus manifest entry's known defects: the one of the default corpus (its fields in the
    entry itself), the list of the --findings corpus (`defects`), or none."""
    if "defects" in entry:
        return entry["defects"]
    return [{k: entry[k] for k in ("defect", "rule", "severity", "pointer")}] if "rule" in entry else []


# ----------------------------------------------------------------------------------------------
# Fixable defects (--fixable): each mutates a clean document and returns (pointer, fix kind) of
# the defect, or None when the document offers no place for it. The fix kind is the one issue 14
# gives the rule's fix for that value; every value here is written without an escape in both
# formats, so that a fix is offered.

def covered_by(cidr, rng):
    """An IPv4 block inside cidr (itself, or a longer prefix of its network)."""
    address, prefix = cidr.split("/")
    longer = min(32, int(prefix) + rng.choice([0, 4, 8]))
    return f"{address}/{longer}"


def f_cidr_host_bits(rng, doc, kind):
    pointer = d_cidr_host_bits(rng, doc, kind)
    return pointer and (pointer, "safe")


def f_cidr_redundant(rng, doc, kind):
    p, wf = first_with(doc, kind, "SourceIpConfig")
    if wf is None:
        return None
    cidrs = wf["SourceIpConfig"]["Cidrs"]
    ipv4 = [i for i, c in enumerate(cidrs) if ":" not in c]
    if not ipv4:
        return None
    covering = cidrs[rng.choice(ipv4)]
    # After the entry that covers it, so that it is the one reported (an equal one is too).
    at = rng.randint(cidrs.index(covering) + 1, len(cidrs))
    cidrs.insert(at, covered_by(covering, rng))
    return f"{p}/SourceIpConfig/Cidrs/{at}", "safe"


def f_vpc_duplicate(rng, doc, kind):
    p, wf = first_with(doc, kind, "WorkforceVpcConfig")
    if wf is None:
        return None
    name = rng.choice(["SecurityGroupIds", "Subnets"])
    ids = wf["WorkforceVpcConfig"][name]
    if len(ids) >= (5 if name == "SecurityGroupIds" else 16):
        return None
    first = rng.randrange(len(ids))
    at = rng.randint(first + 1, len(ids))
    ids.insert(at, ids[first])
    return f"{p}/WorkforceVpcConfig/{name}/{at}", "safe"


def scope_defect(values, fix):
    def mutate(rng, doc, kind):
        p, wf = first_with(doc, kind, "OidcConfig")
        if wf is None:
            return None
        wf["OidcConfig"]["Scope"] = rng.choice(values)
        return f"{p}/OidcConfig/Scope", fix
    return mutate


def f_enum_case(rng, doc, kind):
    """A value of the right enum member in the wrong case: the one right value for the document."""
    p, wf = workforces(doc, kind)[0]
    if kind in ("DescribeWorkforceResponse", "ListWorkforcesResponse") and rng.random() < 0.5:
        wf["Status"] = rng.choice(["active", "ACTIVE", "updating"])
        return f"{p}/Status", "safe"
    dualstack = any(":" in c for c in wf.get("SourceIpConfig", {}).get("Cidrs", []))
    wf["IpAddressType"] = rng.choice(["DualStack", "Dualstack"] if dualstack else ["IPv4", "IPV4", "Ipv4"])
    return f"{p}/IpAddressType", "safe"


# Mistyped keys and the kind of their rename: safe when only the case differs.
KEY_TYPOS = [("", "SourceIpConfig", "SourceIPConfig", "safe"), ("", "WorkforceVpcConfig", "WorkforceVPCConfig", "safe"),
             ("", "IpAddressType", "IPAddressType", "safe"), ("", "Tags", "Tag", "unsafe"),
             ("/CognitoConfig", "UserPool", "userPool", "safe"), ("/OidcConfig", "ClientId", "ClientID", "safe"),
             ("/OidcConfig", "Issuer", "Isuer", "unsafe")]


def f_mistyped_key(rng, doc, kind):
    for p, wf in workforces(doc, kind):
        typos = [(at, old, new, fix) for at, old, new, fix in KEY_TYPOS
                 if old in (wf.get(at[1:], {}) if at else wf)]
        if typos:
            at, old, new, fix = rng.choice(typos)
            rename_key(wf[at[1:]] if at else wf, old, new)
            return f"{p}{at}/{new}", fix
    return None


class PlainScalar(str):
    """A string YAML writes bare even where PyYAML reads it otherwise (JSON writes any string)."""


def f_yaml_ambiguous(rng, doc, kind):
    """A bare yes/on/off in YAML: the AWS CLI reads a string, PyYAML a boolean."""
    value = PlainScalar(rng.choice(["yes", "on", "off", "No"]))
    if kind == "CreateWorkforceRequest":
        doc.setdefault("Tags", []).append({"Key": "Enabled", "Value": value})
        return f"/Tags/{len(doc['Tags']) - 1}/Value", "safe"
    p, wf = first_with(doc, kind, "OidcConfig")
    if wf is None:
        return None
    wf["OidcConfig"]["AuthenticationRequestExtraParams"] = {"prompt": value}
    return f"{p}/OidcConfig/AuthenticationRequestExtraParams/prompt", "safe"


def f_oidc_scheme(rng, doc, kind):
    """An issuer or endpoint on http:// (unsafe to change: another URL) or with its https:// in
    upper case (safe: the same URL)."""
    p, wf = first_with(doc, kind, "OidcConfig")
    if wf is None:
        return None
    member = rng.choice(["Issuer"] + ENDPOINT_MEMBERS)
    scheme, fix = rng.choice([("http://", "unsafe"), ("HTTPS://", "safe")])
    wf["OidcConfig"][member] = wf["OidcConfig"][member].replace("https://", scheme, 1)
    return f"{p}/OidcConfig/{member}", fix


# YAML has them only: JSON writes no plain scalar.
YAML_ONLY_DEFECTS = {"yaml-ambiguous"}

# name: (rule id, what it edits (one defect a place), mutation)
FIXABLE_DEFECTS = {
    "yaml-ambiguous": ("WF009", "schema", f_yaml_ambiguous),
    "oidc-scheme": ("WF111", "url", f_oidc_scheme),
    "enum-case": ("WF008", "schema", f_enum_case),
    "mistyped-key": ("WF003", "schema", f_mistyped_key),
    "cidr-host-bits": ("WF203", "cidrs", f_cidr_host_bits),
    "cidr-redundant": ("WF204", "cidrs", f_cidr_redundant),
    "vpc-duplicate-id": ("WF214", "vpc", f_vpc_duplicate),
    "scope-duplicate": ("WF122", "scope", scope_defect(
        ["openid email openid", "openid openid", "openid email profile email"], "safe")),
    "scope-format": ("WF120", "scope", scope_defect(["openid  email", "openid email ", " openid profile"], "safe")),
    "scope-comma": ("WF123", "scope", scope_defect(["openid,email", "openid,email profile"], "unsafe")),
    "scope-openid": ("WF121", "scope", scope_defect(["email profile", "email", "profile groups"], "unsafe")),
}


def inject_fixable(rng, doc, kind, fmt, first, taken=()):
    """The first fixable defect from index `first` on (in FIXABLE_DEFECTS' order, wrapping) that
    applies to the document in format `fmt` and edits none of the places in `taken`; its manifest
    entry or None."""
    names = list(FIXABLE_DEFECTS)
    for name in names[first % len(names):] + names[:first % len(names)]:
        rule, place, mutate = FIXABLE_DEFECTS[name]
        if place in taken or (fmt == "json" and name in YAML_ONLY_DEFECTS) or (taken and name in SOLE_DEFECTS):
            continue
        trial = copy.deepcopy(doc)   # keeps a PlainScalar one, where a round trip through JSON would not
        found = mutate(rng, trial, kind)
        if found is not None:
            doc.clear()
            doc.update(trial)
            return {"defect": name, "rule": rule, "place": place, "pointer": found[0], "fix": found[1]}
    return None


def generate_fixable(out, count, seed):
    """count documents of the kinds that can carry fixable defects, each with one (a third with
    two, on different places); the defects taken in turn, so that each kind is about as common."""
    rng = random.Random(seed)
    manifest = []
    index = 0
    while len(manifest) < count:
        kind = rng.choice(sorted(REQUEST_KINDS | {"DescribeWorkforceResponse", "ListWorkforcesResponse"}))
        doc = BUILDERS[kind](rng)
        fmt = rng.choice(["json", "yaml"])
        first = inject_fixable(rng, doc, kind, fmt, index)
        if first is None:
            continue
        defects = [first]
        if rng.random() < 0.33 and first["defect"] not in SOLE_DEFECTS:
            second = inject_fixable(rng, doc, kind, fmt, rng.randrange(len(FIXABLE_DEFECTS)), {first["place"]})
            defects += [second] if second else []
        text = serialize(doc, fmt, rng.randrange(2**32))
        crlf, bom = rng.random() < 0.2, rng.random() < 0.1
        data = (text.replace("\n", "\r\n") if crlf else text).encode()
        rel = f"fixable/{len(manifest):04d}-{FILE_STEM[kind]}.{fmt}"
        os.makedirs(os.path.dirname(os.path.join(out, rel)), exist_ok=True)
        with open(os.path.join(out, rel), "wb") as f:
            f.write((b"\xef\xbb\xbf" if bom else b"") + data)
        for defect in defects:
            del defect["place"]
        manifest.append({"path": rel, "kind": kind, "format": fmt, "crlf": crlf, "bom": bom, "defects": defects})
        index += 1
    return manifest


# ----------------------------------------------------------------------------------------------
# Serialisation: JSON the way editors and the AWS CLI write it, YAML block style by hand
# (stdlib only), with the variations people's files have.

AMBIGUOUS_PLAIN = re.compile(r"(?i)(y|n|yes|no|on|off|true|false|null|~|[-+.0-9].*)")
SAFE_PLAIN = re.compile(r"[A-Za-z$][A-Za-z0-9_.\-/@+=${}]*(?:[ :][A-Za-z0-9_.\-/@+=]+)*")
CIDR_LIKE = re.compile(r"[0-9a-fA-F][0-9a-fA-F:.]*/[0-9]+")


class YamlStyle:
    def __init__(self, rng):
        self.seq_indent = rng.choice([0, 2, 2])       # "- item" under the key, or indented by two
        self.flow_cidrs = rng.random() < 0.25          # Cidrs: [a, b]
        self.quote = rng.choice(["'", '"', None, None])  # quote every string, or only where needed
        self.comment = rng.random() < 0.4


def yaml_scalar(value, style, flow=False):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, PlainScalar):
        return value
    text = value
    if style.quote is None and not flow:
        if SAFE_PLAIN.fullmatch(text) and not AMBIGUOUS_PLAIN.fullmatch(text) and not text.startswith("${"):
            return text
        if CIDR_LIKE.fullmatch(text):
            return text
    if flow and CIDR_LIKE.fullmatch(text) and style.quote is None:
        return text
    if style.quote == "'" and text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


def yaml_lines(value, indent, style, key=None):
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for k, v in value.items():
            if isinstance(v, dict) and v:
                lines.append(f"{pad}{k}:")
                lines += yaml_lines(v, indent + 2, style)
            elif isinstance(v, list) and v:
                if style.flow_cidrs and k == "Cidrs":
                    lines.append(f"{pad}{k}: [" + ", ".join(yaml_scalar(x, style, True) for x in v) + "]")
                else:
                    lines.append(f"{pad}{k}:")
                    lines += yaml_lines(v, indent + style.seq_indent, style)
            elif isinstance(v, (dict, list)):
                lines.append(f"{pad}{k}: {'{}' if isinstance(v, dict) else '[]'}")
            else:
                lines.append(f"{pad}{k}: {yaml_scalar(v, style)}")
        return lines
    if isinstance(value, list):
        lines = []
        for item in value:
            if isinstance(item, dict):
                inner = yaml_lines(item, indent + 2, style)
                inner[0] = pad + "- " + inner[0][indent + 2:]
                lines += inner
            else:
                lines.append(f"{pad}- {yaml_scalar(item, style)}")
        return lines
    return [pad + yaml_scalar(value, style)]


COMMENTS = ["# Managed by the ML platform team; changes need a review from #labeling-ops.",
            "# Generated from the workforce template, then edited by hand.",
            "# Private workforce for the annotation vendors.",
            "# Input for: aws sagemaker create-workforce --cli-input-yaml file://this.yaml"]


def to_yaml(doc, rng):
    style = YamlStyle(rng)
    head = [rng.choice(COMMENTS)] if style.comment else []
    return "\n".join(head + yaml_lines(doc, 0, style)) + "\n"


def to_json(doc, rng):
    return json.dumps(doc, indent=rng.choice([2, 2, 2, 4]), ensure_ascii=False) + "\n"


def serialize(doc, fmt, seed):
    # A private generator per document, so that re-serialising after padding keeps its style.
    rng = random.Random(seed)
    return to_json(doc, rng) if fmt == "json" else to_yaml(doc, rng)


# ----------------------------------------------------------------------------------------------
# Corpus, stream, single file

def pick_kind(rng):
    total = sum(w for _, w in KIND_WEIGHTS)
    r = rng.randrange(total)
    for kind, weight in KIND_WEIGHTS:
        if r < weight:
            return kind
        r -= weight
    raise AssertionError


def make_documents(rng, count, formats):
    """count documents, each {kind, format, doc, style_seed, defect-entry-or-None}."""
    defective = set(rng.sample(range(count), round(count * DEFECT_SHARE)))
    items = []
    for i in range(count):
        kind = pick_kind(rng)
        doc = BUILDERS[kind](rng)
        defect = inject_defect(rng, doc, kind) if i in defective else None
        items.append({"kind": kind, "format": formats[i], "doc": doc, "style": rng.randrange(2**32),
                      "defect": defect})
    return items


def pad_to(rng, items, target_bytes):
    """Grow CreateWorkforce requests by tags (at most 40 each, under the API's 50) until the
    documents add up to target_bytes: the spread of sizes then looks like a real repository's."""
    sizes = [len(serialize(it["doc"], it["format"], it["style"]).encode()) for it in items]
    total = sum(sizes)
    growable = [i for i, it in enumerate(items) if it["kind"] == "CreateWorkforceRequest"]
    while total < target_bytes and growable:
        i = rng.choice(growable)
        doc = items[i]["doc"]
        tags = doc.get("Tags")
        if tags is None:
            tags = doc["Tags"] = []
        if len(tags) >= 40:
            growable.remove(i)
            continue
        tags.insert(rng.randrange(len(tags) + 1) if tags else 0,
                    tag(rng, {t["Key"] for t in tags}))
        if items[i]["defect"] and items[i]["defect"]["pointer"].startswith("/Tags/"):
            # keep the reserved-prefix tag last, and the manifest's pointer on it
            tags.append(tags.pop(next(j for j, t in enumerate(tags) if t["Key"].lower().startswith("aws:"))))
            items[i]["defect"]["pointer"] = f"/Tags/{len(tags) - 1}/Key"
        new = len(serialize(doc, items[i]["format"], items[i]["style"]).encode())
        total += new - sizes[i]
        sizes[i] = new
    return total


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def add_findings(rng, items):
    """--findings: a known defect in every document (one in each clean document, the 20 % keep
    theirs), then a second one where another place of the document offers one. Drawn from rng, a
    generator of their own, after padding: the documents are the corpus's, defects added."""
    for it in items:
        first = it["defect"] or inject_defect(rng, it["doc"], it["kind"])
        defects = [first]
        if first["defect"] not in SOLE_DEFECTS:
            second = inject_defect(rng, it["doc"], it["kind"], {place_of(first)})
            defects += [second] if second else []
        it["defect"] = {"defects": defects}
    return sum(len(serialize(it["doc"], it["format"], it["style"]).encode()) for it in items)


def generate_corpus(out, scale, seed, findings=False):
    rng = random.Random(seed)
    count = DOCS_PER_SCALE * scale
    formats = ["json" if i % 2 == 0 else "yaml" for i in range(count)]
    items = make_documents(rng, count, formats)
    total = pad_to(rng, items, BYTES_PER_SCALE * scale)
    if findings:
        total = add_findings(random.Random(seed + 3), items)
    manifest = []
    per_folder = 50
    for i, it in enumerate(items):
        ext = it["format"] if it["format"] == "json" else rng.choice(["yaml", "yaml", "yaml", "yml"])
        rel = f"corpus/team-{i // per_folder:04d}/sagemaker/{FILE_STEM[it['kind']]}-{i:06d}.{ext}"
        write(os.path.join(out, rel), serialize(it["doc"], it["format"], it["style"]))
        entry = {"path": rel, "kind": it["kind"], "format": it["format"]}
        if it["defect"]:
            entry.update(it["defect"])
        manifest.append(entry)
    return manifest, total


def generate_stream(out, seed):
    """YAML documents separated by '---' until 20 MB; CreateWorkforce requests and
    DescribeWorkforce responses, 20 % with a defect, like a rendered deployment bundle."""
    rng = random.Random(seed + 1)
    parts, manifest, total, index = [], [], 0, 0
    while total < STREAM_BYTES:
        kind = "CreateWorkforceRequest" if rng.random() < 0.75 else "DescribeWorkforceResponse"
        doc = BUILDERS[kind](rng)
        entry = {"document": index, "kind": kind}
        if rng.random() < DEFECT_SHARE:
            entry.update(inject_defect(rng, doc, kind))
        text = "---\n" + serialize(doc, "yaml", rng.randrange(2**32))
        parts.append(text)
        total += len(text.encode())
        manifest.append(entry)
        index += 1
    write(os.path.join(out, "stream.yaml"), "".join(parts))
    return manifest, total


def generate_single(out, seed):
    """A valid OIDC CreateWorkforce request of about 2 KB (YAML)."""
    rng = random.Random(seed + 2)
    doc = {"WorkforceName": "vision-labeling-private"}
    doc["OidcConfig"] = oidc_config(rng, for_request=True)
    doc["OidcConfig"]["Scope"] = "openid email profile"
    doc["SourceIpConfig"] = {"Cidrs": ipv4_cidrs(rng, 8)}
    doc["WorkforceVpcConfig"] = vpc_config(rng, for_response=False)
    doc["IpAddressType"] = "ipv4"
    used, doc["Tags"] = set(), []
    style_seed = rng.randrange(2**32)
    while len(serialize(doc, "yaml", style_seed).encode()) < SINGLE_BYTES - 40:
        doc["Tags"].append(tag(rng, used))
    text = serialize(doc, "yaml", style_seed)
    write(os.path.join(out, "single.yaml"), text)
    return len(text.encode())


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="output folder (created; must not hold an old corpus)")
    parser.add_argument("--scale", type=int, default=1, help="corpus size factor (10 gives 50,000 documents)")
    parser.add_argument("--seed", type=int, default=5, help="random seed (default 5)")
    parser.add_argument("--corpus-only", action="store_true", help="write only corpus/ and the manifest")
    parser.add_argument("--findings", action="store_true",
                        help="the same corpus with a known defect in every document, two in most")
    parser.add_argument("--fixable", type=int, metavar="N",
                        help="write only N documents with fixable defects (fixable/) and their manifest")
    args = parser.parse_args(argv)
    if args.fixable is not None:
        if os.path.exists(os.path.join(args.out, "fixable")):
            parser.error(f"{args.out}/fixable already exists")
        fixable = generate_fixable(args.out, args.fixable, args.seed)
        write(os.path.join(args.out, "manifest.json"),
              json.dumps({"seed": args.seed, "fixable": fixable}, indent=1, ensure_ascii=False) + "\n")
        print(f"fixable: {len(fixable)} documents, {sum(len(e['defects']) for e in fixable)} defects")
        return
    if os.path.exists(os.path.join(args.out, "corpus")):
        parser.error(f"{args.out}/corpus already exists")

    corpus, corpus_bytes = generate_corpus(args.out, args.scale, args.seed, args.findings)
    manifest = {"seed": args.seed, "scale": args.scale, **({"findings": True} if args.findings else {}),
                "corpus_bytes": corpus_bytes, "corpus": corpus}
    if not args.corpus_only:
        manifest["stream"], manifest["stream_bytes"] = generate_stream(args.out, args.seed)
        manifest["single_bytes"] = generate_single(args.out, args.seed)
    write(os.path.join(args.out, "manifest.json"), json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")

    defective = sum(1 for e in corpus if defects_of(e))
    print(f"corpus: {len(corpus)} documents, {corpus_bytes} bytes, {defective} with a known defect"
          + (f" ({sum(len(defects_of(e)) for e in corpus)} defects)" if args.findings else "")
          + (f"; stream: {len(manifest['stream'])} documents, {manifest['stream_bytes']} bytes"
             f"; single: {manifest['single_bytes']} bytes" if not args.corpus_only else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
