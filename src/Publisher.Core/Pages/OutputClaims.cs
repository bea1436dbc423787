using Publisher.Core.Diagnostics;

namespace Publisher.Core.Pages;

/// <summary>Who wants an output file, and what to tell them when someone else wants it too.</summary>
/// <param name="Description">
/// How a message about another claim names this one, as the subject of a sentence ("the open data file", "soubor
/// otevřených dat"): made in a catalog, e.g. <see cref="PagesMessages.SitePage"/>.
/// </param>
/// <param name="At">Where the claim is written, in content or the theme; null for files the site adds by itself.</param>
public abstract record ClaimSource(Message Description, SourcePosition? At)
{
    /// <summary>True for claims that only keep an old address working: they give way to everything else.</summary>
    public virtual bool GivesWay => false;

    /// <summary>
    /// True for claims worth making only where nothing else is published (a redirect the build adds by itself): when
    /// another claim wants the same file, or a folder above it, the other one keeps it and no message is reported.
    /// </summary>
    public virtual bool IsOptional => false;

    /// <summary>What to change at <see cref="At"/> when the claim collides; empty for a claim that is never reported.</summary>
    public abstract Message Remedy { get; }

    /// <summary>The error reported at <see cref="At"/> when <paramref name="other"/> claims the same file at <paramref name="address"/>.</summary>
    public virtual Message Collision(string address, ClaimSource other) => PagesMessages.AlsoClaimedBy(address, other.Description, Remedy);
}

/// <summary>A file the site adds by itself: a listing, an index, an asset, a data file.</summary>
public sealed record SiteClaim(Message Description) : ClaimSource(Description, null)
{
    // Never reported: it is written nowhere an editor could change it.
    public override Message Remedy => Message.Empty;
}

/// <summary>
/// A page of a list of documents the site adds by itself (documents of a type, of a year), first page at
/// <paramref name="ListUrl"/>. A feature's page at that address replaces the whole list, every page of it: the
/// feature presents those documents its own way (the plans by region). A claim that gives way (an old address) does not.
/// </summary>
public sealed record ListingClaim(string ListUrl, Message Description) : ClaimSource(Description, null)
{
    // Never reported: it is written nowhere an editor could change it.
    public override Message Remedy => Message.Empty;
}

/// <summary>
/// Every file the build will write, claimed before anything is rendered: pages, old addresses, assets and the files
/// features add. Two claims on one file, or a file where another claim needs a folder ("/data/documents.json/" below
/// the data file), are errors at the claims made in files. The first claim keeps the file, so the build can go on and
/// report everything else in the same run.
/// </summary>
public sealed class OutputClaims
{
    private readonly Dictionary<string, ClaimSource> _files = new(StringComparer.Ordinal);
    // Folders a feature fills alone, by path without a trailing slash: nothing else may be claimed inside them.
    private readonly Dictionary<string, ClaimSource> _folders = new(StringComparer.Ordinal);
    private readonly List<(string Path, ClaimSource First, ClaimSource Second)> _collisions = [];
    private readonly HashSet<SourcePosition> _reported = [];
    private readonly HashSet<ClaimSource> _dropped = new(ReferenceEqualityComparer.Instance);

    /// <param name="outputPath">The file's path in the output folder, with forward slashes ("rok/2020/index.html").</param>
    /// <returns>False when the file was claimed before; the collision is reported by <see cref="Report"/>.</returns>
    public bool Claim(string outputPath, ClaimSource source)
    {
        if (_files.TryAdd(outputPath, source)) return true;
        var first = _files[outputPath];
        if (source.IsOptional)
        {
            _dropped.Add(source);
            return false;
        }
        if (first.IsOptional)
        {
            _dropped.Add(first);
            _files[outputPath] = source;
            return true;
        }
        _collisions.Add((outputPath, first, source));
        return false;
    }

    /// <summary>Whether a claim still holds its file once every claim is made and reported: false for an optional claim another one took over.</summary>
    public bool Keeps(ClaimSource claim) => !_dropped.Contains(claim);

    /// <summary>Claims a whole folder for one feature; a file claimed inside it, or the folder claimed again, is reported by <see cref="Report"/>.</summary>
    public bool ClaimFolder(string folderPath, ClaimSource source)
    {
        if (_folders.TryAdd(folderPath, source) && _files.TryAdd(folderPath, source)) return true;
        _collisions.Add((folderPath, _files.GetValueOrDefault(folderPath) ?? _folders[folderPath], source));
        return false;
    }

    public bool IsClaimed(string outputPath) => _files.ContainsKey(outputPath);

    /// <summary>
    /// Reports each collision at the claim that should change: the one that only keeps an old address working when the
    /// other does not, the later one when both do, and each of them when neither does.
    /// </summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var (path, first, second) in _collisions)
        {
            var address = AddressOf(path);
            RequireLocated(first, second, address);
            if (second.GivesWay || !first.GivesWay) Error(second, second.Collision(address, first), diagnostics);
            if (!second.GivesWay) Error(first, first.Collision(address, second), diagnostics);
        }

        // A file in the way of another claim's folder; each claim has only a few folders above it, looked up in place:
        // a national archive has hundreds of thousands of claims, and each folder above one is rarely a file.
        var filesByPrefix = _files.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (path, below) in _files)
        {
            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            {
                if (!filesByPrefix.TryGetValue(path.AsSpan(0, slash), out var file)) continue;
                if (below.IsOptional || file.IsOptional)
                {
                    _dropped.Add(below.IsOptional ? below : file);
                    continue;
                }
                if (_folders.TryGetValue(path[..slash], out var folder) && ReferenceEquals(folder, file))
                {
                    RequireLocated(folder, below, AddressOf(path));
                    Error(below, PagesMessages.AddressInsideFolder(AddressOf(path), $"/{path[..slash]}/", folder.Description, below.Remedy), diagnostics);
                    continue;
                }
                var fileAddress = AddressOf(path[..slash]);
                RequireLocated(file, below, fileAddress);
                if (below.GivesWay || !file.GivesWay)
                    Error(below, PagesMessages.AddressBelowFile(AddressOf(path), fileAddress, file.Description, below.Remedy), diagnostics);
                if (!below.GivesWay)
                    Error(file, PagesMessages.FileNeededAsFolder(fileAddress, below.Description, file.Remedy), diagnostics);
            }
        }
    }

    private void Error(ClaimSource claim, Message message, DiagnosticBag diagnostics)
    {
        // One place that claims many files (a region's id makes all its pages' addresses) gets one error, not one per file.
        if (claim.At is { } at && _reported.Add(at))
            diagnostics.Error(at.File, at.Line, at.Column, message);
    }

    /// <summary>Two files the site adds by itself can only collide through a defect in the site's own address scheme.</summary>
    private static void RequireLocated(ClaimSource first, ClaimSource second, string address)
    {
        if (first.At is null && second.At is null)
            throw new InvalidOperationException($"the site claims {address} twice, for {first.Description.English} and {second.Description.English}");
    }

    /// <summary>The site address of an output file: "rok/2020/index.html" → "/rok/2020/".</summary>
    public static string AddressOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;
}
