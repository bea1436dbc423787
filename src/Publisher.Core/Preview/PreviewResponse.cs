namespace Publisher.Core.Preview;

/// <summary>What the preview answers a request with.</summary>
/// <param name="Location">Where a redirect leads; null for other answers.</param>
public sealed record PreviewResponse(int Status, string ContentType, byte[] Body, string? Location = null)
{
    public static PreviewResponse NotFound { get; } = new(404, ContentTypes.Other, []);
}
