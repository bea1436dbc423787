using System.Text.RegularExpressions;
using Publisher.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Validate;

/// <summary>Reads the <c>accessibility</c> section of <c>site.yml</c>, from which the accessibility statement is made.</summary>
public static partial class AccessibilityStatementReader
{
    private static readonly Dictionary<string, ComplianceStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["full"] = ComplianceStatus.Full,
        ["partial"] = ComplianceStatus.Partial,
        ["none"] = ComplianceStatus.None,
    };

    /// <summary>The statement, or null with a warning when site.yml has none (sites outside the public sector need none).</summary>
    public static AccessibilityStatement? Read(YamlFields site, YamlMappingNode siteNode)
    {
        if (site.Get("accessibility") is null)
        {
            site.Warning(siteNode, "site.yml has no 'accessibility' section, so the site is published without the accessibility statement that Czech public-sector sites must have (zákon č. 99/2019 Sb.)");
            return null;
        }
        var fields = site.Map("accessibility");
        if (fields is null) return null;
        fields.CheckKeys(SiteSettingsReader.AccessibilityKeys);

        var @operator = fields.Text("operator", required: true, what: "who runs the site, e.g. 'Město Žatec'");
        var status = ReadStatus(fields);
        var nonAccessible = fields.TextList("non_accessible", itemsMayHaveCommas: true);
        if (status is ComplianceStatus.Partial or ComplianceStatus.None && nonAccessible.Count == 0)
        {
            fields.Error(fields.Get("status")!, $"'{fields.Name("status")}': a site that is not fully compliant must list its non-accessible content under 'non_accessible'");
            status = null;
        }
        var assessed = fields.Date("assessed", required: true);
        var prepared = fields.Date("prepared") ?? assessed;
        var method = fields.Text("method", required: true, what: "how the site was assessed, e.g. 'samohodnocením'");
        var contact = ReadContact(fields);

        return @operator is null || status is null || assessed is null || method is null || contact is null
            ? null
            : new AccessibilityStatement(@operator, status.Value, nonAccessible, prepared!.Value, assessed.Value, method, contact);
    }

    private static ComplianceStatus? ReadStatus(YamlFields fields)
    {
        var text = fields.Text("status", required: true, what: "full, partial or none");
        if (text is null) return null;
        if (Statuses.TryGetValue(text, out var status)) return status;
        fields.Error(fields.Get("status")!, $"'{fields.Name("status")}': '{text}' is not a compliance status; use full, partial or none");
        return null;
    }

    private static AccessibilityContact? ReadContact(YamlFields fields)
    {
        if (fields.Get("contact") is null)
        {
            fields.Missing("contact", "where people report accessibility problems: email, optionally phone and address");
            return null;
        }
        var contact = fields.Map("contact");
        if (contact is null) return null;
        contact.CheckKeys(SiteSettingsReader.ContactKeys);
        // Both become link addresses (mailto:, tel:), so only their plain forms are accepted.
        var email = contact.Text("email", required: true, what: "an e-mail address for accessibility problems");
        if (email is not null && !EmailAddress().IsMatch(email))
        {
            contact.Error(contact.Get("email")!, $"'{contact.Name("email")}': '{email}' is not an e-mail address");
            email = null;
        }
        var phone = contact.Text("phone");
        if (phone is not null && !PhoneNumber().IsMatch(phone))
        {
            contact.Error(contact.Get("phone")!, $"'{contact.Name("phone")}': '{phone}' is not a phone number; use digits, spaces and a leading +, e.g. +420 415 736 111");
            return null;
        }
        return email is null ? null : new AccessibilityContact(email, phone, contact.Text("address"));
    }

    [GeneratedRegex(@"\A[^@\s""<>()\[\],;:\\]+@[^@\s""<>()\[\],;:\\]+\.[a-zA-Z]{2,}\z")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\A\+?[0-9][0-9 ]{4,20}\z")]
    private static partial Regex PhoneNumber();
}
