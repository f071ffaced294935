"""One valid request per operation (and both identity providers), the points
the generator varies from. Each is accepted by the consumers and by every
wflint rule of error severity; test_differential checks that first."""

VPC = {
    "VpcId": "vpc-0123456789abcdef0",
    "SecurityGroupIds": ["sg-0123456789abcdef0"],
    "Subnets": ["subnet-0123456789abcdef0"],
}

OIDC = {
    "ClientId": "client-id",
    "ClientSecret": "client-secret-value",
    "Issuer": "https://idp.example.com",
    "AuthorizationEndpoint": "https://idp.example.com/authorize",
    "TokenEndpoint": "https://idp.example.com/token",
    "UserInfoEndpoint": "https://idp.example.com/userinfo",
    "LogoutEndpoint": "https://idp.example.com/logout",
    "JwksUri": "https://idp.example.com/jwks",
    "Scope": "openid profile",
    "AuthenticationRequestExtraParams": {"audience": "labeling"},
}

# (name, operation, document)
BASES = [
    ("create-cognito", "CreateWorkforce", {
        "WorkforceName": "team-a",
        "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "client123"},
        "SourceIpConfig": {"Cidrs": ["10.0.0.0/16", "192.168.1.0/24"]},
        "Tags": [{"Key": "team", "Value": "ml"}],
        "WorkforceVpcConfig": VPC,
        "IpAddressType": "ipv4",
    }),
    ("create-oidc", "CreateWorkforce", {"WorkforceName": "team-b", "OidcConfig": OIDC}),
    ("update", "UpdateWorkforce", {
        "WorkforceName": "team-a",
        "SourceIpConfig": {"Cidrs": ["2001:db8::/32"]},
        "OidcConfig": OIDC,
        "WorkforceVpcConfig": VPC,
        "IpAddressType": "dualstack",
    }),
    ("describe", "DescribeWorkforce", {"WorkforceName": "team-a"}),
    ("list-workforces", "ListWorkforces", {
        "SortBy": "Name", "SortOrder": "Ascending", "NameContains": "team", "NextToken": "abc", "MaxResults": 10,
    }),
    ("list-groups", "ListModelPackageGroups", {
        "CreationTimeAfter": "2024-01-01T00:00:00Z",
        "CreationTimeBefore": "2024-06-30T00:00:00Z",
        "MaxResults": 10,
        "NameContains": "group",
        "NextToken": "token",
        "SortBy": "Name",
        "SortOrder": "Descending",
        "CrossAccountFilterOption": "SameAccount",
    }),
]
