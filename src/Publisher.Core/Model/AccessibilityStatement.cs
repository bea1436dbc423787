namespace Publisher.Core.Model;

/// <summary>How far the site meets the accessibility requirements, as the statement must declare it.</summary>
public enum ComplianceStatus { Full, Partial, None }

/// <summary>Where the public reports accessibility problems.</summary>
public sealed record AccessibilityContact(string Email, string? Phone, string? Address);

/// <summary>
/// The accessibility statement ("Prohlášení o přístupnosti") that Czech law (zákon č. 99/2019 Sb.) requires of
/// public-sector websites, from <c>site.yml</c>: who runs the site, how compliant it is and why not fully,
/// how and when it was assessed, and whom to contact.
/// </summary>
public sealed record AccessibilityStatement(
    string Operator,
    ComplianceStatus Status,
    IReadOnlyList<string> NonAccessibleContent,
    DateOnly Prepared,
    DateOnly Assessed,
    string Method,
    AccessibilityContact Contact)
{
    /// <summary>The key templates use to look up the status text in the theme's texts.</summary>
    public string StatusKey => Status.ToString().ToLowerInvariant();
}
