using Publisher.Core.Authoring.Import;
using Publisher.Core.Diagnostics;
using Publisher.Core.Extensions;
using Publisher.Core.Load;
using Publisher.Core.Model;
using Publisher.Core.Validate;
using Publisher.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Publisher.Tests.Authoring.Import;

/// <summary>Texts that YAML would read as syntax stay the texts they were, and the validator accepts what is written.</summary>
public sealed class FrontMatterWriterTests
{
    private static readonly string[] Hostile =
    [
        "Novák: předseda", "# Malá", "- Dlouhý", "Jan \"Honza\" Novák", "Eva \\ Malá", "&anchor", "*alias", "!tag", "? otázka",
        "yes", "null", "2020-02-17", "'Krátká'", "{Marie}", "[Petr]", "Ota | Blail", "> Irena", "% procento", "@zavináč", "`kód`",
        "Jana Knichalová ", "trailing #comment",
    ];

    [Fact]
    public void Hostile_names_places_and_agenda_items_read_back_unchanged()
    {
        var fields = new RecognisedMinutes("Zápis: #1 - \"první\"", new DateOnly(2020, 6, 10), new TimeOnly(14, 0), "Radnice: sál # 2",
            new AttendeeLists(Hostile, ["Ing. Lucie Kořánová – koordinátorka KP"], [], ["- host"]), Hostile, "Novák: # zapsal",
            new MeetingTime(new DateOnly(2020, 9, 1), null), new HashSet<int>());
        var text = FrontMatterWriter.Write(new MinutesPlacement(fields.Title!, fields.Date!.Value, "zatec", "socialni-prevence-a-odborne-socialni-poradenstvi"), fields);

        var stream = new YamlStream();
        stream.Load(new StringReader(text[4..text.LastIndexOf("---", StringComparison.Ordinal)]));
        var front = (YamlMappingNode)stream.Documents[0].RootNode;

        Assert.Equal(fields.Title, front.Scalar("title"));
        Assert.Equal("Radnice: sál # 2", front.Scalar("place"));
        Assert.Equal("Novák: # zapsal", front.Scalar("author"));
        Assert.Equal("14:00", front.Scalar("time"));
        Assert.Equal("2020-09-01", front.Scalar("next_meeting"));
        Assert.Equal(Hostile, front.Map("attendees")!.List("present"));
        Assert.Equal(["- host"], front.Map("attendees")!.List("guests"));
        Assert.Equal(Hostile, front.List("agenda"));

        var diagnostics = new DiagnosticBag();
        var loader = new ContentLoader(RepositoryPaths.Input, "input");
        var regions = RegionCatalogReader.Read(loader.Read(ContentLoader.RegionsFileName, diagnostics), diagnostics)!;
        var document = new DocumentValidator(regions, StandardExtensions.Create(), diagnostics)
            .Validate(new SourceFile("documents/zatec/2020/x.md", "input/documents/zatec/2020/x.md", text + "Text.\n"));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(Hostile.Select(name => name.Trim()), document!.Document.Attendees.Present);
    }
}
