using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Makes links of addresses written as plain text (<c>https://…</c>, <c>www.…</c>, <c>mailto:…</c>, <c>tel:…</c>,
/// <c>ftp://…</c>) as Markdig's AutoLinks extension does, in time linear in the paragraph. Markdig's parser, at every
/// address, walks back over all earlier inlines of the paragraph looking for an unclosed raw <c>&lt;a&gt;</c>, so a
/// paragraph of n addresses takes n² steps; here <see cref="RawAnchorTracker"/> keeps that answer as the paragraph is read.
/// </summary>
internal sealed class BareUrlParser : InlineParser
{
    private static readonly AutoLinkOptions Options = new();
    private readonly RawAnchorTracker _anchors;

    public BareUrlParser(RawAnchorTracker anchors)
    {
        _anchors = anchors;
        OpeningCharacters = ['h', 'f', 'm', 'w', 't'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        // An address starts a word: "xhttps://…" and "/www.…" are text.
        var previous = slice.PeekCharExtra(-1);
        if (!previous.IsWhiteSpaceOrZero() && !Options.ValidPreviousCharacters.Contains(previous)) return false;
        if (Kind(slice) is not { } kind) return false;
        if (_anchors.IsInsideRawAnchor(processor)) return false;
        if (!IsOutsideLinkText(processor, out var pendingEmphasis)) return false;

        var start = slice.Start;
        if (!LinkHelper.TryParseUrl(ref slice, out var link, out _, true)) return false;
        // "*https://example.cz*": the closing '*' is emphasis, not part of the address.
        var trailing = 0;
        while (trailing < link.Length && pendingEmphasis.Contains(link[^(trailing + 1)])) trailing++;
        if (trailing > 0)
        {
            link = link[..^trailing];
            slice.Start -= trailing;
        }
        if (!IsComplete(link, kind)) return false;

        var inline = new LinkInline
        {
            Span = { Start = processor.GetSourcePosition(start, out var line, out var column) },
            Line = line,
            Column = column,
            Url = kind == AddressKind.Www ? "http://" + link : link,
            IsClosed = true,
            IsAutoLink = true,
        };
        inline.Span.End = inline.Span.Start + link.Length - 1;
        inline.UrlSpan = inline.Span;
        // What the reader sees: the address without "mailto:" or "tel:".
        var shown = kind switch { AddressKind.Mail => "mailto:".Length, AddressKind.Phone => "tel:".Length, _ => 0 };
        inline.AppendChild(new LiteralInline
        {
            Span = inline.Span,
            Line = line,
            Column = column,
            Content = new StringSlice(slice.Text, start + shown, start + link.Length - 1),
            IsClosed = true,
        });
        processor.Inline = inline;
        return true;
    }

    private enum AddressKind { Web, Www, Ftp, Mail, Phone }

    private static AddressKind? Kind(StringSlice slice) => slice.CurrentChar switch
    {
        'h' when slice.Match("ttp://", 1) || slice.Match("ttps://", 1) => AddressKind.Web,
        'w' when slice.Match("ww.", 1) => AddressKind.Www,
        'f' when slice.Match("tp://", 1) => AddressKind.Ftp,
        'm' when slice.Match("ailto:", 1) => AddressKind.Mail,
        't' when slice.Match("el:", 1) => AddressKind.Phone,
        _ => null,
    };

    /// <summary>
    /// Whether the address is not inside the text of a link still being read (<c>[see https://…](…)</c>), and
    /// which emphasis characters are still open around it. Only the open containers are visited: as deep as the
    /// nesting, not as long as the paragraph.
    /// </summary>
    private static bool IsOutsideLinkText(InlineProcessor processor, out HashSet<char> pendingEmphasis)
    {
        pendingEmphasis = [];
        var brackets = 0;
        for (var inline = processor.Inline; inline is not null; inline = inline.Parent)
        {
            if (inline is LinkDelimiterInline { IsActive: true } bracket)
                brackets += bracket.Type == DelimiterType.Open ? 1 : bracket.Type == DelimiterType.Close ? -1 : 0;
            else if (inline is EmphasisDelimiterInline emphasis)
                pendingEmphasis.Add(emphasis.DelimiterChar);
        }
        return brackets <= 0;
    }

    /// <summary>Whether there is more than a scheme, an e-mail address has a name, and the server name is a valid domain.</summary>
    private static bool IsComplete(string link, AddressKind kind)
    {
        int domainStart;
        switch (kind)
        {
            case AddressKind.Web:
                domainStart = link.IndexOf("://", StringComparison.Ordinal) + "://".Length;
                break;
            case AddressKind.Ftp:
                domainStart = "ftp://".Length;
                break;
            case AddressKind.Www:
                domainStart = "www.".Length;
                break;
            case AddressKind.Mail:
                var at = link.IndexOf('@');
                if (at < 0 || at == "mailto:".Length) return false;
                domainStart = at + 1;
                break;
            default:
                return link.Length > "tel:".Length;
        }
        return link.Length > domainStart && LinkHelper.IsValidDomain(link, domainStart, Options.AllowDomainWithoutPeriod);
    }
}

/// <summary>
/// The parser of <c>&lt;…&gt;</c> (autolinks and raw HTML), also noting, for the paragraph being read, whether a raw
/// <c>&lt;a&gt;</c> is open: an address inside it must stay text, or the page would have a link inside a link.
/// The note lives in the processor's per-paragraph parser state, which Markdig clears for each paragraph.
/// </summary>
internal sealed class RawAnchorTracker : AutolinkInlineParser
{
    private static readonly object OpenAnchor = new();

    public bool IsInsideRawAnchor(InlineProcessor processor) => processor.ParserStates[Index] == OpenAnchor;

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!base.Match(processor, ref slice)) return false;
        if (processor.Inline is HtmlInline { Tag: var tag })
        {
            if (IsAnchorTag(tag, "</")) processor.ParserStates[Index] = null!;
            else if (IsAnchorTag(tag, "<")) processor.ParserStates[Index] = OpenAnchor;
        }
        return true;
    }

    /// <summary>Whether <paramref name="tag"/> is an <c>a</c> tag: its name is followed by a space, '/' or '&gt;'.</summary>
    private static bool IsAnchorTag(string tag, string opening) =>
        tag.Length > opening.Length + 1
        && tag.StartsWith(opening, StringComparison.Ordinal)
        && tag[opening.Length] is 'a' or 'A'
        && (char.IsWhiteSpace(tag[opening.Length + 1]) || tag[opening.Length + 1] is '/' or '>');
}
