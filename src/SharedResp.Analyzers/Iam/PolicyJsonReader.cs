using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SharedResp.Analyzers.Iam;

/// <summary>
/// A small tolerant JSON reader that keeps positions. It never throws: text it cannot read gives null.
/// A <see cref="PolicyJsonReader.Hole"/> character in the text stands for an interpolation hole: a string containing
/// one is an unknown value; a hole outside a string makes the text unreadable.
/// </summary>
internal sealed class PolicyJsonReader
{
    /// <summary>Stands for a value that is not known (an interpolation hole, a non-constant operand).</summary>
    public const char Hole = '\uE000';

    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly Func<TextSpan, Location?> _map;
    private readonly SyntaxNode _anchor;
    private int _position;
    private bool _failed;

    private PolicyJsonReader(string text, Func<TextSpan, Location?> map, SyntaxNode anchor)
    {
        _text = text;
        _map = map;
        _anchor = anchor;
    }

    /// <summary>
    /// Parses <paramref name="text"/>; <paramref name="map"/> turns a span of the text into a source location (or null
    /// when the text does not map one to one onto the source), <paramref name="anchor"/> is where everything goes otherwise.
    /// </summary>
    public static PolicyNode? Parse(string text, Func<TextSpan, Location?> map, SyntaxNode anchor)
    {
        try
        {
            var reader = new PolicyJsonReader(text, map, anchor);
            var node = reader.ReadValue(0);
            reader.SkipWhitespace();
            return reader._failed || reader._position != text.Length ? null : node;
        }
#pragma warning disable CA1031 // Never let a malformed policy crash the analyzer.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private PolicySpan SpanOf(int start, int end) => new(_map(TextSpan.FromBounds(start, end)), _anchor);

    private PolicyNode? ReadValue(int depth)
    {
        SkipWhitespace();
        if (_position >= _text.Length || depth > MaxDepth)
        {
            return Fail();
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                var start = _position;
                var value = ReadString();
                return value is null ? null : new PolicyStringNode(value.IndexOf(Hole) >= 0 ? null : value, SpanOf(start, _position));
            default:
                return ReadScalar();
        }
    }

    private PolicyNode? ReadObject(int depth)
    {
        var start = _position;
        _position++;
        var members = new List<PolicyMember>();
        var hasUnknown = false;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new PolicyObjectNode(members, false, SpanOf(start, _position));
        }

        while (!_failed)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                return Fail();
            }

            var keyStart = _position;
            var key = ReadString();
            if (key is null)
            {
                return null;
            }

            var keySpan = SpanOf(keyStart, _position);
            SkipWhitespace();
            if (Peek() != ':')
            {
                return Fail();
            }

            _position++;
            var value = ReadValue(depth + 1);
            if (value is null)
            {
                return null;
            }

            if (key.IndexOf(Hole) >= 0)
            {
                hasUnknown = true;
            }
            else
            {
                members.Add(new PolicyMember(key, keySpan, value));
            }

            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}')
            {
                return new PolicyObjectNode(members, hasUnknown, SpanOf(start, _position));
            }

            if (next != ',')
            {
                return Fail();
            }
        }

        return null;
    }

    private PolicyNode? ReadArray(int depth)
    {
        var start = _position;
        _position++;
        var items = new List<PolicyNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new PolicyArrayNode(items, SpanOf(start, _position));
        }

        while (!_failed)
        {
            var item = ReadValue(depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
            {
                return new PolicyArrayNode(items, SpanOf(start, _position));
            }

            if (next != ',')
            {
                return Fail();
            }
        }

        return null;
    }

    private string? ReadString()
    {
        _position++;
        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                if (c < ' ' && c != '\t')
                {
                    break;
                }

                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                break;
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when _position + 4 <= _text.Length &&
                              int.TryParse(_text.Substring(_position, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _failed = true;
                    return null;
            }
        }

        _failed = true;
        return null;
    }

    private PolicyNode? ReadScalar()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
        {
            _position++;
        }

        var word = _text.Substring(start, _position - start);
        if (word is "true" or "false" or "null" || (word.Length > 0 && (char.IsDigit(word[0]) || word[0] == '-')))
        {
            return new PolicyOtherNode(false, SpanOf(start, _position));
        }

        return Fail();
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n')
        {
            _position++;
        }
    }

    private PolicyNode? Fail()
    {
        _failed = true;
        return null;
    }
}
