using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SharedResp.Analyzers.Iam;

/// <summary>The effect of a policy statement, as far as the analyzer can tell.</summary>
internal enum PolicyEffect
{
    /// <summary>Not evaluable (a parameter, a hole in an interpolated string, a misspelled value): never reported.</summary>
    Unknown,
    Allow,
    Deny,
}

/// <summary>Where a policy is attached: decides whether <c>"Resource": "*"</c> means "every resource".</summary>
internal enum PolicyKind
{
    /// <summary>Not known (a CDK statement whose destination is out of view, a document handed to a method).</summary>
    Unknown,

    /// <summary>An identity-based policy (IAM managed or inline policy on a role, user or group).</summary>
    Identity,

    /// <summary>A resource-based policy (S3 bucket policy, ...).</summary>
    Resource,

    /// <summary>A policy attached to one resource, where <c>"Resource": "*"</c> means that resource (KMS key, SQS queue, SNS topic, role trust policy).</summary>
    SingleResource,
}

/// <summary>
/// Where a policy element sits in source. <see cref="Precise"/> is the exact place (a member inside a JSON literal,
/// an array element); <see cref="Anchor"/> is a syntax node that lies in the operation the element is reported
/// from (the value of a sink assignment, an argument of a mutator call), used when the precise place is elsewhere.
/// </summary>
internal readonly struct PolicySpan
{
    public PolicySpan(Location? precise, SyntaxNode anchor)
    {
        Precise = precise;
        Anchor = anchor;
    }

    public Location? Precise { get; }

    public SyntaxNode Anchor { get; }

    public bool IsDefault => Anchor is null;

    /// <summary>The location to report at from an operation whose syntax is <paramref name="trigger"/>, or null when another operation owns it.</summary>
    public Location? LocationWithin(SyntaxNode trigger)
    {
        if (Anchor is null || Anchor.SyntaxTree != trigger.SyntaxTree || !trigger.Span.Contains(Anchor.Span))
        {
            return null;
        }

        if (Precise is { } precise && precise.SourceTree == trigger.SyntaxTree && trigger.Span.Contains(precise.SourceSpan))
        {
            return precise;
        }

        return Anchor.GetLocation();
    }

    public static Location InLiteral(SyntaxNode literal, TextSpan span) => Location.Create(literal.SyntaxTree, span);
}

/// <summary>One value of a policy element (an action, a resource, a principal): its text, or null when not evaluable.</summary>
internal sealed class PolicyValue
{
    public PolicyValue(string? text, PolicySpan span)
    {
        Text = text;
        Span = span;
    }

    /// <summary>The value; null when unknown. Principals that mean everyone are normalised to <c>*</c>.</summary>
    public string? Text { get; }

    public PolicySpan Span { get; }

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// One element of a statement (<c>Action</c>, <c>NotResource</c>, ...) as written once: a JSON member, a CDK props
/// property or one mutator call (<c>AddActions(...)</c>). A statement may hold several elements of the same name.
/// </summary>
internal sealed class PolicyElement
{
    public PolicyElement(string name, PolicySpan span, List<PolicyValue> values)
    {
        Name = name;
        Span = span;
        Values = values;
    }

    /// <summary><c>Action</c>, <c>NotAction</c>, <c>Resource</c>, <c>NotResource</c>, <c>Principal</c>, <c>NotPrincipal</c>.</summary>
    public string Name { get; }

    /// <summary>Where the element itself is written (the JSON key, the props assignment, the mutator call).</summary>
    public PolicySpan Span { get; }

    public List<PolicyValue> Values { get; }
}

/// <summary>One statement of the policy model, whatever the source shape.</summary>
internal sealed class PolicyStatementModel
{
    public string? Sid { get; set; }

    public PolicyEffect Effect { get; set; } = PolicyEffect.Unknown;

    public List<PolicyElement> Elements { get; } = new();

    /// <summary>Condition keys seen (<c>aws:SourceArn</c>, ...), lower case.</summary>
    public HashSet<string> ConditionKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a condition is present that the analyzer could not read (it may restrict the statement).</summary>
    public bool HasUnknownCondition { get; set; }

    /// <summary>False when the statement can be changed out of view (handed to unknown code): "no condition" is then not trusted.</summary>
    public bool IsComplete { get; set; } = true;

    public PolicySpan Span { get; set; }

    public IEnumerable<PolicyElement> ElementsNamed(string name)
    {
        foreach (var element in Elements)
        {
            if (string.Equals(element.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                yield return element;
            }
        }
    }

    public bool Has(string name)
    {
        foreach (var _ in ElementsNamed(name))
        {
            return true;
        }

        return false;
    }

    public IEnumerable<PolicyValue> ValuesOf(string name)
    {
        foreach (var element in ElementsNamed(name))
        {
            foreach (var value in element.Values)
            {
                yield return value;
            }
        }
    }

    /// <summary>How a message names the statement: its Sid when present.</summary>
    public string DisplayName => string.IsNullOrEmpty(Sid) ? "A policy statement" : "Statement \"" + Sid + "\"";
}

/// <summary>A policy document: its statements and where it is attached.</summary>
internal sealed class PolicyDocumentModel
{
    public PolicyDocumentModel(PolicyKind kind) => Kind = kind;

    public PolicyKind Kind { get; set; }

    public List<PolicyStatementModel> Statements { get; } = new();
}
