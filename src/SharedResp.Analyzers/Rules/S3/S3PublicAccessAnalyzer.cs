using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.S3;

/// <summary>
/// SR3001 — S3 bucket or objects made public, by a canned ACL, a grant to the AllUsers / AuthenticatedUsers
/// groups, <c>PublicReadAccess = true</c> or <c>GrantPublicAccess()</c>.
/// </summary>
public sealed class S3PublicAccessAnalyzer : SharedRespRule
{
    private const string S3CannedAcl = "Amazon.S3.S3CannedACL";
    private const string S3Grantee = "Amazon.S3.Model.S3Grantee";
    private const string BucketAccessControl = "Amazon.CDK.AWS.S3.BucketAccessControl";

    private const string Anyone = "anyone on the internet";
    private const string AnyoneWrite = "anyone on the internet, who can also write and delete";
    private const string AnyAwsAccount = "every AWS account in the world";

    private const string AllUsersGroup = "acs.amazonaws.com/groups/global/AllUsers";
    private const string AuthenticatedUsersGroup = "acs.amazonaws.com/groups/global/AuthenticatedUsers";

    /// <summary>SDK canned ACLs: static field name, wire value, audience.</summary>
    private static readonly (string Member, string Wire, string Audience)[] PublicCannedAcls =
    {
        ("PublicRead", "public-read", Anyone),
        ("PublicReadWrite", "public-read-write", AnyoneWrite),
        ("AuthenticatedRead", "authenticated-read", AnyAwsAccount),
    };

    /// <summary>CDK <c>BucketAccessControl</c> members and CloudFormation <c>AccessControl</c> strings.</summary>
    private static readonly (string Member, string CfnValue, string Audience)[] PublicBucketAccessControls =
    {
        ("PUBLIC_READ", "PublicRead", Anyone),
        ("PUBLIC_READ_WRITE", "PublicReadWrite", AnyoneWrite),
        ("AUTHENTICATED_READ", "AuthenticatedRead", AnyAwsAccount),
    };

    private static readonly string[] SdkGrantHeaderProperties = { "GrantRead", "GrantWrite", "GrantReadACP", "GrantWriteACP", "GrantFullControl" };

    private static readonly string[] SdkGrantHeaderTypes =
    {
        "Amazon.S3.Model.PutBucketAclRequest",
        "Amazon.S3.Model.PutObjectAclRequest",
        "Amazon.S3.Model.CopyObjectRequest",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3001_S3PublicAccess);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        // SDK: any S3CannedACL-typed property (PutObject, PutBucket, PutBucketAcl.ACL, CopyObject, InitiateMultipartUpload, TransferUtility, ...).
        rules.OnPropertyOfTypeAssigned(S3CannedAcl, static (in PropertyAssignmentContext c) =>
        {
            var cannedAcl = c.Aws.GetType(S3CannedAcl);
            foreach (var (member, wire, audience) in PublicCannedAcls)
            {
                if (c.Value.IsMemberOf(cannedAcl, member) || string.Equals(c.Value.AsString, wire, StringComparison.Ordinal))
                {
                    c.Report(
                        Descriptors.SR3001_S3PublicAccess,
                        FixSpec.Replace(FixValue.Member(S3CannedAcl, "Private")),
                        "Canned ACL " + member,
                        Target(c.Property.ContainingType.Name),
                        audience,
                        "use S3CannedACL.Private and grant access to named principals instead");
                    return;
                }
            }
        },
        SyntaxFilters.UnlessValueIs("Private", "BucketOwnerFullControl", "BucketOwnerRead", "NoACL", "LogDeliveryWrite", "AWSExecRead", "private", "bucket-owner-full-control", "bucket-owner-read", "log-delivery-write", "aws-exec-read"),
        "CannedACL",
        "ACL");

        // SDK: grants to the global groups, by grantee URI ...
        rules.OnPropertyAssigned(S3Grantee, "URI", static (in PropertyAssignmentContext c) => ReportGroupGrant(c, "Grant to the group " + c.Value.AsString), MayNameGlobalGroup);

        // ... or in the x-amz-grant-* header properties ("uri=http://acs.amazonaws.com/groups/global/AllUsers").
        foreach (var type in SdkGrantHeaderTypes)
        {
            foreach (var property in SdkGrantHeaderProperties)
            {
                rules.OnPropertyAssigned(type, property, static (in PropertyAssignmentContext c) => ReportGroupGrant(c, c.Property.Name + " to a global group"), MayNameGlobalGroup);
            }
        }

        // CDK: BucketProps.AccessControl, BucketDeploymentProps.AccessControl, and any other BucketAccessControl-typed property.
        rules.Forbid(
            Descriptors.SR3001_S3PublicAccess,
            BucketAccessControl,
            Array.ConvertAll(PublicBucketAccessControls, static acl => acl.Member),
            "PRIVATE",
            static (in PropertyAssignmentContext c, string member) => new object?[]
            {
                "BucketAccessControl." + member,
                c.Property.ContainingType.Name.StartsWith("BucketDeployment", StringComparison.Ordinal) ? "the deployed objects" : "the bucket",
                Array.Find(PublicBucketAccessControls, acl => acl.Member == member).Audience,
                "use BucketAccessControl.PRIVATE",
            },
            "AccessControl");

        // CDK L1: CfnBucket AccessControl "PublicRead" / "PublicReadWrite" / "AuthenticatedRead", in props or on the construct.
        var privateCfnAccessControl = SyntaxFilters.UnlessValueIs("Private", "BucketOwnerFullControl", "BucketOwnerRead", "LogDeliveryWrite", "AwsExecRead");
        rules.OnPropertyAssigned("Amazon.CDK.AWS.S3.CfnBucketProps", "AccessControl", ReportCfnAccessControl, privateCfnAccessControl);
        rules.OnPropertyAssigned("Amazon.CDK.AWS.S3.CfnBucket", "AccessControl", ReportCfnAccessControl, privateCfnAccessControl);

        // CDK: PublicReadAccess = true.
        rules.OnPropertyAssigned("Amazon.CDK.AWS.S3.BucketProps", "PublicReadAccess", static (in PropertyAssignmentContext c) =>
        {
            if (c.Value.IsTrue)
            {
                c.Report(
                    Descriptors.SR3001_S3PublicAccess,
                    c.IsRemovable ? FixSpec.Remove() : FixSpec.None,
                    "PublicReadAccess = true",
                    "every object in the bucket",
                    Anyone,
                    "remove it and serve content through CloudFront with origin access control");
            }
        },
        SyntaxFilters.UnlessValueIs("false"));

        // CDK: bucket.GrantPublicAccess(...).
        rules.OnInvoked("Amazon.CDK.AWS.S3.IBucket", "GrantPublicAccess", static (in InvocationContext c) =>
            c.Report(
                Descriptors.SR3001_S3PublicAccess,
                c.IsStatement ? FixSpec.Remove() : FixSpec.None,
                "GrantPublicAccess()",
                "the bucket's objects",
                Anyone,
                "remove the call and grant access to named principals instead"));
    }

    /// <summary>Syntax pre-filter: a string literal that does not name a global group is of no interest.</summary>
    private static bool MayNameGlobalGroup(ExpressionSyntax value) =>
        value is not LiteralExpressionSyntax { Token.Value: string text } || text.IndexOf("/groups/global/", StringComparison.OrdinalIgnoreCase) >= 0;

    private static void ReportCfnAccessControl(in PropertyAssignmentContext c)
    {
        foreach (var (member, cfnValue, audience) in PublicBucketAccessControls)
        {
            if (string.Equals(c.Value.AsString, cfnValue, StringComparison.Ordinal))
            {
                c.Report(
                    Descriptors.SR3001_S3PublicAccess,
                    FixSpec.Replace(FixValue.String("Private")),
                    "AccessControl \"" + cfnValue + "\"",
                    "the bucket",
                    audience,
                    "use \"Private\"");
                return;
            }
        }
    }

    private static void ReportGroupGrant(in PropertyAssignmentContext c, string what)
    {
        var text = c.Value.AsString;
        if (text is null)
        {
            return;
        }

        string? audience = null;
        if (text.IndexOf(AllUsersGroup, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            audience = Anyone;
        }
        else if (text.IndexOf(AuthenticatedUsersGroup, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            audience = AnyAwsAccount;
        }

        if (audience is not null)
        {
            c.Report(Descriptors.SR3001_S3PublicAccess, FixSpec.None, what, "the bucket or object", audience, "grant to named accounts or canonical users instead of a global group");
        }
    }

    private static string Target(string requestTypeName) => requestTypeName switch
    {
        "PutBucketRequest" or "PutBucketAclRequest" => "the bucket",
        _ => "the object",
    };
}
