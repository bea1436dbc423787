namespace Publisher.Core.Render.Reuse;

/// <summary>What an earlier build rendered, for the next build to keep what did not change: its record of its pages, and its files.</summary>
public sealed record PreviousRender(RenderCache Cache, IPreviousOutput Output);
