using System.Globalization;
using Publisher.Core.Czech;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Validate.PersonalData;

/// <summary>What <see cref="PersonalDataCheck"/> says, in both languages.</summary>
public static class PersonalDataMessages
{
    private static readonly Message AllowHint = new(
        "remove it, or if it is an official contact published on purpose, add it to 'personal_data: allow:' in site.yml",
        "odstraňte tento údaj, nebo jde-li o úřední kontakt zveřejněný záměrně, přidejte jej do 'personal_data: allow:' v site.yml");

    public static Message EmailAddress(string address) =>
        new Message($"personal data: the e-mail address {address} would be published; ", $"osobní údaje: zveřejnila by se e-mailová adresa {address}; ") + AllowHint;

    public static Message PhoneNumber(string number) =>
        new Message($"personal data: the phone number {number} would be published; ", $"osobní údaje: zveřejnilo by se telefonní číslo {number}; ") + AllowHint;

    public static Message BankAccount(string maskedNumber) =>
        new Message($"personal data: the bank account number {maskedNumber} would be published; ", $"osobní údaje: zveřejnilo by se číslo bankovního účtu {maskedNumber}; ") + AllowHint;

    public static Message BirthNumber(string maskedNumber) => new(
        $"personal data: a birth number (rodné číslo, {maskedNumber}) would be published; remove it, a birth number is never published",
        $"osobní údaje: zveřejnilo by se rodné číslo ({maskedNumber}); odstraňte je, rodné číslo se nezveřejňuje nikdy");

    public static Message MoreNotListed(int count) => new(
        $"personal data: {count.ToString("N0", CultureInfo.InvariantCulture)} more from here on are not listed; remove them all before publishing this file",
        $"osobní údaje: dalších {count.ToString("N0", CzechCulture.Culture)} od tohoto místa se nevypisuje; před zveřejněním souboru je odstraňte všechny");
}
