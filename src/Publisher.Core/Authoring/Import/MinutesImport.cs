using System.Globalization;
using System.Text;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Sink;
using Publisher.Core.Validate;

namespace Publisher.Core.Authoring.Import;

/// <summary>What <c>import</c> is asked for: the files, their working group when not told from the text, where to write.</summary>
/// <param name="OutputDirectory">The folder to write into instead of the conventional place in the input folder.</param>
/// <param name="Force">Replace a file that exists.</param>
public sealed record ImportRequest(IReadOnlyList<string> Files, string? RegionId, string? GroupId, string? OutputDirectory, bool Force);

/// <summary>
/// What became of one file: the file written (as messages name it) with the fields that were not found and the problems
/// check finds in it, or why it was not imported.
/// </summary>
public sealed record ImportedFile(string Source, string? Target, IReadOnlyList<Message> Notes, IReadOnlyList<Diagnostic> Diagnostics, Message? Refusal)
{
    public bool PassesCheck => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// Converts legacy minutes into the site's Markdown: each file is read (<see cref="LegacyFile"/>), its fields recognised
/// (<see cref="MinutesRecogniser"/>) and written with front matter (<see cref="FrontMatterWriter"/>, <see cref="MarkdownBodyWriter"/>)
/// at <c>documents/REGION/YYYY/YYYY-MM-DD-GROUP.md</c> as <c>new</c> writes minutes, never over an existing file unless
/// forced. The written files are then checked as <c>check</c> checks the site, so each comes with the problems it has.
/// </summary>
public sealed class MinutesImport
{
    private readonly string _inputDirectory;
    private readonly ContentLoader _loader;
    private readonly RegionCatalog _regions;

    /// <exception cref="ImportRefusedException">regions.yml cannot be read.</exception>
    public MinutesImport(string inputDirectory, string displayRoot)
    {
        _inputDirectory = Path.GetFullPath(inputDirectory);
        _loader = new ContentLoader(_inputDirectory, displayRoot);
        _regions = RegionCatalogReader.Read(_loader.Read(ContentLoader.RegionsFileName, new DiagnosticBag()), new DiagnosticBag())
            ?? throw new ImportRefusedException(ImportMessages.RegionsUnreadable(_loader.DisplayPath(ContentLoader.RegionsFileName)));
    }

    /// <exception cref="ImportRefusedException">The region or group asked for does not exist: nothing was imported.</exception>
    public IReadOnlyList<ImportedFile> Run(ImportRequest request)
    {
        var region = request.RegionId is null ? null : _regions.Find(request.RegionId)
            ?? throw new ImportRefusedException(ImportMessages.UnknownRegion(request.RegionId, string.Join(", ", _regions.Ids)));
        if (region is not null && request.GroupId is not null && region.FindGroup(request.GroupId) is null)
            throw new ImportRefusedException(ImportMessages.UnknownGroup(region.Id, request.GroupId, string.Join(", ", region.Groups.Select(g => g.Id))));

        var written = new List<(ImportedFile File, string FullPath)>();
        var refused = new List<ImportedFile>();
        foreach (var source in request.Files)
        {
            try
            {
                written.Add(Import(source, region, request));
            }
            catch (ImportRefusedException e)
            {
                refused.Add(new ImportedFile(source, null, [], [], e.Text));
            }
        }
        return [.. Checked(written), .. refused];
    }

    private (ImportedFile File, string FullPath) Import(string source, Region? asked, ImportRequest request)
    {
        var document = LegacyFile.Read(source, source);
        var fields = MinutesRecogniser.Recognise(document);
        if (fields.Date is not { } date) throw new ImportRefusedException(ImportMessages.NoDate(source));
        var text = PlainText(document);
        var region = asked ?? Guess(_regions.Regions, r => r.Name, text)
            ?? throw new ImportRefusedException(ImportMessages.RegionNotFound(source, string.Join(", ", _regions.Ids)));
        // A region's only group is the group; else the title names it when the text mentions others too
        // ("… skupiny Senioři, pracovní skupinu Osoby …").
        var group = (request.GroupId is { } groupId ? region.FindGroup(groupId)
                : region.Groups.Count == 1 ? region.Groups[0]
                : Guess(region.Groups, g => g.Name, fields.Title ?? "") ?? Guess(region.Groups, g => g.Name, text))
            ?? throw new ImportRefusedException(request.GroupId is null
                ? ImportMessages.GroupNotFound(source, region.Id, string.Join(", ", region.Groups.Select(g => g.Id)))
                : ImportMessages.UnknownGroup(region.Id, request.GroupId, string.Join(", ", region.Groups.Select(g => g.Id))));

        var placement = new MinutesPlacement(fields.Title ?? MinutesLocation.DefaultTitle(group), date, region.Id, group.Id);
        var markdown = FrontMatterWriter.Write(placement, fields) + MarkdownBodyWriter.Write(document, fields.FrontMatterBlocks);
        var (folder, display) = Destination(region, date, request.OutputDirectory);
        var name = MinutesLocation.FileName(date, group.Id);
        var path = Path.Combine(folder, name);
        display = $"{display}/{name}";
        // Replacing follows a symbolic link to wherever it points; only a file of its own is replaced.
        if (request.Force && new FileInfo(path).LinkTarget is not null)
            throw new ImportRefusedException(ImportMessages.ReplacesOnlyFiles(display));
        try
        {
            Directory.CreateDirectory(folder);
            using var file = new FileStream(path, request.Force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.UTF8.GetBytes(markdown));
        }
        catch (IOException) when (!request.Force && (File.Exists(path) || Directory.Exists(path)))
        {
            throw new ImportRefusedException(ImportMessages.AlreadyExists(display));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportRefusedException(ImportMessages.NotWritten(display, e.Message));
        }
        return (new ImportedFile(source, display, Missing(source, fields), [], null), path);
    }

    /// <summary>The folder to write into and how messages name it: the output folder asked for, else the region's year in the input folder.</summary>
    private (string Folder, string Display) Destination(Region region, DateOnly date, string? outputDirectory)
    {
        if (outputDirectory is not null) return (Path.GetFullPath(outputDirectory), FolderDisplay.Of(outputDirectory));
        var relative = MinutesLocation.Folder(region.Id, date);
        var folder = MinutesLocation.Inside(_inputDirectory, relative)
            ?? throw new ImportRefusedException(ImportMessages.LeadsOutside(_loader.DisplayPath(relative)));
        return (folder, _loader.DisplayPath(relative));
    }

    /// <summary>
    /// The written files with what check reports in each: the input folder is read and checked as a whole, so a file
    /// inside it is also checked against the other documents; a file written elsewhere is checked on its own.
    /// </summary>
    private IEnumerable<ImportedFile> Checked(List<(ImportedFile File, string FullPath)> written)
    {
        if (written.Count == 0) return [];
        var diagnostics = new DiagnosticBag();
        var features = StandardExtensions.Create();
        var content = SiteContent.Read(_loader, features, diagnostics);
        var validator = new DocumentValidator(_regions, features, diagnostics, content?.Settings?.PersonalData);
        foreach (var (file, path) in written)
        {
            if (FolderSink.IsInside(_inputDirectory, path)) continue;
            if (SourceDecoder.Decode(File.ReadAllBytes(path), file.Target!, diagnostics) is { } text)
                validator.Validate(new SourceFile(Path.GetFileName(path), file.Target!, text));
        }
        var byFile = diagnostics.Sorted().ToLookup(d => d.File, StringComparer.Ordinal);
        return written.Select(w => w.File with { Diagnostics = byFile[w.File.Target!].ToList() });
    }

    private static IReadOnlyList<Message> Missing(string source, RecognisedMinutes fields)
    {
        var missing = new List<string>();
        if (fields.Title is null) missing.Add("title");
        if (fields.Time is null) missing.Add("time");
        if (fields.Place is null) missing.Add("place");
        if (fields.Attendees.IsEmpty) missing.Add("attendees");
        if (fields.Agenda.Count == 0) missing.Add("agenda");
        if (fields.NextMeeting is null) missing.Add("next_meeting");
        if (fields.Author is null) missing.Add("author");
        return missing.Select(key => ImportMessages.FieldNotFound(source, key)).ToList();
    }

    /// <summary>The one candidate whose name the text mentions; none when no name or more than one is mentioned.</summary>
    private static T? Guess<T>(IEnumerable<T> candidates, Func<T, string> name, string text) where T : class
    {
        var compare = CzechCulture.Culture.CompareInfo;
        var mentioned = candidates.Where(c => compare.IndexOf(text, name(c), CompareOptions.IgnoreCase) >= 0).Take(2).ToList();
        return mentioned.Count == 1 ? mentioned[0] : null;
    }

    private static string PlainText(LegacyDocument document) => string.Join("\n", document.Blocks.Select(block => block switch
    {
        LegacyLine line => line.Text,
        LegacyTable table => string.Join("\n", table.Rows.Select(row => string.Join(" ", row))),
        _ => "",
    }));
}
