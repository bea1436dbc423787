using Publisher.Core.Validate.PersonalData;
using static Publisher.Core.Validate.PersonalData.PersonalDataKind;

namespace Publisher.Tests.Validate.PersonalData;

public class PersonalDataScannerTests
{
    private static IEnumerable<(PersonalDataKind, int, string)> Found(string line) =>
        PersonalDataScanner.Scan(line).Select(m => (m.Kind, m.Index, m.Text));

    [Theory]
    [InlineData("Kontakt: jan.novak@example.cz.", 9, "jan.novak@example.cz")]
    [InlineData("<mailto:j_novak+kp@mesto-zatec.cz>", 8, "j_novak+kp@mesto-zatec.cz")]
    [InlineData("- varvarovsky.jakub@vlada.cz", 2, "varvarovsky.jakub@vlada.cz")]
    public void E_mail_addresses_are_found(string line, int index, string text) =>
        Assert.Equal([(EmailAddress, index, text)], Found(line));

    [Theory]
    [InlineData("Tel.: +420 728 866 907", 6, "+420 728 866 907")]
    [InlineData("tel. 728 866 907, večer", 5, "728 866 907")]
    [InlineData("728866907", 0, "728866907")]
    [InlineData("(00420 415 736 111)", 1, "00420 415 736 111")]
    [InlineData("+420728866907", 0, "+420728866907")]
    [InlineData("mobil 728-866-907", 6, "728-866-907")]
    public void Czech_phone_numbers_are_found(string line, int index, string text) =>
        Assert.Equal([(PhoneNumber, index, text)], Found(line));

    [Theory]
    [InlineData("RČ 855203/1004", 3, "855203/1004")]
    [InlineData("narozen 8552031004", 8, "8552031004")]
    [InlineData("530101/123", 0, "530101/123")]
    public void Birth_numbers_are_found(string line, int index, string text) =>
        Assert.Equal([(PersonalDataKind.BirthNumber, index, text)], Found(line));

    [Theory]
    [InlineData("účet 19-2000145399/0800", 5, "19-2000145399/0800")]
    [InlineData("č. ú. 2000145399/0800.", 6, "2000145399/0800")]
    public void Bank_accounts_are_found(string line, int index, string text) =>
        Assert.Equal([(BankAccount, index, text)], Found(line));

    [Theory]
    [InlineData("Rozpočet 223 456 789 Kč na rok 2021.")]
    [InlineData("Rozpočet 223 456 789,- na rok 2021.")]
    [InlineData("Bezplatná linka 800 123 456.")]
    [InlineData("Usnesení č. 123/2020 a 12345/2020, č.j. MMZ/728866907/2020.")]
    [InlineData("IČO 00265781, PSČ 438 01, 1 000 000 Kč, 4. 3. 2022 v 14:00.")]
    [InlineData("RČ 855203/1234 se nepočítá: nesedí kontrolní součet.")]
    [InlineData("účet 2000145398/0800 má chybnou číslici")]
    [InlineData("@zatec na sítích, a@b, uživatel@host.c")]
    [InlineData("728 866 9071 je moc dlouhé, stejně jako 7288669071")]
    [InlineData("A728866907 i 728866907B jsou kódy")]
    public void Numbers_and_texts_that_only_look_alike_are_not_found(string line) => Assert.Empty(Found(line));

    [Fact]
    public void Everything_on_a_line_is_found_in_order()
    {
        Assert.Equal(
            [(EmailAddress, 0, "a.b@example.cz"), (PhoneNumber, 15, "728 866 907"), (PersonalDataKind.BirthNumber, 27, "855203/1004"), (BankAccount, 39, "2000145399/0800")],
            Found("a.b@example.cz 728 866 907 855203/1004 2000145399/0800"));
    }

    // Each '@' and each run of digits is read once, so a line of any length takes time linear in it.
    [Fact]
    public void A_line_of_100000_addresses_numbers_and_stray_signs_is_read_whole()
    {
        var line = string.Concat(Enumerable.Repeat("x@y.cz 728866907 @@ 12345 ", 100_000));

        var found = PersonalDataScanner.Scan(line).ToList();

        Assert.Equal(100_000, found.Count(m => m.Kind == EmailAddress));
        Assert.Equal(100_000, found.Count(m => m.Kind == PhoneNumber));
        Assert.Equal(200_000, found.Count);
    }
}
