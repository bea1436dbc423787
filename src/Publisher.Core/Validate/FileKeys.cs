using Publisher.Core.Diagnostics;

namespace Publisher.Core.Validate;

/// <summary>
/// The keys of every kind of mapping one kind of file holds: the front matter with its attendees and tasks, site.yml with
/// its accessibility statement, regions.yml with its working groups. A key written in the wrong mapping is then pointed
/// to the one it belongs to, instead of being ignored as unknown and its value lost.
/// </summary>
public sealed class FileKeys
{
    private readonly List<KeySet> _mappings = [];

    /// <param name="place">Where the mapping is, as in "'guests' belongs under 'attendees'".</param>
    /// <param name="pathPrefix">What names a key of the mapping from the top of the file: "attendees.", "tasks[].".</param>
    public KeySet Mapping(Message place, string pathPrefix, params string[] keys)
    {
        var mapping = new KeySet(this, place, pathPrefix, keys);
        _mappings.Add(mapping);
        return mapping;
    }

    internal KeySet? Holding(string key, KeySet except) => _mappings.FirstOrDefault(m => m != except && m.Keys.Contains(key));
}

/// <summary>The keys of one kind of mapping of a file, and where that mapping is.</summary>
public sealed class KeySet
{
    private readonly FileKeys _file;
    private readonly string _pathPrefix;

    internal KeySet(FileKeys file, Message place, string pathPrefix, string[] keys)
    {
        _file = file;
        _pathPrefix = pathPrefix;
        Place = place;
        Keys = keys;
    }

    public IReadOnlyList<string> Keys { get; }

    public Message Place { get; }

    public string PathOf(string key) => _pathPrefix + key;

    /// <summary>The other mapping of the file that has <paramref name="key"/>, or null when none has.</summary>
    public KeySet? ElsewhereHolding(string key) => _file.Holding(key, this);
}
