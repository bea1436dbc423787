using Publisher.Core.Validate.PersonalData;

namespace Publisher.Tests.Validate.PersonalData;

public class BirthNumberTests
{
    [Theory]
    [InlineData("8552031004")] // a woman born 3 February 1985
    [InlineData("7360281005")] // a woman born 28 October 1973
    [InlineData("0405231002")] // a man born 23 May 2004
    [InlineData("0472231001")] // a woman born 23 February 2004, her month raised by 20 as well
    [InlineData("9951311007")] // a woman born 31 January 1999
    [InlineData("8012121030")] // before 1986 a remainder of 10 was written as a final 0
    [InlineData("530101123")] // nine digits: born before 1954, no checksum
    public void Real_birth_numbers_are_recognised(string digits) => Assert.True(BirthNumber.IsValid(digits));

    [Theory]
    [InlineData("8552031234")] // wrong checksum
    [InlineData("9902311001")] // 31 February
    [InlineData("9972231001")] // month raised by 20 before 2004
    [InlineData("8513011007")] // month 13
    [InlineData("8501001005")] // day 0
    [InlineData("540101123")] // nine digits are for those born before 1954
    [InlineData("0012121030")] // the old final 0 is not valid after 1985
    [InlineData("855203100")]
    [InlineData("85520310040")]
    [InlineData("85520a1004")]
    public void Other_numbers_of_the_same_shape_are_not(string digits) => Assert.False(BirthNumber.IsValid(digits));
}
