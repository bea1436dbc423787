using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace Publisher.Tests.Fuzz;

/// <summary>
/// Tries the inputs of one fuzz target with FsCheck: each input runs under a time bound, its outcome
/// (accepted, rejected with errors, …) is counted, and the counts, the seed and the slowest input go to the
/// test output. Inputs are not shrunk: a mutated document has no useful smaller form, and shrinking an
/// input that hangs would only hang again.
/// </summary>
/// <param name="target">Names the target in messages and saved files, e.g. "documents".</param>
public sealed class FuzzRun(string target, ITestOutputHelper output, TimeSpan bound)
{
    /// <summary>Where failing inputs are saved.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "publisher-fuzz");

    /// <param name="test">Runs one input and names its outcome; throws when a property does not hold.</param>
    /// <param name="warmUp">
    /// Run once without a time bound before the others and not counted, so that loading assemblies, compiling
    /// and static initialisation are not charged to the first input.
    /// </param>
    public void Check<T>(Gen<T> inputs, int defaultCount, Func<T, string> test, T warmUp) where T : IFuzzInput
    {
        Directory.CreateDirectory(Folder);
        // A stack overflow ends the test process without a chance to report the input, so the input being
        // tried is always on disk; it is deleted when the run ends normally.
        var current = Path.Combine(Folder, $"{target}-{Environment.ProcessId}-current");
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var slowest = TimeSpan.Zero;
        var slowestInput = "";
        string? currentPath = null;

        using var worker = new BoundedWorker("fuzz " + target);
        worker.Run(() => test(warmUp), Timeout.InfiniteTimeSpan);
        var property = Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            currentPath = input.Save(current);
            var started = Stopwatch.GetTimestamp();
            string outcome;
            try
            {
                outcome = worker.Run(() => test(input), bound);
            }
            catch (Exception e)
            {
                var saved = input.Save(Path.Combine(Folder, $"{target}-failure-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}"));
                var what = e is TimeoutException ? e.Message : $"failed ({e.GetType().Name}: {e.Message})";
                throw new FuzzFailure($"{target}: an input {what}; it is saved in {saved}", e);
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > slowest)
            {
                slowest = elapsed;
                slowestInput = input.ToString()!.Split(':')[0];
            }
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        });

        var runner = new ResultRunner();
        var clock = Stopwatch.StartNew();
        var config = Config.Quick
            .WithName(target)
            .WithMaxTest(FuzzSettings.Count(defaultCount))
            .WithReplay(FSharpOption<Replay>.Some(FuzzSettings.Replay))
            .WithRunner(runner);
        FsCheck.Check.One(config, property);
        clock.Stop();

        var result = runner.Result ?? throw new InvalidOperationException("FsCheck reported no result");
        output.WriteLine($"{target}: {Tried(result)} inputs tried in {clock.Elapsed.TotalSeconds:0.0} s, slowest {slowest.TotalSeconds:0.000} s ({slowestInput}); {FuzzSettings.Describe()}");
        foreach (var (outcome, count) in outcomes)
            output.WriteLine($"  {count,8} {outcome}");
        // The process did not crash, so the input being tried is not needed; a failing one was saved on its own.
        Delete(currentPath);
        if (!result.IsPassed)
            Assert.Fail(Runner.onFinishedToString(target, result) + ReplayHint(result));
    }

    private static int Tried(TestResult result) => result switch
    {
        TestResult.Passed passed => passed.Item1.NumberOfTests,
        TestResult.Failed failed => failed.Item1.NumberOfTests,
        TestResult.Exhausted exhausted => exhausted.Item.NumberOfTests,
        _ => 0,
    };

    /// <summary>The seed and size FsCheck generated the failing input from, as <see cref="FuzzSettings"/> reads them.</summary>
    private static string ReplayHint(TestResult result) =>
        result is TestResult.Failed failed
            ? $"\nTo try only this input again: {FuzzSettings.SeedVariable}={failed.Item6.Seed},{failed.Item6.Gamma},{failed.Item7}"
            : "";

    private static void Delete(string? path)
    {
        if (path is null) return;
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else File.Delete(path);
    }

    /// <summary>Keeps FsCheck's verdict instead of printing it to the console, which xunit does not show.</summary>
    private sealed class ResultRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type type) { }

        public void OnArguments(int testNumber, FSharpList<object> arguments, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every) { }

        public void OnShrink(FSharpList<object> arguments, FSharpFunc<FSharpList<object>, string> everyShrink) { }

        public void OnFinished(string name, TestResult result) => Result = result;
    }
}

/// <summary>A property that did not hold for a fuzz input; the message says where the input was saved.</summary>
public sealed class FuzzFailure(string message, Exception inner) : Exception(message, inner);
