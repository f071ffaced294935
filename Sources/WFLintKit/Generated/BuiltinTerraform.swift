// Generated from rules/ by Scripts/generate; do not edit.
// The Terraform resource mapping of rules/shapes/terraform.yaml, in its loaded form.

enum BuiltinTerraform {
    static let workforce = TerraformResourceSchema(
        type: "aws_sagemaker_workforce", kind: .createWorkforceRequest,
        metaArguments: ["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection", "region"],
        messages: ["WF102": "a CreateWorkforce request needs \"cognito_config\" or \"oidc_config\"; neither is set", "WF140": "oidc_config.client_secret is a literal secret committed in the file; set it from a variable declared sensitive = true, whose value comes from outside the repository (TF_VAR_oidc_client_secret, a secret store)", "WF206": "this IPv6 CIDR never matches: the workforce is IPv4-only, and the AWS provider cannot set its IP address type to dualstack; remove it"],
        body: TerraformBlockSchema(
            arguments: [
                TerraformArgument(name: "workforce_name", api: "WorkforceName", type: .string),
            ],
            blocks: [
                TerraformNestedBlock(
                    name: "cognito_config", api: "CognitoConfig", maxItems: 1,
                    body: TerraformBlockSchema(
                        arguments: [
                            TerraformArgument(name: "client_id", api: "ClientId", type: .string),
                            TerraformArgument(name: "user_pool", api: "UserPool", type: .string),
                        ],
                        blocks: [],
                        computed: [])),
                TerraformNestedBlock(
                    name: "oidc_config", api: "OidcConfig", maxItems: 1,
                    body: TerraformBlockSchema(
                        arguments: [
                            TerraformArgument(name: "authorization_endpoint", api: "AuthorizationEndpoint", type: .string),
                            TerraformArgument(name: "client_id", api: "ClientId", type: .string),
                            TerraformArgument(name: "client_secret", api: "ClientSecret", type: .string, isReadBack: false),
                            TerraformArgument(name: "issuer", api: "Issuer", type: .string),
                            TerraformArgument(name: "jwks_uri", api: "JwksUri", type: .string),
                            TerraformArgument(name: "logout_endpoint", api: "LogoutEndpoint", type: .string),
                            TerraformArgument(name: "token_endpoint", api: "TokenEndpoint", type: .string),
                            TerraformArgument(name: "user_info_endpoint", api: "UserInfoEndpoint", type: .string),
                            TerraformArgument(name: "scope", api: "Scope", type: .string, sentWhenEmpty: false),
                            TerraformArgument(name: "authentication_request_extra_params", api: "AuthenticationRequestExtraParams", type: .stringMap),
                        ],
                        blocks: [],
                        computed: [])),
                TerraformNestedBlock(
                    name: "source_ip_config", api: "SourceIpConfig", maxItems: 1,
                    body: TerraformBlockSchema(
                        arguments: [
                            TerraformArgument(name: "cidrs", api: "Cidrs", type: .stringSet),
                        ],
                        blocks: [],
                        computed: [])),
                TerraformNestedBlock(
                    name: "workforce_vpc_config", api: "WorkforceVpcConfig", maxItems: 1,
                    body: TerraformBlockSchema(
                        arguments: [
                            TerraformArgument(name: "security_group_ids", api: "SecurityGroupIds", type: .stringSet),
                            TerraformArgument(name: "subnets", api: "Subnets", type: .stringSet),
                            TerraformArgument(name: "vpc_id", api: "VpcId", type: .string),
                        ],
                        blocks: [],
                        computed: ["vpc_endpoint_id"])),
            ],
            computed: ["arn", "subdomain"]))
}
