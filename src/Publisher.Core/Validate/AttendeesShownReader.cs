using Publisher.Core.Model;

namespace Publisher.Core.Validate;

/// <summary>Reads how attendees are shown (names, organisations, counts), in site.yml and in a document alike.</summary>
internal static class AttendeesShownReader
{
    public static AttendeesShown? Read(YamlFields fields, string key)
    {
        var value = fields.Text(key);
        if (value is null) return null;
        if (PersonalDataPolicy.AttendeesShownWords.TryGetValue(value, out var shown)) return shown;
        var words = PersonalDataPolicy.AttendeesShownWords.Keys;
        fields.Error(fields.Get(key)!, DocumentMessages.UnknownAttendeesShown(fields.Name(key), value, string.Join(", ", words), ClosestMatch.Hint(value, words)));
        return null;
    }
}
