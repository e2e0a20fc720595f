using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Credentials;

/// <summary>
/// SR5001 — hard-coded AWS credentials: <c>BasicAWSCredentials</c> / <c>SessionAWSCredentials</c> built from
/// constants, service client constructors given key strings, and string constants shaped like an access key id
/// (<c>AKIA</c>/<c>ASIA</c> + 16 characters) or passed right after one as its secret. Placeholders used with local
/// emulators and tests, AWS's documented example keys, and the values listed in <c>sharedresp.SR5001.placeholder_values</c>
/// (<see cref="Options.SR5001PlaceholderValues"/>) are not reported.
/// </summary>
public sealed class HardCodedCredentialsAnalyzer : SharedRespRule
{
    private const string BasicCredentials = "Amazon.Runtime.BasicAWSCredentials";
    private const string SessionCredentials = "Amazon.Runtime.SessionAWSCredentials";
    private const string ImmutableCredentials = "Amazon.Runtime.ImmutableCredentials";
    private const string ServiceClient = "Amazon.Runtime.AmazonServiceClient";
    private const string AwsCredentials = "Amazon.Runtime.AWSCredentials";
    private const string Remedy = "use the default credential chain (environment, profile, IAM role) and construct the client without credentials";

    private static readonly string[] ClientKeyParameters = { "awsAccessKeyId", "awsSecretAccessKey", "awsSessionToken" };

    /// <summary>Characters that make an interpolated string's text differ from its value (escapes, doubled braces).</summary>
    private static readonly char[] EscapeCharacters = { '\\', '{', '}' };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR5001_HardCodedCredentials);

    internal override void Declare(RuleEngine rules)
    {
        // Key literals are looked for in every AWS project (a CDK app can write one into a function's environment);
        // the credential and client types exist only with the SDK.
        // A credentials or client creation takes at least the key and the secret; a reported literal is a key id or a
        // secret (text pre-filters).
        rules.OnOperation(
            OperationKind.ObjectCreation,
            static node => node is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: >= 2 },
            symbol => symbol is IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } type } &&
                      (IsCredentialsObject(type) || IsClient(type)),
            AnalyzeCreation);
        rules.OnSyntaxNode(
            c =>
            {
                if (LiteralOperation(c) is { } literal)
                {
                    AnalyzeLiteral(new AwsAnalysisContext(c, literal));
                }
            },
            SyntaxKind.StringLiteralExpression,
            SyntaxKind.InterpolatedStringText);
    }

    /// <summary>
    /// The string literal operation of a literal expression, or of the text part of an interpolated string, when its
    /// text could be reported (an access key id or a secret: the same tests as <see cref="AnalyzeLiteral"/> makes,
    /// without the project's placeholders, which only rule out more).
    /// </summary>
    private static IOperation? LiteralOperation(SyntaxNodeAnalysisContext context)
    {
        switch (context.Node)
        {
            case LiteralExpressionSyntax literal when IsCandidateText(literal.Token.ValueText):
                return context.SemanticModel.GetOperation(literal, context.CancellationToken) is ILiteralOperation operation ? operation : null;
            case InterpolatedStringTextSyntax text when IsCandidateText(text.TextToken.ValueText) || text.TextToken.Text.IndexOfAny(EscapeCharacters) >= 0:
                return context.SemanticModel.GetOperation(text, context.CancellationToken) is IInterpolatedStringTextOperation { Text: ILiteralOperation part } ? part : null;
            default:
                return null;
        }
    }

    private static bool IsCandidateText(string text) => CredentialShapes.IsAccessKeyId(text) || CredentialShapes.LooksLikeSecretKey(text);

    private static void AnalyzeCreation(AwsAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || RuleEngine.IsInBrokenCode(creation.Syntax))
        {
            return;
        }

        var extra = ExtraPlaceholders(context);

        if (IsCredentialsObject(type))
        {
            if (!IsHardCodedCredentials(creation, context, extra))
            {
                return;
            }

            context.Report(
                Descriptors.SR5001_HardCodedCredentials,
                creation,
                CredentialsArgumentFix(creation),
                "new " + type.Name + "(...) is built from an access key and secret written in the code",
                Remedy);
            return;
        }

        if (IsClient(type) && HasHardCodedKeyArguments(creation, context, extra, out var indices))
        {
            context.Report(
                Descriptors.SR5001_HardCodedCredentials,
                creation,
                HasOverloadWithout(creation, indices) ? FixSpec.RemoveArguments(indices.ToArray()) : FixSpec.None,
                "new " + type.Name + "(...) is given an access key and secret written in the code",
                Remedy);
        }
    }

    private static void AnalyzeLiteral(AwsAnalysisContext context)
    {
        var literal = (ILiteralOperation)context.Operation;
        // Only an access key id (20 characters) or a secret (40) is ever reported from a literal.
        if (literal.ConstantValue is not { HasValue: true, Value: string { Length: 20 or 40 } text } || RuleEngine.IsInBrokenCode(literal.Syntax))
        {
            return;
        }

        var extra = ExtraPlaceholders(context);

        var argument = ArgumentOf(literal);
        if (argument?.Parent is IObjectCreationOperation owner && owner.Type is INamedTypeSymbol ownerType &&
            ((IsCredentialsObject(ownerType) && IsHardCodedCredentials(owner, context, extra)) ||
             (IsClient(ownerType) && HasHardCodedKeyArguments(owner, context, extra, out _))))
        {
            // Already reported on the credentials or client creation.
            return;
        }

        if (CredentialShapes.IsAccessKeyId(text, extra))
        {
            context.Report(Descriptors.SR5001_HardCodedCredentials, literal, FixSpec.None, "\"" + text + "\" is an AWS access key id written in the code", "remove it, rotate the key, and " + Remedy);
            return;
        }

        // The secret passed right after an access key id (any call: a helper, a dictionary, a config builder).
        if (argument is not null && CredentialShapes.LooksLikeSecretKey(text, extra) && PreviousArgument(argument) is { } previous &&
            ValueEvaluator.Evaluate(previous.Value, context.CancellationToken).AsString is { } key && CredentialShapes.IsAccessKeyId(key, extra))
        {
            context.Report(Descriptors.SR5001_HardCodedCredentials, literal, FixSpec.None, "the secret paired with access key id \"" + key + "\" is written in the code", "remove it, rotate the key, and " + Remedy);
            return;
        }

        // The secret set beside an access key id in the same object initializer: { AccessKey = "AKIA...", SecretKey = "..." }.
        if (argument is null && CredentialShapes.LooksLikeSecretKey(text, extra) && SiblingAccessKeyId(literal, context, extra) is { } siblingKey)
        {
            context.Report(Descriptors.SR5001_HardCodedCredentials, literal, FixSpec.None, "the secret paired with access key id \"" + siblingKey + "\" is written in the code", "remove it, rotate the key, and " + Remedy);
        }
    }

    /// <summary>The access key id assigned by another member of the object initializer that assigns <paramref name="literal"/>, if any.</summary>
    private static string? SiblingAccessKeyId(IOperation literal, AwsAnalysisContext context, ImmutableArray<string> extra)
    {
        var current = literal;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        if (current.Parent is not ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation initializer } assignment || assignment.Value != current)
        {
            return null;
        }

        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation other && other != assignment &&
                ValueEvaluator.Evaluate(other.Value, context.CancellationToken).AsString is { } key && CredentialShapes.IsAccessKeyId(key, extra))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>True when the access key and secret arguments are both constants that are not placeholders.</summary>
    private static bool IsHardCodedCredentials(IObjectCreationOperation creation, AwsAnalysisContext context, ImmutableArray<string> extra)
    {
        if (creation.Arguments.Length < 2)
        {
            return false;
        }

        string? accessKey = null;
        string? secret = null;
        foreach (var argument in creation.Arguments)
        {
            var value = ValueEvaluator.Evaluate(argument.Value, context.CancellationToken).AsString;
            switch (argument.Parameter?.Ordinal)
            {
                case 0:
                    accessKey = value;
                    break;
                case 1:
                    secret = value;
                    break;
            }
        }

        return IsHardCodedPair(accessKey, secret, extra);
    }

    private static bool HasHardCodedKeyArguments(IObjectCreationOperation creation, AwsAnalysisContext context, ImmutableArray<string> extra, out ImmutableArray<int>.Builder indices)
    {
        indices = ImmutableArray.CreateBuilder<int>();
        string? accessKey = null;
        string? secret = null;
        for (var i = 0; i < creation.Arguments.Length; i++)
        {
            var argument = creation.Arguments[i];
            var name = argument.Parameter?.Name;
            if (name is null || Array.IndexOf(ClientKeyParameters, name) < 0)
            {
                continue;
            }

            if (argument.ArgumentKind != ArgumentKind.Explicit)
            {
                indices.Clear();
                return false;
            }

            indices.Add(SyntaxIndex(creation, argument));
            var value = ValueEvaluator.Evaluate(argument.Value, context.CancellationToken).AsString;
            if (name == "awsAccessKeyId")
            {
                accessKey = value;
            }
            else if (name == "awsSecretAccessKey")
            {
                secret = value;
            }
        }

        return IsHardCodedPair(accessKey, secret, extra) && !indices.Contains(-1);
    }

    private static bool IsHardCodedPair(string? accessKey, string? secret, ImmutableArray<string> extra) =>
        accessKey is not null && secret is not null && !CredentialShapes.IsPlaceholder(accessKey, extra) && !CredentialShapes.IsPlaceholder(secret, extra);

    /// <summary>The project's own placeholder values for the file being analyzed.</summary>
    private static ImmutableArray<string> ExtraPlaceholders(AwsAnalysisContext context) =>
        Options.SR5001PlaceholderValues.Get(context.Options, context.Operation.Syntax.SyntaxTree);

    /// <summary>
    /// The fix for a credentials object created in place as a client constructor argument: remove the argument when
    /// the client has a constructor taking the remaining arguments (keeps the region or config).
    /// </summary>
    private static FixSpec CredentialsArgumentFix(IObjectCreationOperation creation)
    {
        if (ArgumentOf(creation) is not { Parent: IObjectCreationOperation owner } argument ||
            owner.Type is not INamedTypeSymbol ownerType || !IsClient(ownerType) ||
            argument.Parameter is null || !RuleEngine.IsOrInheritsFrom(argument.Parameter.Type as INamedTypeSymbol, AwsCredentials))
        {
            return FixSpec.None;
        }

        var index = SyntaxIndex(owner, argument);
        return index >= 0 && HasOverloadWithout(owner, new[] { index }) ? FixSpec.RemoveThisArgument() : FixSpec.None;
    }

    /// <summary>True when the creation's type has a constructor taking exactly the other (positional) arguments, in order.</summary>
    private static bool HasOverloadWithout(IObjectCreationOperation creation, System.Collections.Generic.IList<int> removed)
    {
        if (creation.Type is not INamedTypeSymbol type || creation.Syntax is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax { ArgumentList: { } list })
        {
            return false;
        }

        var remaining = new System.Collections.Generic.List<ITypeSymbol?>();
        for (var i = 0; i < list.Arguments.Count; i++)
        {
            if (list.Arguments[i].NameColon is not null)
            {
                return false;
            }

            if (removed.Contains(i))
            {
                continue;
            }

            var argument = FindArgument(creation, list.Arguments[i]);
            if (argument?.Parameter is null)
            {
                return false;
            }

            remaining.Add(argument.Parameter.Type);
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility != Accessibility.Public || constructor.Parameters.Length != remaining.Count)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < remaining.Count && matches; i++)
            {
                matches = SymbolEqualityComparer.Default.Equals(constructor.Parameters[i].Type, remaining[i]);
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private static IArgumentOperation? FindArgument(IObjectCreationOperation creation, SyntaxNode syntax)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Syntax == syntax)
            {
                return argument;
            }
        }

        return null;
    }

    private static int SyntaxIndex(IObjectCreationOperation creation, IArgumentOperation argument) =>
        creation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax { ArgumentList: { } list } &&
        argument.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax syntax
            ? list.Arguments.IndexOf(syntax)
            : -1;

    private static IArgumentOperation? ArgumentOf(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent as IArgumentOperation;
    }

    private static IArgumentOperation? PreviousArgument(IArgumentOperation argument)
    {
        var arguments = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };

        var ordinal = argument.Parameter?.Ordinal ?? -1;
        foreach (var other in arguments)
        {
            if (other.Parameter is { } parameter && parameter.Ordinal == ordinal - 1 && other.ArgumentKind == ArgumentKind.Explicit)
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>A credentials object built from a key and a secret: Basic or Session credentials, or ImmutableCredentials.</summary>
    private static bool IsCredentialsObject(INamedTypeSymbol type) =>
        AwsTypeTable.Is(type.OriginalDefinition, BasicCredentials) || AwsTypeTable.Is(type.OriginalDefinition, SessionCredentials) ||
        AwsTypeTable.Is(type.OriginalDefinition, ImmutableCredentials);

    /// <summary>An SDK service client (a type derived from AmazonServiceClient).</summary>
    private static bool IsClient(INamedTypeSymbol type) => RuleEngine.IsOrInheritsFrom(type, ServiceClient);
}
