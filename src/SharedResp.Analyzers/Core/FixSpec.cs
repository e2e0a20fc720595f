using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

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
    /// Remove arguments: with <see cref="FixSpec.ArgumentIndices"/>, those arguments of the object creation at the
    /// diagnostic location; without, the argument that the expression at the location is.
    /// The analyzer checks that the remaining arguments bind to an existing overload.
    /// </summary>
    RemoveArguments,

    /// <summary>
    /// Call another method of the same type instead: the invocation at the diagnostic location gets the method name
    /// <see cref="FixSpec.MethodName"/> and keeps its first <see cref="FixSpec.KeepArguments"/> arguments.
    /// </summary>
    ReplaceCall,
}

/// <summary>What a <see cref="FixValue"/> is.</summary>
internal enum FixValueKind
{
    /// <summary>No value (<c>default(FixValue)</c>).</summary>
    None,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>A string literal.</summary>
    String,

    /// <summary>A static member of a type: <c>S3CannedACL.Private</c>.</summary>
    Member,
}

/// <summary>
/// A value a fix writes. This type owns its encoding in <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>, both
/// ways (<see cref="Encoded"/>, <see cref="TryParse"/>): <c>bool:true</c>, <c>string:Private</c>, or
/// <c>member:Amazon.S3.S3CannedACL|Private</c> (a static member of a type, by metadata name).
/// </summary>
internal readonly struct FixValue : IEquatable<FixValue>
{
    private const string BoolPrefix = "bool:";
    private const string StringPrefix = "string:";
    private const string MemberPrefix = "member:";
    private const char MemberSeparator = '|';

    private FixValue(FixValueKind kind, string text, string? typeMetadataName, string encoded)
    {
        Kind = kind;
        Text = text;
        TypeMetadataName = typeMetadataName;
        Encoded = encoded;
    }

    public FixValueKind Kind { get; }

    /// <summary>The value as written in code without its type: <c>true</c>/<c>false</c>, the string's contents, or the member's name.</summary>
    public string Text { get; }

    /// <summary>The metadata name of the member's type (<see cref="FixValueKind.Member"/> only; nested types with <c>+</c>).</summary>
    public string? TypeMetadataName { get; }

    /// <summary>The form kept in the diagnostic's properties.</summary>
    public string Encoded { get; }

    public static FixValue True { get; } = Bool(true);

    public static FixValue False { get; } = Bool(false);

    public static FixValue String(string value) => new(FixValueKind.String, value, null, StringPrefix + value);

    public static FixValue Member(string typeMetadataName, string memberName) =>
        new(FixValueKind.Member, memberName, typeMetadataName, MemberPrefix + typeMetadataName + MemberSeparator + memberName);

    private static FixValue Bool(bool value)
    {
        var text = value ? "true" : "false";
        return new FixValue(FixValueKind.Bool, text, null, BoolPrefix + text);
    }

    /// <summary>Reads back what <see cref="Encoded"/> wrote; false for anything else.</summary>
    public static bool TryParse(string? encoded, out FixValue value)
    {
        value = default;
        if (encoded is null)
        {
            return false;
        }

        if (encoded.StartsWith(BoolPrefix, StringComparison.Ordinal))
        {
            var text = encoded.Substring(BoolPrefix.Length);
            if (text is "true" or "false")
            {
                value = Bool(text == "true");
                return true;
            }

            return false;
        }

        if (encoded.StartsWith(StringPrefix, StringComparison.Ordinal))
        {
            value = String(encoded.Substring(StringPrefix.Length));
            return true;
        }

        if (encoded.StartsWith(MemberPrefix, StringComparison.Ordinal))
        {
            var body = encoded.Substring(MemberPrefix.Length);
            var bar = body.IndexOf(MemberSeparator);
            if (bar > 0 && bar < body.Length - 1)
            {
                value = Member(body.Substring(0, bar), body.Substring(bar + 1));
                return true;
            }
        }

        return false;
    }

    /// <summary>True for <see cref="FixValueKind.Bool"/> <c>true</c>.</summary>
    public bool IsTrue => Kind == FixValueKind.Bool && Text == "true";

    /// <summary>How the value reads in a title or message: <c>true</c>, <c>"Private"</c>, <c>S3CannedACL.Private</c>.</summary>
    public override string ToString() => Kind switch
    {
        FixValueKind.String => "\"" + Text + "\"",
        FixValueKind.Member => TypeMetadataName!.Substring(TypeMetadataName.LastIndexOfAny(new[] { '.', '+' }) + 1) + "." + Text,
        FixValueKind.Bool => Text,
        _ => string.Empty,
    };

    public bool Equals(FixValue other) => string.Equals(Encoded, other.Encoded, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FixValue other && Equals(other);

    public override int GetHashCode() => Encoded is null ? 0 : StringComparer.Ordinal.GetHashCode(Encoded);
}

/// <summary>
/// The secure edit a diagnostic carries in its properties (analyzers decide, fixers only edit). This type owns the
/// encoding both ways: <see cref="ToProperties"/> writes it in the analyzer, <see cref="FromProperties"/> reads it back
/// in the code fix assembly; nobody else parses the keys. Every spec the factories make round-trips exactly.
/// <para>
/// The format: <see cref="KindKey"/> = the <see cref="FixKind"/> name; <see cref="ValueKey"/> = the encoded
/// <see cref="FixValue"/> (<see cref="FixKind.ReplaceValue"/>, <see cref="FixKind.AddProperties"/>) or the method name
/// (<see cref="FixKind.ReplaceCall"/>); <see cref="PropertiesKey"/> = the comma-separated property names
/// (<see cref="FixKind.AddProperties"/>), argument indices (<see cref="FixKind.RemoveArguments"/>, absent for the
/// argument at the location) or the number of arguments kept (<see cref="FixKind.ReplaceCall"/>);
/// <see cref="PropsTypeKey"/> = the props type's metadata name.
/// </para>
/// </summary>
internal readonly struct FixSpec
{
    public const string KindKey = "SR.Fix";
    public const string ValueKey = "SR.Value";
    public const string PropertiesKey = "SR.Properties";
    public const string PropsTypeKey = "SR.PropsType";

    private const char ListSeparator = ',';

    private FixSpec(
        FixKind kind,
        FixValue value = default,
        ImmutableArray<string> propertyNames = default,
        string? propsType = null,
        ImmutableArray<int> argumentIndices = default,
        string? methodName = null,
        int keepArguments = 0)
    {
        Kind = kind;
        Value = value;
        _propertyNames = propertyNames;
        PropsType = propsType;
        _argumentIndices = argumentIndices;
        MethodName = methodName;
        KeepArguments = keepArguments;
    }

    private readonly ImmutableArray<string> _propertyNames;
    private readonly ImmutableArray<int> _argumentIndices;

    public static FixSpec None => default;

    public FixKind Kind { get; }

    /// <summary>The value written (<see cref="FixKind.ReplaceValue"/>, <see cref="FixKind.AddProperties"/>).</summary>
    public FixValue Value { get; }

    /// <summary>The properties set to <see cref="Value"/> (<see cref="FixKind.AddProperties"/>).</summary>
    public ImmutableArray<string> PropertyNames => _propertyNames.IsDefault ? ImmutableArray<string>.Empty : _propertyNames;

    /// <summary>The metadata name of the props type to create (<see cref="FixKind.AddProperties"/> on a construct without props).</summary>
    public string? PropsType { get; }

    /// <summary>The arguments removed (<see cref="FixKind.RemoveArguments"/>); empty: the argument at the location.</summary>
    public ImmutableArray<int> ArgumentIndices => _argumentIndices.IsDefault ? ImmutableArray<int>.Empty : _argumentIndices;

    /// <summary>The method called instead (<see cref="FixKind.ReplaceCall"/>).</summary>
    public string? MethodName { get; }

    /// <summary>How many leading arguments the new call keeps (<see cref="FixKind.ReplaceCall"/>).</summary>
    public int KeepArguments { get; }

    public static FixSpec Replace(FixValue value) => new(FixKind.ReplaceValue, value);

    public static FixSpec AddProperties(FixValue value, params string[] propertyNames) =>
        new(FixKind.AddProperties, value, ImmutableArray.Create(propertyNames));

    public static FixSpec AddPropsObject(string propsTypeMetadataName, FixValue value, params string[] propertyNames) =>
        new(FixKind.AddProperties, value, ImmutableArray.Create(propertyNames), propsTypeMetadataName);

    public static FixSpec Remove() => new(FixKind.Remove);

    /// <summary>Removes the arguments at <paramref name="indices"/> from the creation at the location.</summary>
    public static FixSpec RemoveArguments(params int[] indices) =>
        new(FixKind.RemoveArguments, argumentIndices: ImmutableArray.Create(indices));

    /// <summary>Calls <paramref name="methodName"/> instead, keeping the first <paramref name="keepArguments"/> arguments.</summary>
    public static FixSpec CallInstead(string methodName, int keepArguments) =>
        new(FixKind.ReplaceCall, methodName: methodName, keepArguments: keepArguments);

    /// <summary>Removes the argument that the expression at the location is.</summary>
    public static FixSpec RemoveThisArgument() => new(FixKind.RemoveArguments);

    public ImmutableDictionary<string, string?> ToProperties()
    {
        if (Kind == FixKind.None)
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        builder[KindKey] = Kind.ToString();
        switch (Kind)
        {
            case FixKind.ReplaceValue:
                builder[ValueKey] = Value.Encoded;
                break;
            case FixKind.AddProperties:
                builder[ValueKey] = Value.Encoded;
                builder[PropertiesKey] = string.Join(ListSeparator.ToString(), PropertyNames);
                if (PropsType is not null)
                {
                    builder[PropsTypeKey] = PropsType;
                }

                break;
            case FixKind.RemoveArguments when !ArgumentIndices.IsEmpty:
                builder[PropertiesKey] = string.Join(ListSeparator.ToString(), ArgumentIndices.Select(static i => i.ToString(CultureInfo.InvariantCulture)));
                break;
            case FixKind.ReplaceCall:
                builder[ValueKey] = MethodName;
                builder[PropertiesKey] = KeepArguments.ToString(CultureInfo.InvariantCulture);
                break;
        }

        return builder.ToImmutable();
    }

    /// <summary>Reads back what <see cref="ToProperties"/> wrote; <see cref="None"/> for a diagnostic without a fix or with malformed fix properties.</summary>
    public static FixSpec FromProperties(ImmutableDictionary<string, string?> properties)
    {
        if (!properties.TryGetValue(KindKey, out var kindText) || !Enum.TryParse<FixKind>(kindText, out var kind))
        {
            return None;
        }

        properties.TryGetValue(ValueKey, out var value);
        properties.TryGetValue(PropertiesKey, out var list);
        properties.TryGetValue(PropsTypeKey, out var propsType);
        switch (kind)
        {
            case FixKind.ReplaceValue when FixValue.TryParse(value, out var replacement):
                return Replace(replacement);
            case FixKind.AddProperties when FixValue.TryParse(value, out var added) && list is not null:
                return new FixSpec(kind, added, SplitNames(list), propsType);
            case FixKind.Remove:
                return Remove();
            case FixKind.RemoveArguments when string.IsNullOrEmpty(list):
                return RemoveThisArgument();
            case FixKind.RemoveArguments when TryParseIndices(list!, out var indices):
                return new FixSpec(kind, argumentIndices: indices);
            case FixKind.ReplaceCall when value is not null && TryParseCount(list, out var keep):
                return CallInstead(value, keep);
            default:
                return None;
        }
    }

    private static ImmutableArray<string> SplitNames(string list) =>
        ImmutableArray.Create(list.Split(new[] { ListSeparator }, StringSplitOptions.RemoveEmptyEntries));

    private static bool TryParseIndices(string list, out ImmutableArray<int> indices)
    {
        var builder = ImmutableArray.CreateBuilder<int>();
        foreach (var part in list.Split(ListSeparator))
        {
            if (!TryParseCount(part, out var index))
            {
                indices = default;
                return false;
            }

            builder.Add(index);
        }

        indices = builder.ToImmutable();
        return true;
    }

    private static bool TryParseCount(string? text, out int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count);
}
