using Publisher.Core.Diagnostics;

namespace Publisher.Core.Render.Pages;

/// <summary>Who wants an output file, for the message when two want the same one.</summary>
/// <param name="Description">How a message names the claimant to the other one: "the document input/a.md", "the year listing /rok/2020/".</param>
/// <param name="At">Where the claim is written, in content or the theme; null for files the site adds by itself.</param>
/// <param name="Fix">What to change at <paramref name="At"/> when the claim collides.</param>
public sealed record ClaimSource(string Description, SourcePosition? At, string Fix);

/// <summary>
/// Every file the build will write, claimed before anything is rendered: pages, old addresses, assets and the files
/// features add. Two claims on one file, or a file where another claim needs a folder ("/data/documents.json/" beside
/// the data file), are errors at each claim made in a file, naming the other; the first claim keeps the file, so the
/// build can go on rendering and report everything else in the same run.
/// </summary>
public sealed class OutputClaims
{
    private readonly Dictionary<string, ClaimSource> _files = new(StringComparer.Ordinal);
    private readonly List<(string Path, ClaimSource First, ClaimSource Second)> _collisions = [];

    /// <param name="outputPath">The file's path in the output folder, with forward slashes ("rok/2020/index.html").</param>
    /// <returns>False when the file was claimed before; the collision is reported by <see cref="Report"/>.</returns>
    public bool Claim(string outputPath, ClaimSource source)
    {
        if (_files.TryAdd(outputPath, source)) return true;
        _collisions.Add((outputPath, _files[outputPath], source));
        return false;
    }

    public bool IsClaimed(string outputPath) => _files.ContainsKey(outputPath);

    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var (path, first, second) in _collisions)
        {
            var address = AddressOf(path);
            RequireLocated(first, second, address);
            Error(second, $"the address {address} is also claimed by {first.Description}", diagnostics);
            Error(first, $"the address {address} is also claimed by {second.Description}", diagnostics);
        }

        // A file in the way of another claim's folder; each claim has only a few folders above it.
        foreach (var (path, below) in _files)
        {
            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            {
                if (!_files.TryGetValue(path[..slash], out var file)) continue;
                var fileAddress = AddressOf(path[..slash]);
                RequireLocated(file, below, fileAddress);
                Error(below, $"the address {AddressOf(path)} lies below {fileAddress}, which is {file.Description}", diagnostics);
                Error(file, $"the address {fileAddress} is a file, but {below.Description} needs it as a folder", diagnostics);
            }
        }
    }

    private static void Error(ClaimSource claim, string problem, DiagnosticBag diagnostics)
    {
        if (claim.At is { } at)
            diagnostics.Error(at.File, at.Line, at.Column, $"{problem}; {claim.Fix}");
    }

    /// <summary>Two files the site adds by itself can only collide through a defect in the site's own address scheme.</summary>
    private static void RequireLocated(ClaimSource first, ClaimSource second, string address)
    {
        if (first.At is null && second.At is null)
            throw new InvalidOperationException($"the site claims {address} twice, for {first.Description} and {second.Description}");
    }

    /// <summary>The site address of an output file: "rok/2020/index.html" → "/rok/2020/".</summary>
    private static string AddressOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;
}
