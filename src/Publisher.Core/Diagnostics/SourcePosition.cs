namespace Publisher.Core.Diagnostics;

/// <summary>A place in a file an editor or theme author writes, as diagnostics name it (1-based line and column).</summary>
public sealed record SourcePosition(string File, int Line, int Column);
