using System;
using System.Collections.Immutable;

namespace SharedResp.Analyzers.Rules.Credentials;

/// <summary>
/// What an AWS access key id and a secret access key look like, and which values are placeholders (emulators, tests,
/// documentation, and the project's own <c>sharedresp.SR5001.placeholder_values</c>): SR5001's text checks, apart from
/// the rule that applies them.
/// </summary>
internal static class CredentialShapes
{
    /// <summary>Values used with local emulators (LocalStack, DynamoDB Local, MinIO) and tests, compared without case.</summary>
    private static readonly string[] PlaceholderValues =
    {
        "test", "testing", "dummy", "fake", "keyid", "accesskeyid", "accesskey", "secretkey", "secretaccesskey", "secret",
        "key", "x", "xx", "xxx", "foo", "bar", "abc", "password", "minioadmin", "local", "localstack", "none", "null", "mock",
        "sample", "changeme", "placeholder", "anonymous",
    };

    /// <summary>Parts that mark a value as a placeholder wherever they appear, compared without case.</summary>
    private static readonly string[] PlaceholderParts = { "EXAMPLE", "dummy", "fake", "placeholder", "your", "changeme", "xxxx", "<", "${", "{{" };

    /// <summary><c>AKIA</c> (long-term) or <c>ASIA</c> (temporary) followed by 16 upper-case letters and digits, not AWS's documented example.</summary>
    public static bool IsAccessKeyId(string text, ImmutableArray<string> extraPlaceholders = default)
    {
        if (text.Length != 20 || !(text.StartsWith("AKIA", StringComparison.Ordinal) || text.StartsWith("ASIA", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = 4; i < text.Length; i++)
        {
            var ch = text[i];
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= '2' && ch <= '7') || (ch >= '0' && ch <= '9')))
            {
                return false;
            }
        }

        return !IsPlaceholder(text, extraPlaceholders);
    }

    /// <summary>An AWS secret access key: 40 characters of base64 (letters, digits, '/', '+'), not a placeholder.</summary>
    public static bool LooksLikeSecretKey(string text, ImmutableArray<string> extraPlaceholders = default)
    {
        if (text.Length != 40 || IsPlaceholder(text, extraPlaceholders))
        {
            return false;
        }

        foreach (var ch in text)
        {
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '/' || ch == '+'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for an empty value, a built-in placeholder (<see cref="PlaceholderValues"/>, <see cref="PlaceholderParts"/>,
    /// "test..."), or a value matching one of <paramref name="extraPlaceholders"/> (whole value, without case, <c>*</c> and
    /// <c>?</c> wildcards).
    /// </summary>
    public static bool IsPlaceholder(string text, ImmutableArray<string> extraPlaceholders = default)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        if (!extraPlaceholders.IsDefaultOrEmpty)
        {
            foreach (var pattern in extraPlaceholders)
            {
                if (SharedResp.Analyzers.Iam.Wildcard.IsMatch(trimmed, pattern))
                {
                    return true;
                }
            }
        }

        foreach (var placeholder in PlaceholderValues)
        {
            if (string.Equals(trimmed, placeholder, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var part in PlaceholderParts)
        {
            if (trimmed.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return trimmed.StartsWith("test", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("test", StringComparison.OrdinalIgnoreCase);
    }
}
