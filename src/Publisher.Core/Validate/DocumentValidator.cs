using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Extensions;
using Publisher.Core.Validate.PersonalData;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Validate;

/// <summary>
/// Checks one content file against the content contract and turns it into a <see cref="Document"/>.
/// Reports every problem of the file, each at the line and column of the offending value. The core's keys are read
/// here; each feature reads its own (<see cref="SiteExtension.ReadDocument"/>).
/// </summary>
public sealed class DocumentValidator
{
    private static readonly string[] CoreKeys =
    [
        "title", "type", "date", "region", "group", "time", "place", "attendees", "agenda", "tasks",
        "next_meeting", "author", "tags", "summary", "draft", "slug",
    ];

    private readonly RegionCatalog _regions;
    private readonly IReadOnlyList<SiteExtension> _features;
    private readonly DiagnosticBag _diagnostics;
    private readonly KeySet _documentKeys;
    private readonly KeySet _attendeeKeys;
    private readonly KeySet _taskKeys;
    private readonly PersonalDataCheck _personalData;
    private readonly AttendeesShown _attendeesShown;

    /// <param name="personalData">What personal data the site publishes on purpose (by default none, and the rest is warned
    /// about) and how it shows attendees (by default by name).</param>
    public DocumentValidator(RegionCatalog regions, IReadOnlyList<SiteExtension> features, DiagnosticBag diagnostics, PersonalDataPolicy? personalData = null)
    {
        _personalData = new PersonalDataCheck(personalData ?? PersonalDataPolicy.Default);
        _attendeesShown = (personalData ?? PersonalDataPolicy.Default).Attendees;
        _regions = regions;
        _features = features;
        _diagnostics = diagnostics;
        var keys = new FileKeys();
        _documentKeys = keys.Mapping(DocumentMessages.TopLevel, "", [.. CoreKeys, .. features.SelectMany(f => f.FrontMatterKeys)]);
        _attendeeKeys = keys.Mapping(YamlFieldMessages.Under("attendees"), "attendees.", "present", "excused", "absent", "guests", "shown");
        _taskKeys = keys.Mapping(DocumentMessages.ToATask, "tasks[].", "task", "owner", "due");
    }


    public ValidatedDocument? Validate(SourceFile file)
    {
        _personalData.Report(file, _diagnostics);
        var split = FrontMatterSplitter.Split(file, _diagnostics);
        if (split is null) return null;
        if (!YamlDocumentReader.TryParse(split.FrontMatter, file.DisplayPath, split.FrontMatterLine, _diagnostics, out var root))
            return null;
        // YAML without a document (blank lines or only comments) is front matter without keys: the missing ones are reported below.
        root ??= new YamlMappingNode();
        if (root is not YamlMappingNode mapping)
        {
            _diagnostics.Error(file.DisplayPath, split.FrontMatterLine, 1, DocumentMessages.FrontMatterNotAMapping);
            return null;
        }

        var fields = new YamlFields(mapping, file.DisplayPath, split.FrontMatterLine, _diagnostics);
        fields.CheckKeys(_documentKeys);

        var title = fields.Text("title", required: true, what: DocumentMessages.TitleWhat);
        var type = ReadType(fields);
        var date = fields.Date("date", required: true);
        var (region, group) = ReadRegionAndGroup(fields, type);

        var summary = fields.Text("summary");
        var body = WithoutInvisibleControls(file, split);
        CheckBrackets(file, split);
        var document = new Document
        {
            Source = file.RelativePath,
            Title = title ?? "",
            Type = type ?? DocumentType.Minutes,
            Date = date ?? default,
            Time = fields.Time("time"),
            Region = region!,
            Group = group,
            Place = fields.Text("place"),
            Attendees = ReadAttendees(fields),
            Agenda = fields.TextList("agenda"),
            Tasks = ReadTasks(fields),
            NextMeeting = fields.DateAndTime("next_meeting"),
            Author = fields.Text("author"),
            Tags = ReadTags(fields),
            Summary = summary is null ? SummaryExtractor.FromMarkdown(body.Span) : summary,
            SummaryIsExcerpt = summary is null,
            Url = "",
            AddressAt = new SourcePosition(file.DisplayPath, split.FrontMatterLine, 1),
            BodyHash = DocumentBody.Hash(body.Span),
            BodyLine = split.BodyLine,
        };
        var draft = fields.Flag("draft");
        var slug = ReadSlug(fields);
        var frontMatter = new DocumentFrontMatter(fields, type, region);
        var features = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var feature in _features)
        {
            if (feature.ReadDocument(frontMatter) is { } data) features[feature.Name] = data;
        }

        if (title is null || type is null || date is null || region is null || frontMatter.IsRejected)
            return null;
        if (type == DocumentType.Minutes && group is null)
            return null;

        var titleAt = fields.Locate(title, fields.Get("title")!);
        var addressAt = (Located<string>?)slug ?? titleAt;
        document = document with
        {
            Features = features,
            Url = UrlScheme.Document(region.Id, group?.Id, date.Value, title, slug?.Value),
            AddressAt = new SourcePosition(file.DisplayPath, addressAt.Line, addressAt.Column),
            HasOwnSlug = slug is not null,
        };
        return new ValidatedDocument(document, draft, body);
    }

    private static DocumentType? ReadType(YamlFields fields)
    {
        var value = fields.Text("type", required: true, what: DocumentMessages.TypeWhat);
        if (value is null) return null;
        if (DocumentTypes.Find(value) is { } type) return type.Type;
        fields.Error(fields.Get("type")!, DocumentMessages.UnknownType(value, ClosestMatch.Hint(value, DocumentTypes.Keys)));
        return null;
    }

    private (Region?, WorkingGroup?) ReadRegionAndGroup(YamlFields fields, DocumentType? type)
    {
        var regionId = fields.Text("region", required: true, what: DocumentMessages.RegionWhat);
        var groupId = fields.Text("group", required: type == DocumentType.Minutes, what: DocumentMessages.GroupWhat);
        if (regionId is null) return (null, null);

        var region = _regions.Find(regionId);
        if (region is null)
        {
            fields.Error(fields.Get("region")!, DocumentMessages.UnknownRegion(regionId, ClosestMatch.Hint(regionId, _regions.Ids)));
            return (null, null);
        }
        if (groupId is null) return (region, null);

        var group = region.FindGroup(groupId);
        if (group is null)
        {
            fields.Error(fields.Get("group")!, DocumentMessages.UnknownGroup(region.Id, groupId, ClosestMatch.Hint(groupId, region.Groups.Select(g => g.Id))));
        }
        return (region, group);
    }

    /// <summary>The editor's own last segment of the document's address, instead of the one made from its date and title.</summary>
    private static Located<string>? ReadSlug(YamlFields fields)
    {
        var slug = fields.Id("slug", DocumentMessages.SlugWhat, required: false);
        if (slug is null) return null;
        if (slug == UrlScheme.PageSegment)
        {
            fields.Error(fields.Get("slug")!, DocumentMessages.SlugIsPageSegment(UrlScheme.PageSegment));
            return null;
        }
        return fields.Locate(slug, fields.Get("slug")!);
    }

    private Attendees ReadAttendees(YamlFields fields)
    {
        var map = fields.Map("attendees");
        if (map is null) return Attendees.None;
        map.CheckKeys(_attendeeKeys);
        var attendees = new Attendees(map.TextList("present"), map.TextList("excused"), map.TextList("absent"), map.TextList("guests"));
        return attendees.As(AttendeesShownReader.Read(map, "shown") ?? _attendeesShown);
    }

    private IReadOnlyList<MeetingTask> ReadTasks(YamlFields fields)
    {
        var tasks = new List<MeetingTask>();
        foreach (var item in fields.MapList("tasks"))
        {
            item.CheckKeys(_taskKeys);
            var task = item.Text("task", required: true, what: DocumentMessages.TaskWhat);
            var owner = item.Text("owner");
            var due = item.Date("due");
            if (task is not null) tasks.Add(new MeetingTask(task, owner, due));
        }
        return tasks;
    }

    /// <summary>
    /// Most '[' characters a body may have. Markdig's time to read links and footnotes grows with the square of
    /// their brackets: 10,000 take half a second, the 1.2 million a 5 MB file could hold would take hours.
    /// Real minutes have a few dozen.
    /// </summary>
    public const int MaxBrackets = 10_000;

    private void CheckBrackets(SourceFile file, SplitDocument split)
    {
        var body = split.Body.Span;
        var count = body.Count('[');
        if (count <= MaxBrackets) return;
        var offset = -1;
        for (var i = 0; i <= MaxBrackets; i++) offset += 1 + body[(offset + 1)..].IndexOf('[');
        var line = body[..offset].Count('\n');
        var column = offset - (body[..Math.Max(offset, 1)].LastIndexOf('\n') + 1) + 1;
        _diagnostics.Error(file.DisplayPath, split.BodyLine + line, column, DocumentMessages.TooManyBrackets(count, MaxBrackets));
    }

    /// <summary>The body without invisible control characters, with a warning for each line that had some.</summary>
    private ReadOnlyMemory<char> WithoutInvisibleControls(SourceFile file, SplitDocument split)
    {
        if (!InvisibleCharacters.Any(split.Body.Span)) return split.Body;
        var lines = split.Body.ToString().Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!InvisibleCharacters.Any(lines[i])) continue;
            var column = lines[i].IndexOf(lines[i].First(InvisibleCharacters.IsInvisible)) + 1;
            _diagnostics.Warning(file.DisplayPath, split.BodyLine + i, column, DocumentMessages.InvisibleControlsInText(InvisibleCharacters.Describe(lines[i])));
        }
        return DocumentBody.Clean(split.Body);
    }

    private static IReadOnlyList<Tag> ReadTags(YamlFields fields)
    {
        var tags = new List<Tag>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in fields.LocatedTextList("tags"))
        {
            var slug = Slug.From(tag.Value);
            if (slug.Length == 0)
            {
                fields.Error(tag, DocumentMessages.TagWithoutLetters(tag.Value));
                continue;
            }
            if (slugs.Add(slug)) tags.Add(new Tag(tag.Value, slug, UrlScheme.Tag(slug)));
        }
        return tags;
    }
}
