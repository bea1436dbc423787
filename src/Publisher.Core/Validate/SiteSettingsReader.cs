using Publisher.Core.Diagnostics;
using Publisher.Core.Load;
using Publisher.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Validate;

/// <summary>Reads and checks <c>site.yml</c>.</summary>
public static class SiteSettingsReader
{
    private static readonly FileKeys SiteFileKeys = new();
    private static readonly KeySet SiteKeys = SiteFileKeys.Mapping(SiteFileMessages.SiteTopLevel, "",
        "title", "base_url", "language", "description", "accessibility", "license", "licence", "publisher", "personal_data");
    internal static readonly KeySet AccessibilityKeys = SiteFileKeys.Mapping(YamlFieldMessages.Under("accessibility"), "accessibility.",
        "operator", "status", "non_accessible", "prepared", "assessed", "method", "contact");
    internal static readonly KeySet ContactKeys = SiteFileKeys.Mapping(YamlFieldMessages.Under("accessibility.contact"), "accessibility.contact.",
        "email", "phone", "address");
    private static readonly KeySet LicenseKeys = SiteFileKeys.Mapping(YamlFieldMessages.Under("license"), "license.", "name", "url");
    private static readonly KeySet PersonalDataKeys = SiteFileKeys.Mapping(YamlFieldMessages.Under("personal_data"), "personal_data.", "allow", "strict", "attendees");

    public static SiteSettings? Read(SourceFile? file, DiagnosticBag diagnostics)
    {
        if (file is null) return null;
        var root = YamlDocumentReader.ParseDataFile(file, SiteFileMessages.SiteFileEmpty, diagnostics);
        if (root is null) return null;
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, SiteFileMessages.SiteFileNotAMapping);
            return null;
        }
        var fields = new YamlFields(mapping, file.DisplayPath, 1, diagnostics);
        fields.CheckKeys(SiteKeys);
        var title = fields.Text("title", required: true, what: SiteFileMessages.SiteTitleWhat);
        var baseUrl = fields.Text("base_url", required: true, what: SiteFileMessages.BaseUrlWhat);
        var language = fields.Text("language") ?? "cs";
        var description = fields.Text("description");
        var accessibility = AccessibilityStatementReader.Read(fields, mapping);
        var license = ReadLicense(fields, out var licenseInvalid);
        var publisher = fields.Text("publisher");
        var personalData = ReadPersonalData(fields);

        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            fields.Error(fields.Get("base_url")!, SiteFileMessages.NotAnHttpAddress("base_url", baseUrl));
            baseUrl = null;
        }
        // The national catalogue names a dataset's provider by the authority's address in the register of public authorities.
        var publisherInvalid = publisher is not null && !(Uri.TryCreate(publisher, UriKind.Absolute, out var publisherUri) && publisherUri.Scheme is "https" or "http");
        if (publisherInvalid)
            fields.Error(fields.Get("publisher")!, SiteFileMessages.PublisherNotAnHttpAddress(publisher!));
        if (language != "cs")
            fields.Error(fields.Get("language")!, SiteFileMessages.UnsupportedLanguage(language));

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
            site.Error(second, SiteFileMessages.LicenceRepeatsLicense);
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
        var name = fields.Text("name", required: true, what: SiteFileMessages.LicenseNameWhat);
        var url = fields.Text("url", required: true, what: SiteFileMessages.LicenseUrlWhat);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            fields.Error(fields.Get("url")!, SiteFileMessages.LicenseUrlNotAnHttpAddress(fields.Name("url"), url));
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
