using System;
using System.Collections.Immutable;

namespace SharedResp.Analyzers;

/// <summary>The kinds of secure edit a diagnostic can carry. The code fix assembly applies them; it decides nothing.</summary>
internal enum FixKind
{
    None,

    /// <summary>Replace the expression at the diagnostic location with <see cref="FixSpec.Value"/>.</summary>
    ReplaceValue,

    /// <summary>
    /// Add <c>Property = Value</c> for each of <see cref="FixSpec.PropertyNames"/> to the object creation at the diagnostic
    /// location, creating its initializer when absent; with <see cref="FixSpec.PropsType"/>, the location is a construct
    /// creation and a new props object of that type is appended as its last argument.
    /// </summary>
    AddProperties,

    /// <summary>Remove the assignment (from its initializer or as a statement) or the call statement at the diagnostic location.</summary>
    Remove,

    /// <summary>
    /// Remove arguments: with <see cref="FixSpec.PropertyNames"/> (comma-separated argument indices), those arguments of
    /// the object creation at the diagnostic location; without, the argument that the expression at the location is.
    /// The analyzer checks that the remaining arguments bind to an existing overload.
    /// </summary>
    RemoveArguments,

    /// <summary>
    /// Call another method of the same type instead: the invocation at the diagnostic location gets the method name in
    /// <see cref="FixSpec.Value"/> and keeps its first <see cref="FixSpec.PropertyNames"/> arguments.
    /// </summary>
    ReplaceCall,
}

/// <summary>
/// A value a fix writes, encoded so it survives in <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>:
/// <c>bool:true</c>, <c>string:Private</c>, or <c>member:Amazon.S3.S3CannedACL|Private</c> (a static member of a type, by metadata name).
/// </summary>
internal readonly struct FixValue
{
    private FixValue(string encoded) => Encoded = encoded;

    public string Encoded { get; }

    public static FixValue True { get; } = new("bool:true");

    public static FixValue False { get; } = new("bool:false");

    public static FixValue String(string value) => new("string:" + value);

    public static FixValue Member(string typeMetadataName, string memberName) => new("member:" + typeMetadataName + "|" + memberName);

    /// <summary>How the value reads in a title or message: <c>true</c>, <c>"Private"</c>, <c>S3CannedACL.Private</c>.</summary>
    public static string Display(string encoded)
    {
        if (encoded.StartsWith("string:", StringComparison.Ordinal))
        {
            return "\"" + encoded.Substring("string:".Length) + "\"";
        }

        if (encoded.StartsWith("member:", StringComparison.Ordinal))
        {
            var body = encoded.Substring("member:".Length);
            var bar = body.IndexOf('|');
            var typeName = body.Substring(0, bar);
            var dot = typeName.LastIndexOfAny(new[] { '.', '+' });
            return typeName.Substring(dot + 1) + "." + body.Substring(bar + 1);
        }

        return encoded.StartsWith("bool:", StringComparison.Ordinal) ? encoded.Substring("bool:".Length) : encoded;
    }

    public override string ToString() => Display(Encoded);
}

/// <summary>The secure edit a diagnostic carries in its properties (analyzers decide, fixers only edit).</summary>
internal readonly struct FixSpec
{
    public const string KindKey = "SR.Fix";
    public const string ValueKey = "SR.Value";
    public const string PropertiesKey = "SR.Properties";
    public const string PropsTypeKey = "SR.PropsType";

    private FixSpec(FixKind kind, string? value, string? propertyNames, string? propsType)
    {
        Kind = kind;
        Value = value;
        PropertyNames = propertyNames;
        PropsType = propsType;
    }

    public static FixSpec None => default;

    public FixKind Kind { get; }

    public string? Value { get; }

    /// <summary>Comma-separated property names for <see cref="FixKind.AddProperties"/>.</summary>
    public string? PropertyNames { get; }

    public string? PropsType { get; }

    public static FixSpec Replace(FixValue value) => new(FixKind.ReplaceValue, value.Encoded, null, null);

    public static FixSpec AddProperties(FixValue value, params string[] propertyNames) =>
        new(FixKind.AddProperties, value.Encoded, string.Join(",", propertyNames), null);

    public static FixSpec AddPropsObject(string propsTypeMetadataName, FixValue value, params string[] propertyNames) =>
        new(FixKind.AddProperties, value.Encoded, string.Join(",", propertyNames), propsTypeMetadataName);

    public static FixSpec Remove() => new(FixKind.Remove, null, null, null);

    /// <summary>Removes the arguments at <paramref name="indices"/> from the creation at the location.</summary>
    public static FixSpec RemoveArguments(params int[] indices) =>
        new(FixKind.RemoveArguments, null, string.Join(",", indices), null);

    /// <summary>Calls <paramref name="methodName"/> instead, keeping the first <paramref name="keepArguments"/> arguments.</summary>
    public static FixSpec CallInstead(string methodName, int keepArguments) =>
        new(FixKind.ReplaceCall, methodName, keepArguments.ToString(System.Globalization.CultureInfo.InvariantCulture), null);

    /// <summary>Removes the argument that the expression at the location is.</summary>
    public static FixSpec RemoveThisArgument() => new(FixKind.RemoveArguments, null, null, null);

    public ImmutableDictionary<string, string?> ToProperties()
    {
        if (Kind == FixKind.None)
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        builder[KindKey] = Kind.ToString();
        if (Value is not null)
        {
            builder[ValueKey] = Value;
        }

        if (PropertyNames is not null)
        {
            builder[PropertiesKey] = PropertyNames;
        }

        if (PropsType is not null)
        {
            builder[PropsTypeKey] = PropsType;
        }

        return builder.ToImmutable();
    }

    public static FixSpec FromProperties(ImmutableDictionary<string, string?> properties)
    {
        if (!properties.TryGetValue(KindKey, out var kindText) || !Enum.TryParse<FixKind>(kindText, out var kind))
        {
            return None;
        }

        properties.TryGetValue(ValueKey, out var value);
        properties.TryGetValue(PropertiesKey, out var names);
        properties.TryGetValue(PropsTypeKey, out var propsType);
        return new FixSpec(kind, value, names, propsType);
    }
}
