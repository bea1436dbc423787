using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Validate;

/// <summary>Reads and checks <c>site.yml</c>.</summary>
public static class SiteSettingsReader
{
    private const string Empty = "site.yml is empty; it needs title, base_url and language";

    private static readonly FileKeys SiteFileKeys = new();
    private static readonly KeySet SiteKeys = SiteFileKeys.Mapping("at the top level of site.yml", "",
        "title", "base_url", "language", "description", "accessibility", "license", "licence", "publisher", "personal_data");
    internal static readonly KeySet AccessibilityKeys = SiteFileKeys.Mapping("under 'accessibility'", "accessibility.",
        "operator", "status", "non_accessible", "prepared", "assessed", "method", "contact");
    internal static readonly KeySet ContactKeys = SiteFileKeys.Mapping("under 'accessibility.contact'", "accessibility.contact.",
        "email", "phone", "address");
    private static readonly KeySet LicenseKeys = SiteFileKeys.Mapping("under 'license'", "license.", "name", "url");
    private static readonly KeySet PersonalDataKeys = SiteFileKeys.Mapping("under 'personal_data'", "personal_data.", "allow", "strict", "attendees");

    public static SiteSettings? Read(SourceFile? file, DiagnosticBag diagnostics)
    {
        if (file is null) return null;
        var root = YamlDocumentReader.ParseDataFile(file, Empty, diagnostics);
        if (root is null) return null;
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, "site.yml must be a set of 'key: value' lines (title, base_url, language)");
            return null;
        }
        var fields = new YamlFields(mapping, file.DisplayPath, 1, diagnostics);
        fields.CheckKeys(SiteKeys);
        var title = fields.Text("title", required: true, what: "the site's name");
        var baseUrl = fields.Text("base_url", required: true, what: "the site's address, e.g. https://zapisy.example.cz/");
        var language = fields.Text("language") ?? "cs";
        var description = fields.Text("description");
        var accessibility = AccessibilityStatementReader.Read(fields, mapping);
        var license = ReadLicense(fields, out var licenseInvalid);
        var publisher = fields.Text("publisher");
        var personalData = ReadPersonalData(fields);

        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            fields.Error(fields.Get("base_url")!, $"'base_url': '{baseUrl}' is not an http(s) address");
            baseUrl = null;
        }
        // The national catalogue names a dataset's provider by the authority's address in the register of public authorities.
        var publisherInvalid = publisher is not null && !(Uri.TryCreate(publisher, UriKind.Absolute, out var publisherUri) && publisherUri.Scheme is "https" or "http");
        if (publisherInvalid)
            fields.Error(fields.Get("publisher")!, $"'publisher': '{publisher}' is not an http(s) address; write the authority's address in the register of public authorities, e.g. https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/00075370");
        if (language != "cs")
            fields.Error(fields.Get("language")!, $"'language': only 'cs' is supported, not '{language}'");

        // A statement that is there but wrong must be fixed; one that is missing only gets a warning.
        var statementInvalid = accessibility is null && fields.Get("accessibility") is not null;
        return title is null || baseUrl is null || statementInvalid || licenseInvalid || publisherInvalid
            ? null
            : new SiteSettings(title, baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", language, description, accessibility)
            {
                License = license ?? SiteLicense.Default,
                Publisher = publisher,
                PersonalData = personalData,
            };
    }

    /// <summary>
    /// The open data's licence: <c>license</c> (or the British <c>licence</c>) with its <c>name</c> and the <c>url</c> of its
    /// text; null when site.yml names none, which leaves the default.
    /// </summary>
    private static SiteLicense? ReadLicense(YamlFields site, out bool invalid)
    {
        invalid = false;
        var key = site.Get("license") is not null ? "license" : "licence";
        if (site.Get("license") is not null && site.Get("licence") is { } second)
        {
            site.Error(second, "'licence' repeats 'license'; keep one of them");
            invalid = true;
            return null;
        }
        if (site.Get(key) is null) return null;
        var fields = site.Map(key);
        if (fields is null)
        {
            invalid = true;
            return null;
        }
        fields.CheckKeys(LicenseKeys);
        var name = fields.Text("name", required: true, what: "the licence's name, e.g. 'CC BY 4.0'");
        var url = fields.Text("url", required: true, what: "the address of the licence's text, e.g. https://creativecommons.org/licenses/by/4.0/");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            fields.Error(fields.Get("url")!, $"'{fields.Name("url")}': '{url}' is not an http(s) address; give the address of the licence's text");
            url = null;
        }
        invalid = name is null || url is null;
        return invalid ? null : new SiteLicense(name!, url!);
    }

    /// <summary>
    /// <c>personal_data</c>: <c>allow</c>, the official contacts documents may publish (e-mail addresses, phone numbers,
    /// accounts), <c>strict</c>, which makes any other personal data an error, and <c>attendees</c>, how documents show
    /// who attended (names, organisations or counts).
    /// </summary>
    private static PersonalDataPolicy ReadPersonalData(YamlFields site)
    {
        if (site.Get("personal_data") is null || site.Map("personal_data") is not { } fields) return PersonalDataPolicy.Default;
        fields.CheckKeys(PersonalDataKeys);
        var allowed = fields.TextList("allow", itemsMayHaveCommas: true).Select(PersonalDataPolicy.Normalise).ToHashSet(StringComparer.Ordinal);
        return new PersonalDataPolicy(allowed, fields.Flag("strict"), AttendeesShownReader.Read(fields, "attendees") ?? AttendeesShown.Names);
    }
}
