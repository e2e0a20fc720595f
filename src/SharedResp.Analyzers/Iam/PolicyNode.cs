using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers.Iam;

/// <summary>
/// A JSON-shaped tree that every textual or literal policy source is read into (a JSON string, a dictionary
/// literal, an anonymous object, arrays and collection expressions), so one reader turns them all into statements.
/// </summary>
internal abstract class PolicyNode
{
    protected PolicyNode(PolicySpan span) => Span = span;

    public PolicySpan Span { get; }
}

/// <summary>A string (or a scalar written as a string). <see cref="Text"/> is null when not evaluable.</summary>
internal sealed class PolicyStringNode : PolicyNode
{
    public PolicyStringNode(string? text, PolicySpan span)
        : base(span) => Text = text;

    public string? Text { get; }
}

internal sealed class PolicyArrayNode : PolicyNode
{
    public PolicyArrayNode(List<PolicyNode> items, PolicySpan span)
        : base(span) => Items = items;

    public List<PolicyNode> Items { get; }
}

internal sealed class PolicyObjectNode : PolicyNode
{
    public PolicyObjectNode(List<PolicyMember> members, bool hasUnknownMembers, PolicySpan span)
        : base(span)
    {
        Members = members;
        HasUnknownMembers = hasUnknownMembers;
    }

    public List<PolicyMember> Members { get; }

    /// <summary>True when some members could not be read (an unknown key, a spread): absence is then not trusted.</summary>
    public bool HasUnknownMembers { get; }

    public PolicyMember? Find(string key)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return member;
            }
        }

        return null;
    }
}

internal sealed class PolicyMember
{
    public PolicyMember(string key, PolicySpan keySpan, PolicyNode value)
    {
        Key = key;
        KeySpan = keySpan;
        Value = value;
    }

    public string Key { get; }

    public PolicySpan KeySpan { get; }

    public PolicyNode Value { get; }
}

/// <summary>Anything else: a number, a boolean, null, or a value the analyzer cannot read.</summary>
internal sealed class PolicyOtherNode : PolicyNode
{
    public PolicyOtherNode(bool isUnknown, PolicySpan span)
        : base(span) => IsUnknown = isUnknown;

    public bool IsUnknown { get; }
}

/// <summary>Turns a <see cref="PolicyNode"/> tree (a policy document or a single statement) into the policy model.</summary>
internal static class PolicyNodeReader
{
    /// <summary>Condition keys that restrict a statement to a known caller, network or organization.</summary>
    public static readonly HashSet<string> RestrictingConditionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "aws:SourceArn", "aws:SourceAccount", "aws:SourceOwner", "aws:SourceVpc", "aws:SourceVpce", "aws:SourceIp",
        "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:PrincipalAccount", "aws:PrincipalArn",
        "aws:SourceOrgID", "aws:SourceOrgPaths", "kms:CallerAccount", "sts:ExternalId",
    };

    /// <summary>Reads a document (<c>{"Statement": ...}</c>) or, when <paramref name="allowSingleStatement"/>, a bare statement.</summary>
    public static PolicyDocumentModel? Read(PolicyNode root, PolicyKind kind, bool allowSingleStatement)
    {
        if (root is not PolicyObjectNode rootObject)
        {
            return null;
        }

        var document = new PolicyDocumentModel(kind);
        if (rootObject.Find("Statement") is { } statements)
        {
            switch (statements.Value)
            {
                case PolicyObjectNode single:
                    AddStatement(document, single);
                    break;
                case PolicyArrayNode array:
                    foreach (var item in array.Items)
                    {
                        if (item is PolicyObjectNode statement)
                        {
                            AddStatement(document, statement);
                        }
                    }

                    break;
            }
        }
        else if (allowSingleStatement && rootObject.Find("Effect") is not null)
        {
            AddStatement(document, rootObject);
        }

        return document;
    }

    private static void AddStatement(PolicyDocumentModel document, PolicyObjectNode node)
    {
        var statement = new PolicyStatementModel { Span = node.Span, IsComplete = !node.HasUnknownMembers };
        if (node.Find("Sid") is { Value: PolicyStringNode { Text: { } sid } })
        {
            statement.Sid = sid;
        }

        if (node.Find("Effect") is { } effect)
        {
            statement.Effect = effect.Value is PolicyStringNode { Text: { } text }
                ? string.Equals(text, "Allow", StringComparison.OrdinalIgnoreCase) ? PolicyEffect.Allow
                : string.Equals(text, "Deny", StringComparison.OrdinalIgnoreCase) ? PolicyEffect.Deny
                : PolicyEffect.Unknown
                : PolicyEffect.Unknown;
        }

        foreach (var member in node.Members)
        {
            var name = Canonical(member.Key);
            if (name is null)
            {
                continue;
            }

            if (name == "Condition")
            {
                ReadCondition(statement, member.Value);
                continue;
            }

            var values = new List<PolicyValue>();
            if (name is "Principal" or "NotPrincipal")
            {
                ReadPrincipal(member.Value, values);
            }
            else
            {
                ReadStrings(member.Value, values);
            }

            statement.Elements.Add(new PolicyElement(name, member.KeySpan, values));
        }

        document.Statements.Add(statement);
    }

    private static string? Canonical(string key)
    {
        foreach (var name in new[] { "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition" })
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    private static void ReadStrings(PolicyNode node, List<PolicyValue> values)
    {
        switch (node)
        {
            case PolicyStringNode text:
                values.Add(new PolicyValue(text.Text, text.Span));
                break;
            case PolicyArrayNode array:
                foreach (var item in array.Items)
                {
                    if (item is PolicyStringNode itemText)
                    {
                        values.Add(new PolicyValue(itemText.Text, itemText.Span));
                    }
                    else
                    {
                        values.Add(new PolicyValue(null, item.Span));
                    }
                }

                break;
            default:
                values.Add(new PolicyValue(null, node.Span));
                break;
        }
    }

    /// <summary><c>"*"</c>, <c>{"AWS": "*"}</c> and <c>{"AWS": ["*"]}</c> become <c>*</c>; other principals keep their text (or a service prefix).</summary>
    private static void ReadPrincipal(PolicyNode node, List<PolicyValue> values)
    {
        if (node is PolicyStringNode text)
        {
            values.Add(new PolicyValue(text.Text, text.Span));
            return;
        }

        if (node is not PolicyObjectNode principals)
        {
            values.Add(new PolicyValue(null, node.Span));
            return;
        }

        foreach (var member in principals.Members)
        {
            var isAws = string.Equals(member.Key, "AWS", StringComparison.OrdinalIgnoreCase);
            var inner = new List<PolicyValue>();
            ReadStrings(member.Value, inner);
            foreach (var value in inner)
            {
                values.Add(isAws || value.Text is null ? value : new PolicyValue(member.Key + ":" + value.Text, value.Span));
            }
        }

        if (principals.HasUnknownMembers)
        {
            values.Add(new PolicyValue(null, node.Span));
        }
    }

    internal static void ReadCondition(PolicyStatementModel statement, PolicyNode node)
    {
        if (node is not PolicyObjectNode operators)
        {
            statement.HasUnknownCondition = true;
            return;
        }

        statement.HasUnknownCondition |= operators.HasUnknownMembers;
        foreach (var op in operators.Members)
        {
            if (op.Value is PolicyObjectNode keys)
            {
                statement.HasUnknownCondition |= keys.HasUnknownMembers;
                foreach (var key in keys.Members)
                {
                    statement.ConditionKeys.Add(key.Key);
                }
            }
            else
            {
                statement.HasUnknownCondition = true;
            }
        }
    }
}
