using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>pi, e and ln 2 against their published decimal expansions.</summary>
public class BigRealConstantsTests
{
    // Published digits, typed from the OEIS (100 decimals each):
    // pi: OEIS A000796, e: OEIS A001113, ln 2: OEIS A002162.
    private const string PiDigits =
        "3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679";
    private const string EDigits =
        "2.7182818284590452353602874713526624977572470936999595749669676277240766303535475945713821785251664274";
    private const string Ln2Digits =
        "0.6931471805599453094172321214581765680755001343602552541206800094933936219696947156058633269964186875";

    [Theory]
    [InlineData(50)]
    [InlineData(20)]
    [InlineData(90)]
    public void PiMatchesPublishedDigits(int digits) => AssertMatches(BigReal.Pi(digits), PiDigits, digits);

    [Theory]
    [InlineData(50)]
    [InlineData(20)]
    [InlineData(90)]
    public void EMatchesPublishedDigits(int digits) => AssertMatches(BigReal.E(digits), EDigits, digits);

    [Theory]
    [InlineData(50)]
    [InlineData(20)]
    [InlineData(90)]
    public void Ln2MatchesPublishedDigits(int digits) => AssertMatches(BigReal.Ln2(digits), Ln2Digits, digits);

    [Fact]
    public void ExpOfOneIsEAndLogOfTwoIsLn2()
    {
        Assert.Equal(BigReal.E(50), BigReal.One.WithDigits(50).Exp());
        Assert.Equal(BigReal.Ln2(50), BigReal.FromInteger(2, 50).Log());
    }

    // The constant is correctly rounded to its p-bit precision, so the string with `digits` digits must equal the
    // published expansion rounded to `digits` digits (exact decimal rounding of the 100-digit reference; the reference
    // has 50 more digits than asked, so its own truncation cannot change the rounding in these cases).
    private static void AssertMatches(BigReal value, string published, int digits)
    {
        Assert.Equal(digits, value.Digits);
        var reference = BigReal.Parse(published, digits + 60);
        Assert.Equal(reference.ToString(digits), value.ToString(digits));
    }
}
