using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Iam;

/// <summary>
/// SR2006 — IAM users with a console password (CDK <c>UserProps.Password</c>, SDK <c>CreateLoginProfileRequest</c>)
/// or with permissions attached straight to them (CDK <c>user.AddToPolicy</c> / <c>AddToPrincipalPolicy</c> /
/// <c>AddManagedPolicy</c>, <c>UserProps.ManagedPolicies</c>; SDK <c>AttachUserPolicyRequest</c>, <c>PutUserPolicyRequest</c>).
/// </summary>
public sealed class IamUserAnalyzer : SharedRespRule
{
    private const string User = "Amazon.CDK.AWS.IAM.User";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR2006_IamUser);

    internal override void Declare(RuleEngine rules)
    {
        rules.OnPropertyAssigned("Amazon.CDK.AWS.IAM.UserProps", "Password", static (in PropertyAssignmentContext c) =>
        {
            if (!IsNull(c.Assignment.Value))
            {
                c.Report(Descriptors.SR2006_IamUser, FixSpec.None, "UserProps.Password", "gives an IAM user a console password");
            }
        });

        rules.OnPropertyAssigned("Amazon.CDK.AWS.IAM.UserProps", "ManagedPolicies", static (in PropertyAssignmentContext c) =>
        {
            if (!IsNull(c.Assignment.Value) && !IsEmpty(c.Assignment.Value))
            {
                c.Report(Descriptors.SR2006_IamUser, FixSpec.None, "UserProps.ManagedPolicies", "attaches permissions directly to an IAM user");
            }
        });

        // Policies attached to users: new Policy(..., new PolicyProps { Users = ... }), policy.AttachToUser(user).
        foreach (var props in new[] { "Amazon.CDK.AWS.IAM.PolicyProps", "Amazon.CDK.AWS.IAM.ManagedPolicyProps" })
        {
            rules.OnPropertyAssigned(props, "Users", static (in PropertyAssignmentContext c) =>
            {
                if (!IsNull(c.Assignment.Value) && !IsEmpty(c.Assignment.Value))
                {
                    c.Report(Descriptors.SR2006_IamUser, FixSpec.None, c.Property.ContainingType.Name + ".Users", "attaches a policy directly to IAM users");
                }
            });
        }

        foreach (var policy in new[] { "Amazon.CDK.AWS.IAM.Policy", "Amazon.CDK.AWS.IAM.ManagedPolicy" })
        {
            rules.OnInvoked(policy, "AttachToUser", static (in InvocationContext c) =>
                c.Report(Descriptors.SR2006_IamUser, FixSpec.None, c.Invocation.TargetMethod.ContainingType.Name + ".AttachToUser(...)", "attaches a policy directly to an IAM user"));
        }

        foreach (var method in new[] { "AddToPolicy", "AddToPrincipalPolicy", "AddManagedPolicy", "AttachInlinePolicy" })
        {
            rules.OnInvoked(User, method, (in InvocationContext c) =>
                c.Report(Descriptors.SR2006_IamUser, FixSpec.None, "User." + c.Invocation.TargetMethod.Name + "(...)", "attaches permissions directly to an IAM user"));
        }

        rules.OnCreated("Amazon.IdentityManagement.Model.CreateLoginProfileRequest", static (in CreationContext c) =>
            c.Context.Report(Descriptors.SR2006_IamUser, c.Creation, FixSpec.None, "CreateLoginProfileRequest", "gives an IAM user a console password"));
        rules.OnCreated("Amazon.IdentityManagement.Model.AttachUserPolicyRequest", static (in CreationContext c) =>
            c.Context.Report(Descriptors.SR2006_IamUser, c.Creation, FixSpec.None, "AttachUserPolicyRequest", "attaches a managed policy directly to an IAM user"));
        rules.OnCreated("Amazon.IdentityManagement.Model.PutUserPolicyRequest", static (in CreationContext c) =>
            c.Context.Report(Descriptors.SR2006_IamUser, c.Creation, FixSpec.None, "PutUserPolicyRequest", "puts an inline policy directly on an IAM user"));
    }

    private static bool IsNull(IOperation value) =>
        ValueEvaluator.SkipConversions(value) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } };

    private static bool IsEmpty(IOperation value) =>
        ValueEvaluator.SkipConversions(value) is IArrayCreationOperation array &&
        (array.Initializer is { ElementValues.Length: 0 } ||
         (array.Initializer is null && array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 }));
}
