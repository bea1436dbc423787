using System.Text;

namespace Publisher.Core.Preview;

/// <summary>
/// The script that reloads a page when the preview has built the site again, served at <see cref="Path"/>. It is
/// added to the HTML the preview serves, at the end of the body; the rendered pages themselves never contain it.
/// </summary>
public static class ReloadScript
{
    public const string Path = PreviewServer.OwnPrefix + "reload.js";

    public static byte[] Content { get; } = PreviewResources.Bytes("reload.js");

    private static readonly byte[] Tag = Encoding.ASCII.GetBytes($"<script src=\"{Path}\" defer></script>");
    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>A copy of the page with the script's tag before its last <c>&lt;/body&gt;</c>, or at its end when it has none.</summary>
    public static byte[] AddTo(byte[] html)
    {
        var at = LastBodyEnd(html);
        var result = new byte[html.Length + Tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        Tag.CopyTo(result, at);
        html.AsSpan(at).CopyTo(result.AsSpan(at + Tag.Length));
        return result;
    }

    private static int LastBodyEnd(byte[] html)
    {
        for (var i = html.Length - BodyEnd.Length; i >= 0; i--)
        {
            if (Ascii.EqualsIgnoreCase(html.AsSpan(i, BodyEnd.Length), BodyEnd)) return i;
        }
        return html.Length;
    }
}
