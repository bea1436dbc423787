namespace Publisher.Tests.Support;

/// <summary>The system's clock, shifted: ahead, files just written look as if they had settled long before.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Ahead { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
}
