using System.Globalization;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Validate;

/// <summary>
/// What the readers of the data files say, in both languages: <see cref="SiteSettingsReader"/> and
/// <see cref="AccessibilityStatementReader"/> of <c>site.yml</c>, <see cref="RegionCatalogReader"/> of <c>regions.yml</c>.
/// </summary>
public static class SiteFileMessages
{
    public static Message SiteFileEmpty { get; } = new(
        "site.yml is empty; it needs title, base_url and language",
        "soubor site.yml je prázdný; musí obsahovat title, base_url a language");

    public static Message SiteFileNotAMapping { get; } = new(
        "site.yml must be a set of 'key: value' lines (title, base_url, language)",
        "soubor site.yml musí být sada řádků 'klíč: hodnota' (title, base_url, language)");

    public static Message NotAnHttpAddress(string key, string value) => new(
        $"'{key}': '{value}' is not an http(s) address",
        $"'{key}': '{value}' není adresa http(s)");

    public static Message PublisherNotAnHttpAddress(string value) => new(
        $"'publisher': '{value}' is not an http(s) address; write the authority's address in the register of public authorities, e.g. https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/00075370",
        $"'publisher': '{value}' není adresa http(s); napište adresu úřadu v rejstříku orgánů veřejné moci, např. https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/00075370");

    public static Message UnsupportedLanguage(string language) => new(
        $"'language': only 'cs' is supported, not '{language}'",
        $"'language': podporována je jen čeština ('cs'), ne '{language}'");

    public static Message LicenceRepeatsLicense { get; } = new(
        "'licence' repeats 'license'; keep one of them",
        "'licence' je totéž co 'license'; ponechte jen jeden z obou klíčů");

    public static Message LicenseUrlNotAnHttpAddress(string key, string url) => new(
        $"'{key}': '{url}' is not an http(s) address; give the address of the licence's text",
        $"'{key}': '{url}' není adresa http(s); uveďte adresu textu licence");

    public static Message NoAccessibilityStatement { get; } = new(
        "site.yml has no 'accessibility' section, so the site is published without the accessibility statement that Czech public-sector sites must have (zákon č. 99/2019 Sb.)",
        "soubor site.yml nemá část 'accessibility', a tak se web zveřejní bez prohlášení o přístupnosti, které weby veřejného sektoru musí mít (zákon č. 99/2019 Sb.)");

    public static Message NonAccessibleContentMissing(string key) => new(
        $"'{key}': a site that is not fully compliant must list its non-accessible content under 'non_accessible'",
        $"'{key}': web, který není plně v souladu, musí v 'non_accessible' vypsat svůj nepřístupný obsah");

    public static Message UnknownComplianceStatus(string key, string value) => new(
        $"'{key}': '{value}' is not a compliance status; use full, partial or none",
        $"'{key}': '{value}' není stav souladu; použijte full, partial nebo none");

    public static Message NotAnEmailAddress(string key, string value) => new(
        $"'{key}': '{value}' is not an e-mail address",
        $"'{key}': '{value}' není e-mailová adresa");

    public static Message NotAPhoneNumber(string key, string value) => new(
        $"'{key}': '{value}' is not a phone number; use digits, spaces and a leading +, e.g. +420 415 736 111",
        $"'{key}': '{value}' není telefonní číslo; použijte číslice, mezery a na začátku případně +, např. +420 415 736 111");

    public static Message RegionsFileEmpty { get; } = new(
        "regions.yml is empty; it must list the regions, each starting with '- id: …'",
        "soubor regions.yml je prázdný; musí obsahovat seznam regionů, každý začínající '- id: …'");

    public static Message RegionsFileNotAList { get; } = new(
        "regions.yml must be a list of regions, each starting with '- id: …'",
        "soubor regions.yml musí být seznam regionů, každý začínající '- id: …'");

    public static Message RegionNotAMapping { get; } = new(
        "each region must be a set of 'key: value' lines (id, name, kind, groups)",
        "každý region musí být sada řádků 'klíč: hodnota' (id, name, kind, groups)");

    public static Message DuplicateRegionId(string id, int firstLine) => new(
        $"duplicate region id '{id}' (first defined on line {firstLine.ToString(CultureInfo.InvariantCulture)})",
        $"označení regionu '{id}' je uvedeno dvakrát (poprvé na řádku {firstLine.ToString(CzechCulture.Culture)})");

    public static Message GroupIdIsANumber(string id) => new(
        $"working group id '{id}' must not be a number (numbers are years in the site's addresses)",
        $"označení pracovní skupiny '{id}' nesmí být číslo (čísla jsou v adresách webu roky)");

    public static Message DuplicateGroupId(string id, int firstLine) => new(
        $"duplicate working group id '{id}' in this region (first defined on line {firstLine.ToString(CultureInfo.InvariantCulture)})",
        $"označení pracovní skupiny '{id}' je v tomto regionu uvedeno dvakrát (poprvé na řádku {firstLine.ToString(CzechCulture.Culture)})");

    /// <summary>Where a key of site.yml or regions.yml belongs, as in "'title' belongs at the top level of site.yml".</summary>
    public static Message SiteTopLevel { get; } = new("at the top level of site.yml", "na nejvyšší úroveň souboru site.yml");

    public static Message ToARegion { get; } = new("to a region", "k údajům regionu");

    public static Message ToAWorkingGroup { get; } = new("to a working group", "k údajům pracovní skupiny");

    /// <summary>What a key's value is, for "missing required key 'title' (the site's name)".</summary>
    public static Message SiteTitleWhat { get; } = new("the site's name", "název webu");

    public static Message BaseUrlWhat { get; } = new(
        "the site's address, e.g. https://zapisy.example.cz/",
        "úplná adresa webu, např. https://zapisy.example.cz/");

    public static Message LicenseNameWhat { get; } = new("the licence's name, e.g. 'CC BY 4.0'", "název licence, např. 'CC BY 4.0'");

    public static Message LicenseUrlWhat { get; } = new(
        "the address of the licence's text, e.g. https://creativecommons.org/licenses/by/4.0/",
        "adresa, na které je zveřejněn text licence, např. https://creativecommons.org/licenses/by/4.0/");

    public static Message OperatorWhat { get; } = new("who runs the site, e.g. 'Město Žatec'", "kdo web provozuje, např. 'Město Žatec'");

    public static Message StatusWhat { get; } = new(
        "full, partial or none",
        "full (plně v souladu), partial (částečně v souladu) nebo none (není v souladu)");

    public static Message MethodWhat { get; } = new(
        "how the site was assessed, e.g. 'samohodnocením'",
        "jak byla přístupnost webu posouzena, např. 'samohodnocením'");

    public static Message ContactWhat { get; } = new(
        "where people report accessibility problems: email, optionally phone and address",
        "kam lidé hlásí problémy s přístupností: email, případně phone a address");

    public static Message EmailWhat { get; } = new(
        "an e-mail address for accessibility problems",
        "e-mailová adresa pro hlášení problémů s přístupností");

    public static Message RegionIdWhat { get; } = new("the region's id, e.g. zatec", "označení regionu, např. zatec");

    public static Message RegionNameWhat { get; } = new("the region's name", "název regionu");

    public static Message GroupIdWhat { get; } = new("the working group's id", "označení pracovní skupiny");

    public static Message GroupNameWhat { get; } = new("the working group's name", "název pracovní skupiny");
}
