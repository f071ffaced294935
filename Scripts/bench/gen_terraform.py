#!/usr/bin/env python3
"""Terraform inputs for Scripts/bench.sh (issue 13's speed targets), deterministic.

Writes, under --out:
  single.tf    one ~2 KB aws_sagemaker_workforce (the request of single.yaml, without the
               Tags and IpAddressType the provider cannot set), with its provider and a
               sensitive variable for the client secret: the editor-on-save case for .tf
  tf-base/     single.yaml alone (copied from --single): the run the folder below is added to
  tf-noise/    single.yaml and 1,000 .tf files without a workforce, copied round-robin from the
               robustness modules (Tests/Fixtures/terraform/modules, all but labeling/, whose
               files name the resource), each under a folder of its own as in a monorepo
  tf-module100/, tf-module1000/
               one Terraform module each: 100 and 1,000 workforce files in one folder, each
               with a variable and a local value its workforce uses (every file's lint resolves
               them in the whole module): the time must grow with the files, not their square
"""

import argparse
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_corpus import SINGLE_BYTES, idp, alnum, ipv4_cidrs, vpc_config, write  # noqa: E402

NOISE_FILES = 1000


def hcl_list(values, indent):
    inner = "".join(f'{indent}  "{value}",\n' for value in values)
    return "[\n" + inner + indent + "]"


def single_tf(seed):
    """The workforce of generate_single's request, padded to ~2 KB with the comments a module keeps."""
    rng = random.Random(seed + 2)
    issuer, endpoints = idp(rng)
    client_id = alnum(rng, 26)
    cidrs = ipv4_cidrs(rng, 8)
    vpc = vpc_config(rng, for_response=False)
    head = f"""terraform {{
  required_version = ">= 1.6.0"

  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = ">= 5.40, < 7.0"
    }}
  }}
}}

variable "oidc_client_secret" {{
  description = "The OIDC client secret, from the secret store (TF_VAR_oidc_client_secret)"
  type        = string
  sensitive   = true
}}

# The private workforce of the vision labeling team: OIDC sign-in through the
# company IdP, reachable from the office and VPN ranges only, and through the
# labeling VPC's interface endpoint.
resource "aws_sagemaker_workforce" "main" {{
  workforce_name = "vision-labeling-private"

  oidc_config {{
    authorization_endpoint = "{endpoints['AuthorizationEndpoint']}"
    client_id              = "{client_id}"
    client_secret          = var.oidc_client_secret
    issuer                 = "{issuer}"
    jwks_uri               = "{endpoints['JwksUri']}"
    logout_endpoint        = "{endpoints['LogoutEndpoint']}"
    token_endpoint         = "{endpoints['TokenEndpoint']}"
    user_info_endpoint     = "{endpoints['UserInfoEndpoint']}"
    scope                  = "openid email profile"
  }}

  source_ip_config {{
    cidrs = {hcl_list(cidrs, "    ")}
  }}

  workforce_vpc_config {{
    security_group_ids = {hcl_list(vpc["SecurityGroupIds"], "    ")}
    subnets            = {hcl_list(vpc["Subnets"], "    ")}
    vpc_id             = "{vpc["VpcId"]}"
  }}
}}
"""
    notes = ["# Changes to the allow list go through the network team's review.\n",
             "# The client secret rotates every 90 days; apply after each rotation.\n",
             "# Subnets: one per zone the labeling VPC spans.\n"]
    text, index = head, 0
    while len(text.encode()) < SINGLE_BYTES - 60:
        text += ("\n" if index == 0 else "") + notes[index % len(notes)]
        index += 1
    return text


def noise(out, modules, single):
    sources = sorted(
        os.path.join(folder, name)
        for folder, _, names in os.walk(modules)
        for name in names
        if name.endswith(".tf") and not os.path.relpath(folder, modules).startswith("labeling"))
    for kind in ("tf-base", "tf-noise"):
        os.makedirs(os.path.join(out, kind), exist_ok=True)
        shutil.copyfile(single, os.path.join(out, kind, "single.yaml"))
    for index in range(NOISE_FILES):
        source = sources[index % len(sources)]
        module = os.path.basename(os.path.dirname(source))
        target = os.path.join(out, "tf-noise", "stacks", f"{module}-{index // len(sources):03d}", f"{index:04d}-{os.path.basename(source)}")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(source, target)
    return len(sources)


MODULE_SIZES = (100, 1000)


def module_file(index):
    """Workforce file `index` of a module folder: its own variable and local, used by its workforce."""
    return f'''variable "vpc_{index}" {{
  default = "vpc-0123456789abcdef0"
}}

locals {{
  name_{index} = "labelers-{index}"
}}

resource "aws_sagemaker_workforce" "w{index}" {{
  workforce_name = local.name_{index}

  cognito_config {{
    client_id = "c"
    user_pool = "us-east-1_abcDEF123"
  }}

  source_ip_config {{
    cidrs = ["10.0.0.0/16"]
  }}

  workforce_vpc_config {{
    vpc_id             = var.vpc_{index}
    security_group_ids = ["sg-0123456789abcdef0"]
    subnets            = ["subnet-0123456789abcdef0"]
  }}
}}
'''


def modules(out):
    for size in MODULE_SIZES:
        for index in range(size):
            write(os.path.join(out, f"tf-module{size}", f"w{index:04d}.tf"), module_file(index))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--modules", required=True, help="Tests/Fixtures/terraform/modules")
    parser.add_argument("--single", required=True, help="the 2 KB YAML document (single.yaml)")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    text = single_tf(args.seed)
    write(os.path.join(args.out, "single.tf"), text)
    count = noise(args.out, args.modules, args.single)
    modules(args.out)
    print(f"single.tf: {len(text.encode())} bytes; tf-noise: {NOISE_FILES} .tf files from {count} module files; "
          f"tf-module{MODULE_SIZES[0]}, tf-module{MODULE_SIZES[1]}: one module of as many workforce files",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
