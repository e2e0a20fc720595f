using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Lambda;

/// <summary>
/// SR4001 — Lambda runtime past end of support: CDK <c>Runtime.*</c> members that are deprecated in the referenced
/// CDK or past their end-of-support date in <see cref="LambdaRuntimeSupport"/> (also when used only for a bundling
/// image), <c>new Runtime("&lt;name&gt;", ...)</c>, and <c>CfnFunction.Runtime</c> strings. The fix swaps in the newest
/// still-supported member of the same language that the compilation's <c>Runtime</c> type has; when there is none,
/// no fix is offered and the message names the Amazon.CDK.Lib that brings one.
/// </summary>
public sealed class LambdaRuntimeAnalyzer : SharedRespRule
{
    private const string Runtime = "Amazon.CDK.AWS.Lambda.Runtime";

    /// <summary>The <c>Runtime</c> members <see cref="LambdaRuntimeSupport"/> knows.</summary>
    private static readonly HashSet<string> KnownMembers = CollectKnownMembers();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR4001_LambdaRuntimeEndOfSupport);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        if (!aws.HasCdk)
        {
            return;
        }

        // Runtime.X (also qualified, Lambda.Runtime.X) is a reference written as a member access: any member of a type
        // written Runtime (an obsolete member this catalog does not know included), a member this catalog knows, or
        // anything in a file with using aliases; X alone (using static) as a name this catalog knows. Nothing of the
        // Runtime type is looked at until a reference passes.
        Func<SyntaxNode, bool> mayName = node => node switch
        {
            MemberAccessExpressionSyntax memberAccess => KnownMembers.Contains(memberAccess.Name.Identifier.ValueText) ||
                                                         SyntaxFilters.RightmostName(memberAccess.Expression) == "Runtime" ||
                                                         aws.HasUsingAliases(node.SyntaxTree),
            IdentifierNameSyntax name => KnownMembers.Contains(name.Identifier.ValueText),
            _ => false,
        };
        rules.OnOperation(OperationKind.PropertyReference, mayName, null, AnalyzeMember);
        rules.OnOperation(OperationKind.FieldReference, mayName, null, AnalyzeMember);

        rules.OnCreated(Runtime, static (in CreationContext c) =>
        {
            if (c.Creation.Arguments.Length > 0 && c.Creation.Arguments[0].Parameter?.Ordinal == 0 &&
                ValueEvaluator.Evaluate(c.Creation.Arguments[0].Value, c.Context.CancellationToken).AsString is { } name &&
                LambdaRuntimeSupport.ByName(name) is { IsSupported: false } entry)
            {
                c.Context.Report(
                    Descriptors.SR4001_LambdaRuntimeEndOfSupport,
                    c.Creation,
                    FixSpec.None,
                    "new Runtime(\"" + name + "\") (" + entry.Display + ") reached end of support on " + entry.EndOfSupportText,
                    Remedy(entry, (INamedTypeSymbol)c.Creation.Type!.OriginalDefinition, out _));
            }
        });

        foreach (var type in new[] { "Amazon.CDK.AWS.Lambda.CfnFunction", "Amazon.CDK.AWS.Lambda.CfnFunctionProps" })
        {
            rules.OnPropertyAssigned(type, "Runtime", (in PropertyAssignmentContext c) =>
            {
                if (c.Value.AsString is { } name && LambdaRuntimeSupport.ByName(name) is { IsSupported: false } entry)
                {
                    c.Report(
                        Descriptors.SR4001_LambdaRuntimeEndOfSupport,
                        FixSpec.None,
                        "CfnFunction Runtime \"" + name + "\" (" + entry.Display + ") reached end of support on " + entry.EndOfSupportText,
                        NewestSupportedName(entry.Family) is { } newest ? "use \"" + newest + "\"" : "move to a supported runtime");
                }
            });
        }
    }

    private static void AnalyzeMember(AwsAnalysisContext context)
    {
        var member = context.Operation switch
        {
            IPropertyReferenceOperation { Instance: null } property => (ISymbol)property.Property,
            IFieldReferenceOperation { Instance: null } field => field.Field,
            _ => null,
        };

        if (member is null || !member.IsStatic || !AwsTypeTable.Is(member.ContainingType?.OriginalDefinition, Runtime) ||
            RuleEngine.IsInBrokenCode(context.Operation.Syntax) || IsComparison(context.Operation))
        {
            return;
        }

        var runtimeType = member.ContainingType!.OriginalDefinition;

        var entry = LambdaRuntimeSupport.ByMember(member.Name);
        var isObsolete = IsObsolete(member);
        if (entry is null)
        {
            if (isObsolete)
            {
                context.Report(
                    Descriptors.SR4001_LambdaRuntimeEndOfSupport,
                    context.Operation,
                    FixSpec.None,
                    "Runtime." + member.Name + " is deprecated in the referenced Amazon.CDK.Lib",
                    "move to a supported runtime");
            }

            return;
        }

        if (entry.IsSupported && !isObsolete)
        {
            return;
        }

        var remedy = Remedy(entry, runtimeType, out var replacement);
        context.Report(
            Descriptors.SR4001_LambdaRuntimeEndOfSupport,
            context.Operation,
            replacement is null ? FixSpec.None : FixSpec.Replace(FixValue.Member(Runtime, replacement)),
            entry.IsSupported
                ? "Runtime." + member.Name + " (" + entry.Display + ") is deprecated in the referenced Amazon.CDK.Lib"
                : "Runtime." + member.Name + " (" + entry.Display + ") reached end of support on " + entry.EndOfSupportText,
            remedy);
    }

    /// <summary>The remedy text, and the member to swap in: the newest supported member of the family that this compilation's <c>Runtime</c> has.</summary>
    private static string Remedy(LambdaRuntimeSupport.Entry entry, INamedTypeSymbol runtimeType, out string? replacement)
    {
        replacement = null;
        LambdaRuntimeSupport.Entry? best = null;
        foreach (var candidate in LambdaRuntimeSupport.Runtimes)
        {
            if (candidate.Family != entry.Family || !candidate.IsSupported || candidate.Member is null ||
                (best is not null && candidate.EndOfSupport < best.EndOfSupport))
            {
                continue;
            }

            foreach (var member in runtimeType.GetMembers(candidate.Member))
            {
                if (member.IsStatic && member.DeclaredAccessibility == Accessibility.Public && member is IPropertySymbol or IFieldSymbol && !IsObsolete(member))
                {
                    best = candidate;
                    break;
                }
            }
        }

        if (best is not null)
        {
            replacement = best.Member;
            return "use Runtime." + best.Member + " (" + best.Display + ", supported until " + best.EndOfSupportText + ")";
        }

        var newest = NewestSupportedName(entry.Family);
        var newerCdk = entry.Family switch
        {
            "nodejs" => LambdaRuntimeSupport.NewerCdkForNode,
            "dotnet" => LambdaRuntimeSupport.NewerCdkForDotnet,
            _ => null,
        };

        if (entry.Family == "go")
        {
            return "build the function for Runtime.PROVIDED_AL2023 (a bootstrap binary), the successor of go1.x";
        }

        var text = "the referenced Amazon.CDK.Lib has no supported " + FamilyName(entry.Family) + " runtime";
        if (newerCdk is not null)
        {
            text += ": upgrade to Amazon.CDK.Lib " + newerCdk + " or later";
        }

        if (newest is not null)
        {
            text += (newerCdk is null ? ": " : ", or ") + "name it with new Runtime(\"" + newest + "\", RuntimeFamily." + RuntimeFamilyMember(entry.Family) + ")";
        }

        return text;
    }

    private static string? NewestSupportedName(string family)
    {
        LambdaRuntimeSupport.Entry? best = null;
        foreach (var candidate in LambdaRuntimeSupport.Runtimes)
        {
            if (candidate.Family == family && candidate.IsSupported && (best is null || candidate.EndOfSupport >= best.EndOfSupport))
            {
                best = candidate;
            }
        }

        return best?.Name;
    }

    private static string FamilyName(string family) => family switch
    {
        "nodejs" => "Node.js",
        "dotnet" => ".NET",
        "python" => "Python",
        "java" => "Java",
        "ruby" => "Ruby",
        _ => family,
    };

    private static string RuntimeFamilyMember(string family) => family switch
    {
        "nodejs" => "NODEJS",
        "dotnet" => "DOTNET_CORE",
        "python" => "PYTHON",
        "java" => "JAVA",
        "ruby" => "RUBY",
        "go" => "GO",
        _ => "OTHER",
    };

    /// <summary>
    /// Marked <c>[System.Obsolete]</c> (by name: looking the attribute type up in a fresh compilation cost 2.5 ms of
    /// every IDE edit's compilation start).
    /// </summary>
    private static HashSet<string> CollectKnownMembers()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in LambdaRuntimeSupport.Runtimes)
        {
            if (entry.Member is { } member)
            {
                names.Add(member);
            }
        }

        return names;
    }

    private static bool IsObsolete(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A runtime compared with (<c>fn.Runtime == Runtime.NODEJS_18_X</c>, <c>Equals</c>, <c>RuntimeEquals</c>) is not used.</summary>
    private static bool IsComparison(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IBinaryOperation => true,
            IIsPatternOperation => true,
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Equals" or "RuntimeEquals" or "ReferenceEquals" } } => true,
            IInvocationOperation { TargetMethod.Name: "Equals" or "RuntimeEquals" } => true,
            _ => false,
        };
    }
}
