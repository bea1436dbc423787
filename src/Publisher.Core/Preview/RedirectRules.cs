using System.Text;
using Publisher.Core.Extensions.Redirects;

namespace Publisher.Core.Preview;

/// <summary>One rule of a <c>_redirects</c> file: requests for <paramref name="From"/> are answered with <paramref name="Status"/> and <paramref name="To"/>.</summary>
public sealed record RedirectRule(string From, string To, int Status);

/// <summary>
/// The rules of the site's <c>_redirects</c> file (<see cref="RedirectsExtension.RulesFile"/>), one
/// <c>from to status</c> a line, as Netlify reads them. As on Netlify, a path matches a rule with or without its
/// trailing '/', and the first rule that matches answers.
/// </summary>
public sealed class RedirectRules
{
    private const int DefaultStatus = 301;
    private readonly Dictionary<string, RedirectRule> _byPath = new(StringComparer.Ordinal);

    public static RedirectRules None { get; } = new([]);

    private RedirectRules(IEnumerable<RedirectRule> rules)
    {
        foreach (var rule in rules) _byPath.TryAdd(WithoutTrailingSlash(rule.From), rule);
    }

    public static RedirectRules Parse(ReadOnlySpan<byte> file)
    {
        var rules = new List<RedirectRule>();
        foreach (var line in Encoding.UTF8.GetString(file).Split('\n'))
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || fields[0].StartsWith('#')) continue;
            var status = fields.Length > 2 && int.TryParse(fields[2].TrimEnd('!'), out var given) ? given : DefaultStatus;
            rules.Add(new RedirectRule(fields[0], fields[1], status));
        }
        return new RedirectRules(rules);
    }

    public RedirectRule? For(string path) => _byPath.GetValueOrDefault(WithoutTrailingSlash(path));

    private static string WithoutTrailingSlash(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
