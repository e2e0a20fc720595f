using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Credentials;

/// <summary>
/// SR5002 — secrets in plain text in CDK code: <c>SecretValue.UnsafePlainText</c> / <c>SecretValue.PlainText</c>
/// with a constant, <c>Credentials.FromPassword(user, &lt;plain text&gt;)</c> (fixed to
/// <c>Credentials.FromGeneratedSecret(user)</c>), and constant strings in L1 password properties
/// (<c>MasterUserPassword</c> on RDS / DocumentDB / Redshift / Lightsail, IAM <c>CfnUser</c> login profile, ...).
/// CloudFormation dynamic references (<c>{{resolve:...}}</c>) are not plain text.
/// </summary>
public sealed class PlainTextSecretAnalyzer : SharedRespRule
{
    private const string SecretValue = "Amazon.CDK.SecretValue";
    private const string RdsCredentials = "Amazon.CDK.AWS.RDS.Credentials";

    /// <summary>L1 string properties that hold a password (Amazon.CDK.Lib 2.160.0).</summary>
    private static readonly (string Type, string Property)[] PasswordProperties =
    {
        ("Amazon.CDK.AWS.RDS.CfnDBInstance", "MasterUserPassword"),
        ("Amazon.CDK.AWS.RDS.CfnDBInstanceProps", "MasterUserPassword"),
        ("Amazon.CDK.AWS.RDS.CfnDBCluster", "MasterUserPassword"),
        ("Amazon.CDK.AWS.RDS.CfnDBClusterProps", "MasterUserPassword"),
        ("Amazon.CDK.AWS.DocDB.CfnDBCluster", "MasterUserPassword"),
        ("Amazon.CDK.AWS.DocDB.CfnDBClusterProps", "MasterUserPassword"),
        ("Amazon.CDK.AWS.Redshift.CfnCluster", "MasterUserPassword"),
        ("Amazon.CDK.AWS.Redshift.CfnClusterProps", "MasterUserPassword"),
        ("Amazon.CDK.AWS.Lightsail.CfnDatabase", "MasterUserPassword"),
        ("Amazon.CDK.AWS.Lightsail.CfnDatabaseProps", "MasterUserPassword"),
        ("Amazon.CDK.AWS.IAM.CfnUser+LoginProfileProperty", "Password"),
        ("Amazon.CDK.AWS.DMS.CfnEndpoint", "Password"),
        ("Amazon.CDK.AWS.DMS.CfnEndpointProps", "Password"),
        ("Amazon.CDK.AWS.DirectoryService.CfnMicrosoftAD", "Password"),
        ("Amazon.CDK.AWS.DirectoryService.CfnMicrosoftADProps", "Password"),
        ("Amazon.CDK.AWS.DirectoryService.CfnSimpleAD", "Password"),
        ("Amazon.CDK.AWS.DirectoryService.CfnSimpleADProps", "Password"),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR5002_PlainTextSecret);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        foreach (var method in new[] { "UnsafePlainText", "PlainText" })
        {
            rules.OnInvoked(SecretValue, method, static (in InvocationContext c) =>
            {
                if (!IsPlainTextSecret(c.Invocation, c.Aws, c.Context) || IsPasswordOfFromPassword(c.Invocation, c.Aws, c.Context))
                {
                    return;
                }

                c.Report(
                    Descriptors.SR5002_PlainTextSecret,
                    FixSpec.None,
                    "SecretValue." + c.Invocation.TargetMethod.Name + "(...) with a constant",
                    "generate the secret (new Secret(...), Credentials.FromGeneratedSecret) or reference one with SecretValue.SecretsManager / SecretValue.SsmSecure");
            });
        }

        rules.OnInvoked(RdsCredentials, "FromPassword", static (in InvocationContext c) =>
        {
            if (!IsPasswordOfFromPassword(c.Invocation, c.Aws, c.Context, checkArgumentOf: false))
            {
                return;
            }

            c.Report(
                Descriptors.SR5002_PlainTextSecret,
                HasPositionalUsername(c.Invocation) ? FixSpec.CallInstead("FromGeneratedSecret", 1) : FixSpec.None,
                "Credentials.FromPassword(...) with a plain-text password",
                "use Credentials.FromGeneratedSecret(username), which stores a generated password in Secrets Manager");
        });

        foreach (var (type, property) in PasswordProperties)
        {
            rules.OnPropertyAssigned(type, property, static (in PropertyAssignmentContext c) =>
            {
                if (IsPlainText(c.Value.AsString))
                {
                    c.Report(
                        Descriptors.SR5002_PlainTextSecret,
                        FixSpec.None,
                        c.Property.ContainingType.Name + "." + c.Property.Name + " set to a constant",
                        "use a dynamic reference (\"{{resolve:secretsmanager:...}}\") to a generated secret, or ManageMasterUserPassword = true where the resource supports it");
                }
            });
        }
    }

    /// <summary>True for <c>SecretValue.UnsafePlainText("...")</c> / <c>PlainText("...")</c> with a constant that is not a dynamic reference.</summary>
    private static bool IsPlainTextSecret(IOperation? operation, AwsCompilationContext aws, AwsAnalysisContext context) =>
        ValueEvaluator.SkipConversions(operation) is IInvocationOperation { TargetMethod: { IsStatic: true, Name: "UnsafePlainText" or "PlainText" } method } invocation &&
        SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, aws.GetType(SecretValue)) &&
        invocation.Arguments.Length == 1 &&
        IsPlainText(ValueEvaluator.Evaluate(invocation.Arguments[0].Value, context.CancellationToken).AsString);

    /// <summary>
    /// With <paramref name="checkArgumentOf"/>: true when <paramref name="invocation"/> (a plain-text SecretValue) is the
    /// password argument of a reported <c>Credentials.FromPassword</c>. Without: true when <paramref name="invocation"/>
    /// is a <c>Credentials.FromPassword</c> whose password is a plain-text SecretValue.
    /// </summary>
    private static bool IsPasswordOfFromPassword(IInvocationOperation invocation, AwsCompilationContext aws, AwsAnalysisContext context, bool checkArgumentOf = true)
    {
        var fromPassword = invocation;
        if (checkArgumentOf)
        {
            IOperation current = invocation;
            while (current.Parent is IConversionOperation)
            {
                current = current.Parent;
            }

            if (current.Parent is not IArgumentOperation { Parent: IInvocationOperation owner })
            {
                return false;
            }

            fromPassword = owner;
        }

        if (fromPassword.TargetMethod.Name != "FromPassword" ||
            !SymbolEqualityComparer.Default.Equals(fromPassword.TargetMethod.ContainingType?.OriginalDefinition, aws.GetType(RdsCredentials)))
        {
            return false;
        }

        foreach (var argument in fromPassword.Arguments)
        {
            if (argument.Parameter?.Ordinal == 1)
            {
                return IsPlainTextSecret(argument.Value, aws, context);
            }
        }

        return false;
    }

    private static bool HasPositionalUsername(IInvocationOperation invocation) =>
        invocation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } arguments } &&
        arguments[0].NameColon is null && arguments[1].NameColon is null;

    private static bool IsPlainText(string? value) =>
        !string.IsNullOrEmpty(value) &&
        value!.IndexOf("{{resolve:", StringComparison.Ordinal) < 0 &&
        value.IndexOf("${Token[", StringComparison.Ordinal) < 0;
}
