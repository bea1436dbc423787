using System.Collections.Concurrent;

namespace Publisher.Core.Diagnostics;

/// <summary>
/// Collects diagnostics from stages that run in parallel; reports them in a stable order
/// (file, line, column) so that two runs over the same input print the same text.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string file, int line, int column, Message message) =>
        Add(new Diagnostic(file, line, column, Severity.Error, message));

    public void Warning(string file, int line, int column, Message message) =>
        Add(new Diagnostic(file, line, column, Severity.Warning, message));

    /// <summary>Every problem added so far, in the order added, leaving the bag empty.</summary>
    public IReadOnlyList<Diagnostic> TakeAll()
    {
        var taken = new List<Diagnostic>();
        while (_items.TryDequeue(out var diagnostic)) taken.Add(diagnostic);
        return taken;
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.File, StringComparer.Ordinal)
              .ThenBy(d => d.Line)
              .ThenBy(d => d.Column)
              .ThenBy(d => d.Message.English, StringComparer.Ordinal)
              .ToList();
}
