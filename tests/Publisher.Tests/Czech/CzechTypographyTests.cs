using Publisher.Core.Czech;

namespace Publisher.Tests.Czech;

public class CzechTypographyTests
{
    // "~" stands for the non-breaking space in the expected texts.
    private static string Tied(string text) => CzechTypography.Tie(text).Replace(CzechTypography.NonBreakingSpace, '~');

    [Theory]
    [InlineData("Jednání v Žatci a v Chomutově", "Jednání v~Žatci a~v~Chomutově")]
    [InlineData("Kapitola 12. v textu", "Kapitola 12. v~textu")]
    [InlineData("K dluhům, s dětmi, z úřadu, o bydlení, u soudu, i my", "K~dluhům, s~dětmi, z~úřadu, o~bydlení, u~soudu, i~my")]
    [InlineData("(v Žatci) „s dětmi“", "(v~Žatci) „s~dětmi“")]
    [InlineData("Rozpočet 1 000 000 Kč, podíl 20 %", "Rozpočet 1~000~000~Kč, podíl 20~%")]
    [InlineData("podle § 16 zákona", "podle §~16 zákona")]
    [InlineData("dne 4. 3. 2022 a 4. března 2022", "dne 4.~3.~2022 a~4.~března 2022")]
    public void Short_words_numbers_and_dates_are_tied_to_what_follows(string text, string expected) =>
        Assert.Equal(expected, Tied(text));

    [Theory]
    [InlineData("Vitamín v")] // nothing follows
    [InlineData("Dav a")]
    [InlineData("Rok 2020 a 2021 byl")] // "a" is tied, the year is not a group of three digits
    [InlineData("Plán B v praxi")]
    [InlineData("tři body, v. a. s.")]
    [InlineData("č. 12345 678")]
    [InlineData("{% p6 %} a3 000")]
    public void Other_spaces_stay(string text)
    {
        var tied = Tied(text);
        Assert.Equal(text.Replace("Rok 2020 a 2021", "Rok 2020 a~2021").Replace("Plán B v praxi", "Plán B v~praxi"), tied);
    }

    [Fact]
    public void Text_that_ends_where_emphasis_begins_is_tied_when_told_it_continues()
    {
        Assert.Equal("jednání v\u00A0", CzechTypography.Tie("jednání v ", ' ', continues: true));
        Assert.Null(CzechTypography.Tie("jednání v ", ' ', continues: false));
        // "v" continues the word before it ("Zde v"), given as the character before the text.
        Assert.Null(CzechTypography.Tie("v Žatci", 'e', continues: false));
    }

    [Fact]
    public void The_ties_of_a_text_are_found_one_after_another()
    {
        const string text = "Sešli se v Žatci a 4. března schválili 1 000 Kč.";
        var spaces = new List<int>();
        for (var space = CzechTypography.NextTie(text, 0, ' ', false); space >= 0; space = CzechTypography.NextTie(text, space + 1, ' ', false))
            spaces.Add(space);

        Assert.Equal([text.IndexOf(" Žatci"), text.IndexOf(" 4."), text.IndexOf(" března"), text.IndexOf(" 000"), text.IndexOf(" Kč")], spaces);
        Assert.Equal(text.IndexOf(" Kč"), CzechTypography.NextTie(text, text.IndexOf(" 000") + 1, ' ', false));
        Assert.Equal(-1, CzechTypography.NextTie(text, text.IndexOf(" Kč") + 1, ' ', false));
    }

    [Fact]
    public void A_text_of_100000_prepositions_is_tied_throughout()
    {
        var text = string.Concat(Enumerable.Repeat("v Žatci a ", 100_000)) + "konec";

        var tied = CzechTypography.Tie(text);

        Assert.Equal(200_000, tied.Count(c => c == CzechTypography.NonBreakingSpace));
    }

    /// <summary>
    /// Characters and pieces of text where ties are decided: one-letter words, digits, dots, the section sign, units,
    /// month names, every kind of space, letters outside ASCII, brackets and quotation marks.
    /// </summary>
    private static readonly string[] Pieces =
    [
        "v", "a", "i", "k", "K", "s", "z", "o", "u", "V", "A", "I", "S", "Z", "O", "U", "0", "1", "7", "9", ".", "§",
        " ", " ", " ", " ", "\u00A0", "\t", "\n", "\r", "č", "x", "e", "\"", "'", "„", "“", "‚", "‘", "«", "»", "(", ")", "[", "]",
        "Kč", "Kc", "%", "€", "EUR", "CZK", "března", "ledna", "000", "12", "Žatci",
        " v ", " a ", " K ", "(i ", "„s ", " 4. ", " 12 ", " § ",
    ];

    private static readonly char[] CharactersBefore = [' ', '\n', '\u00A0', 'e', 'v', '1', '.', '(', '„', '\0'];

    [Fact]
    public void Random_texts_are_tied_as_by_the_plain_algorithm()
    {
        var textsWithTies = CompareWithThePlainAlgorithm(new Random(20240611), texts: 50_000, fewestPieces: 0, mostPieces: 23);
        // The pieces are chosen so that ties are common; otherwise the comparison would prove little.
        Assert.InRange(textsWithTies, 20_000, 50_000);
    }

    [Fact]
    public void Long_random_texts_are_tied_as_by_the_plain_algorithm_wherever_a_tie_falls_among_sixteen_characters()
    {
        // Spaces are looked at sixteen characters at a time: these texts put every piece at every place in such a
        // block, and at the short tail after the last whole block.
        CompareWithThePlainAlgorithm(new Random(20261203), texts: 5_000, fewestPieces: 20, mostPieces: 119);
    }

    /// <summary>Ties random texts of <see cref="Pieces"/> both ways and asserts the same result; returns how many had a tie.</summary>
    private static int CompareWithThePlainAlgorithm(Random random, int texts, int fewestPieces, int mostPieces)
    {
        var textsWithTies = 0;
        for (var n = 0; n < texts; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(fewestPieces, mostPieces + 1)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var before = CharactersBefore[random.Next(CharactersBefore.Length)];
            var continues = random.Next(2) == 0;

            var expected = ReferenceTie.Tie(text, before, continues);
            Assert.True(expected == CzechTypography.Tie(text, before, continues), $"\"{text}\", before '{before}', continues {continues}");
            if (expected is not null) textsWithTies++;
        }
        return textsWithTies;
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("  ")]
    [InlineData("v")]
    [InlineData("v ")]
    [InlineData(" v")]
    [InlineData(" v ")]
    [InlineData("v  x")]
    [InlineData("v x")]
    [InlineData("1 000")]
    [InlineData("1 000 ")]
    [InlineData("12. ")]
    [InlineData(". 3")]
    [InlineData("§ ")]
    [InlineData("5 ")]
    [InlineData("5 %")]
    [InlineData("v\u00A0x a\tb i\nc")]
    public void Texts_are_tied_as_by_the_plain_algorithm_at_their_start_and_end(string text)
    {
        foreach (var before in CharactersBefore)
        {
            foreach (var continues in new[] { false, true })
                Assert.Equal(ReferenceTie.Tie(text, before, continues), CzechTypography.Tie(text, before, continues));
        }
        Assert.Equal(ReferenceTie.Tie(text, ' ', continues: false) ?? text, CzechTypography.Tie(text));
    }

    /// <summary>The first, plain version of <see cref="CzechTypography.Tie(ReadOnlySpan{char}, char, bool)"/>: every space looked at in full.</summary>
    private static class ReferenceTie
    {
        private static readonly string[] Units = ["Kč", "Kc", "%", "€", "EUR", "CZK"];

        public static string? Tie(ReadOnlySpan<char> text, char before, bool continues)
        {
            char[]? tied = null;
            for (var i = text.IndexOf(' '); i >= 0; )
            {
                if (i > 0 && Ties(text, i, before, continues))
                {
                    tied ??= text.ToArray();
                    tied[i] = CzechTypography.NonBreakingSpace;
                }
                var next = text[(i + 1)..].IndexOf(' ');
                i = next < 0 ? -1 : i + 1 + next;
            }
            return tied is null ? null : new string(tied);
        }

        private static bool Ties(ReadOnlySpan<char> text, int space, char before, bool continues)
        {
            var previous = text[space - 1];
            var oneLetterWord = previous is 'v' or 'k' or 's' or 'z' or 'o' or 'u' or 'a' or 'i' or 'V' or 'K' or 'S' or 'Z' or 'O' or 'U' or 'A' or 'I';
            if (!oneLetterWord && previous != '§' && previous != '.' && !char.IsAsciiDigit(previous)) return false;
            var next = space + 1 < text.Length ? text[space + 1] : '\0';
            if (next == '\0' ? !continues : char.IsWhiteSpace(next)) return false;
            var beforePrevious = space >= 2 ? text[space - 2] : before;
            if (oneLetterWord) return StartsWord(beforePrevious);
            if (previous == '§') return true;
            if (char.IsAsciiDigit(previous))
            {
                var rest = text[(space + 1)..];
                var run = 1;
                while (run < space && char.IsAsciiDigit(text[space - 1 - run])) run++;
                if (!StartsWord(space - 1 - run >= 0 ? text[space - 1 - run] : before)) return false;
                if (run <= 3 && rest.Length >= 3 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2])
                    && (rest.Length == 3 || !char.IsAsciiDigit(rest[3]))) return true;
                foreach (var unit in Units)
                {
                    if (rest.StartsWith(unit, StringComparison.Ordinal) && (rest.Length == unit.Length || !char.IsLetterOrDigit(rest[unit.Length]))) return true;
                }
                return false;
            }
            if (previous == '.' && char.IsAsciiDigit(beforePrevious))
            {
                var start = space - 2;
                while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
                var digits = space - 1 - start;
                if (digits > 2 || (start > 0 ? !StartsWord(text[start - 1]) : !StartsWord(before))) return false;
                if (char.IsAsciiDigit(next)) return true;
                var word = text[(space + 1)..];
                var end = 0;
                while (end < word.Length && char.IsLetter(word[end])) end++;
                return CzechDateText.IsMonthName(word[..end]);
            }
            return false;
        }

        private static bool StartsWord(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '„' or '‚' or '"' or '\'' or '“' or '‘' or '«' or '»';
    }
}
