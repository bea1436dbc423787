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
            site.Warning(siteNode, SiteFileMessages.NoAccessibilityStatement);
            return null;
        }
        var fields = site.Map("accessibility");
        if (fields is null) return null;
        fields.CheckKeys(SiteSettingsReader.AccessibilityKeys);

        var @operator = fields.Text("operator", required: true, what: SiteFileMessages.OperatorWhat);
        var status = ReadStatus(fields);
        var nonAccessible = fields.TextList("non_accessible", itemsMayHaveCommas: true);
        if (status is ComplianceStatus.Partial or ComplianceStatus.None && nonAccessible.Count == 0)
        {
            fields.Error(fields.Get("status")!, SiteFileMessages.NonAccessibleContentMissing(fields.Name("status")));
            status = null;
        }
        var assessed = fields.Date("assessed", required: true);
        var prepared = fields.Date("prepared") ?? assessed;
        var method = fields.Text("method", required: true, what: SiteFileMessages.MethodWhat);
        var contact = ReadContact(fields);

        return @operator is null || status is null || assessed is null || method is null || contact is null
            ? null
            : new AccessibilityStatement(@operator, status.Value, nonAccessible, prepared!.Value, assessed.Value, method, contact);
    }

    private static ComplianceStatus? ReadStatus(YamlFields fields)
    {
        var text = fields.Text("status", required: true, what: SiteFileMessages.StatusWhat);
        if (text is null) return null;
        if (Statuses.TryGetValue(text, out var status)) return status;
        fields.Error(fields.Get("status")!, SiteFileMessages.UnknownComplianceStatus(fields.Name("status"), text));
        return null;
    }

    private static AccessibilityContact? ReadContact(YamlFields fields)
    {
        if (fields.Get("contact") is null)
        {
            fields.Missing("contact", SiteFileMessages.ContactWhat);
            return null;
        }
        var contact = fields.Map("contact");
        if (contact is null) return null;
        contact.CheckKeys(SiteSettingsReader.ContactKeys);
        // Both become link addresses (mailto:, tel:), so only their plain forms are accepted.
        var email = contact.Text("email", required: true, what: SiteFileMessages.EmailWhat);
        if (email is not null && !EmailAddress().IsMatch(email))
        {
            contact.Error(contact.Get("email")!, SiteFileMessages.NotAnEmailAddress(contact.Name("email"), email));
            email = null;
        }
        var phone = contact.Text("phone");
        if (phone is not null && !PhoneNumber().IsMatch(phone))
        {
            contact.Error(contact.Get("phone")!, SiteFileMessages.NotAPhoneNumber(contact.Name("phone"), phone));
            return null;
        }
        return email is null ? null : new AccessibilityContact(email, phone, contact.Text("address"));
    }

    [GeneratedRegex(@"\A[^@\s""<>()\[\],;:\\]+@[^@\s""<>()\[\],;:\\]+\.[a-zA-Z]{2,}\z")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\A\+?[0-9][0-9 ]{4,20}\z")]
    private static partial Regex PhoneNumber();
}
