using System.Diagnostics;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;

namespace Publisher;

/// <summary>Where a build's progress goes: nowhere (a build run from other code), a log, or a terminal.</summary>
public enum ProgressShown { None, Log, Terminal }

/// <summary>
/// Shows how far a long build has got. On a terminal: one line redrawn in place, a bar with the counts and the stage,
/// cleared when the build ends. Elsewhere (a CI log): a plain line when a stage has run for a while and again now and
/// then, so a short build prints nothing and its output stays the same from run to run.
/// </summary>
public sealed class BuildProgressDisplay(TextWriter error, MessageLanguage language, ProgressShown shown) : IBuildProgress, IDisposable
{
    private readonly bool _onTerminal = shown == ProgressShown.Terminal;

    private const int BarWidth = 30;
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan FirstLogLine = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(10);

    private readonly Lock _drawing = new();
    private readonly Stopwatch _sinceStageStart = new();
    private BuildStage _stage;
    private int _total;
    private int _done;
    private TimeSpan _nextDraw;
    private bool _lineShown;

    public void Started(BuildStage stage, int total)
    {
        lock (_drawing)
        {
            _stage = stage;
            _total = total;
            _done = 0;
            _sinceStageStart.Restart();
            _nextDraw = shown switch
            {
                ProgressShown.Terminal => TimeSpan.Zero,
                ProgressShown.Log => FirstLogLine,
                _ => TimeSpan.MaxValue,
            };
        }
    }

    public void Advanced()
    {
        var done = Interlocked.Increment(ref _done);
        if (_sinceStageStart.Elapsed < _nextDraw) return;
        // One core draws; the others go on with their work rather than wait for it.
        if (!_drawing.TryEnter()) return;
        try
        {
            if (_sinceStageStart.Elapsed < _nextDraw) return;
            _nextDraw = _sinceStageStart.Elapsed + (_onTerminal ? TerminalInterval : LogInterval);
            Show(Math.Min(done, _total));
        }
        finally
        {
            _drawing.Exit();
        }
    }

    private void Show(int done)
    {
        var counts = CommandLineMessages.Progress(_stage == BuildStage.ReadingDocuments, done, _total).In(language);
        if (!_onTerminal)
        {
            error.WriteLine(counts);
            return;
        }
        var filled = _total == 0 ? BarWidth : (int)((long)done * BarWidth / _total);
        error.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {counts}\u001b[K");
        error.Flush();
        _lineShown = true;
    }

    /// <summary>Clears the terminal line, so what the build prints next starts on a clean one.</summary>
    public void Dispose()
    {
        lock (_drawing)
        {
            if (!_lineShown) return;
            error.Write("\r\u001b[K");
            error.Flush();
            _lineShown = false;
        }
    }
}
