namespace Publisher.Core.Validate;

/// <summary>A value together with the file position it came from, for checks that run after parsing.</summary>
public sealed record Located<T>(T Value, int Line, int Column);
