using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// How many inputs the fuzz tests try and from which random seed. The defaults keep the ordinary test run
/// short; a long run raises the scale, and a failure is reproduced by setting the seed it printed.
/// <list type="bullet">
/// <item><c>PUBLISHER_FUZZ_SCALE</c>: multiplies every target's default number of inputs (default 1).</item>
/// <item><c>PUBLISHER_FUZZ_SEED</c>: <c>seed</c> or <c>seed,gamma</c> replays a whole run;
/// <c>seed,gamma,size</c> (the "Last step was invoked with size of … and seed of …" of a failure) replays only the failing input.</item>
/// </list>
/// </summary>
public static class FuzzSettings
{
    public const string ScaleVariable = "PUBLISHER_FUZZ_SCALE";
    public const string SeedVariable = "PUBLISHER_FUZZ_SEED";

    /// <summary>Fixed, so that the ordinary test run tries the same inputs every time.</summary>
    private const ulong DefaultSeed = 20_200_610;

    public static double Scale { get; } = ReadScale();

    public static Replay Replay { get; } = ReadReplay();

    /// <summary>A replay that names a size re-creates one input, so it runs once.</summary>
    public static bool ReplaysSingleInput => OptionModule.IsSome(Replay.Size);

    /// <summary>The number of inputs for a target whose ordinary run tries <paramref name="defaultCount"/>.</summary>
    public static int Count(int defaultCount) =>
        ReplaysSingleInput ? 1 : Math.Max(1, (int)Math.Min(int.MaxValue, Math.Round(defaultCount * Scale)));

    public static string Describe() =>
        $"seed {Replay.Rnd.Seed},{Replay.Rnd.Gamma}{(ReplaysSingleInput ? "," + Replay.Size.Value : "")} ({SeedVariable}), scale {Scale.ToString(CultureInfo.InvariantCulture)} ({ScaleVariable})";

    private static double ReadScale()
    {
        var text = Environment.GetEnvironmentVariable(ScaleVariable);
        if (string.IsNullOrWhiteSpace(text)) return 1;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0
            ? scale
            : throw new InvalidOperationException($"{ScaleVariable} must be a positive number, not '{text}'");
    }

    private static Replay ReadReplay()
    {
        var text = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrWhiteSpace(text)) return new Replay(new Rnd(DefaultSeed), FSharpOption<int>.None);

        var parts = text.Trim().Trim('(', ')').Split(',', StringSplitOptions.TrimEntries);
        try
        {
            var seed = ulong.Parse(parts[0], CultureInfo.InvariantCulture);
            var rnd = parts.Length > 1 ? new Rnd(seed, ulong.Parse(parts[1], CultureInfo.InvariantCulture)) : new Rnd(seed);
            var size = parts.Length > 2 ? FSharpOption<int>.Some(int.Parse(parts[2], CultureInfo.InvariantCulture)) : FSharpOption<int>.None;
            return new Replay(rnd, size);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new InvalidOperationException($"{SeedVariable} must be 'seed', 'seed,gamma' or 'seed,gamma,size', not '{text}'");
        }
    }
}
