using Publisher.Core.Validate.PersonalData;

namespace Publisher.Tests.Validate.PersonalData;

public class CzechBankAccountTests
{
    [Theory]
    [InlineData("19", "2000145399")]
    [InlineData("", "2000145399")]
    [InlineData("", "0000000123")]
    public void Numbers_that_pass_the_weighted_check_are_accounts(string prefix, string number) =>
        Assert.True(CzechBankAccount.IsValid(prefix, number));

    [Theory]
    [InlineData("", "2000145398")] // last digit changed
    [InlineData("12", "2000145399")] // prefix fails
    [InlineData("", "0000000011")] // passes the sum, but has fewer than two digits other than 0
    [InlineData("", "1")]
    [InlineData("1234567", "2000145399")]
    [InlineData("", "20001453990")]
    public void Others_are_not(string prefix, string number) =>
        Assert.False(CzechBankAccount.IsValid(prefix, number));
}
