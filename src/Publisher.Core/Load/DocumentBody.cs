using System.IO.Hashing;
using System.Runtime.InteropServices;
using Publisher.Core.Validate;

namespace Publisher.Core.Load;

/// <summary>
/// A document's Markdown body as the site uses it: without the invisible control characters that validation warns
/// about. The same cleaning runs when a document is checked and again when its page is rendered from the file.
/// </summary>
public static class DocumentBody
{
    /// <summary>The body as it is when it has no invisible control characters, else a cleaned copy.</summary>
    public static ReadOnlyMemory<char> Clean(ReadOnlyMemory<char> body) =>
        InvisibleCharacters.Any(body.Span) ? InvisibleCharacters.Remove(body.ToString()).AsMemory() : body;

    /// <summary>
    /// A hash of the body that is the same in every process: it tells whether the file changed between the check and the
    /// rendering, and whether a page rendered by an earlier build showed the same body.
    /// </summary>
    public static UInt128 Hash(ReadOnlySpan<char> body) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(body));
}
