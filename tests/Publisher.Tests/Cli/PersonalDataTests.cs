using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

/// <summary>Personal data in a document is reported where it is written; site.yml allows official contacts or makes it an error.</summary>
public sealed class PersonalDataTests : IDisposable
{
    private const string Hint = "remove it, or if it is an official contact published on purpose, add it to 'personal_data: allow:' in site.yml";
    private readonly CommandLineSite _site = new();

    public void Dispose() => _site.Dispose();

    private string AddMinutesWithPersonalData() => _site.AddDocument("osobni.md", CommandLineSite.Minutes(
        body: "Zapsala Jana Nováková (jana.novakova@seznam.cz, 602 123 456).\n\nPříspěvek na účet 2000145399/0800, RČ 855203/1004.\n\nTisková mluvčí: varvarovsky.jakub@vlada.cz\n",
        extraFrontMatter: "author: \"Jana Nováková, tel. +420 602 123 456\"\n"));

    private (int Exit, string[] Lines) Check()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = PublisherCli.Run(["--lang", "en", "check", "--input", _site.Input, "--theme", _site.Theme], output, errors);
        return (exit, RunToRunText.Hidden(errors.ToString()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Personal_data_in_front_matter_and_body_is_a_warning_at_its_line_and_column_and_official_contacts_are_not()
    {
        var document = AddMinutesWithPersonalData();

        var (exit, lines) = Check();

        Assert.Equal(0, exit);
        Assert.Equal(
        [
            $"{document}:7:30: warning: personal data: the phone number +420 602 123 456 would be published; {Hint}",
            $"{document}:9:24: warning: personal data: the e-mail address jana.novakova@seznam.cz would be published; {Hint}",
            $"{document}:9:49: warning: personal data: the phone number 602 123 456 would be published; {Hint}",
            $"{document}:11:19: warning: personal data: the bank account number 20••••••••••••0 would be published; {Hint}",
            $"{document}:11:39: warning: personal data: a birth number (rodné číslo, 85••••••••4) would be published; remove it, a birth number is never published",
        ], lines);
    }

    [Fact]
    public void A_strict_site_stops_on_personal_data_and_still_allows_what_it_lists()
    {
        var document = AddMinutesWithPersonalData();
        var siteFile = Path.Combine(_site.Input, "site.yml");
        File.WriteAllText(siteFile, File.ReadAllText(siteFile).Replace("personal_data:\n", "personal_data:\n  strict: true\n") .Replace("    - \"+420 728 866 907\"\n", "    - \"+420 728 866 907\"\n    - 602123456\n"));

        var (exit, lines) = Check();

        Assert.Equal(1, exit);
        Assert.Equal(
        [
            $"{document}:9:24: error: personal data: the e-mail address jana.novakova@seznam.cz would be published; {Hint}",
            $"{document}:11:19: error: personal data: the bank account number 20••••••••••••0 would be published; {Hint}",
            $"{document}:11:39: error: personal data: a birth number (rodné číslo, 85••••••••4) would be published; remove it, a birth number is never published",
            "Check failed: 3 error(s), 0 warning(s).",
        ], lines);
    }

    [Fact]
    public void A_file_of_100000_addresses_lists_the_first_fifty_and_counts_the_rest_at_the_next_one()
    {
        var body = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"- clen{i}@example.cz\n"));
        var document = _site.AddDocument("seznam.md", CommandLineSite.Minutes(body: body));

        var (exit, lines) = Check();

        Assert.Equal(0, exit);
        var ofFile = lines.Where(l => l.StartsWith(document + ":", StringComparison.Ordinal)).ToList();
        Assert.Equal(51, ofFile.Count);
        Assert.Equal($"{document}:58:3: warning: personal data: 99,950 more from here on are not listed; remove them all before publishing this file", ofFile[^1]);
    }
}
