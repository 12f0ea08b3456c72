using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Tests.Reference;

public sealed class SirenNumberTests
{
    [Theory]
    [InlineData("732829320", "732829320")]
    [InlineData("732 829 320", "732829320")]
    [InlineData("732\u00A0829\u00A0320", "732829320")]
    [InlineData("732\u202F829\u202F320", "732829320")]
    [InlineData("732.829.320", "732829320")]
    [InlineData("732-829-320", "732829320")]
    [InlineData(" 732 829 320 00074 ", "73282932000074")]
    public void Separators_are_stripped(string raw, string expected)
    {
        Assert.True(SirenNumber.TryNormalise(raw, out var digits));
        Assert.Equal(expected, digits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("73282932")] // 8 digits
    [InlineData("7328293200")] // 10 digits
    [InlineData("7328293200007")] // 13 digits
    [InlineData("732829320000740")] // 15 digits
    [InlineData("732829320A")]
    [InlineData("SIREN 732829320")]
    public void Anything_but_9_or_14_digits_is_not_normalised(string raw)
    {
        Assert.False(SirenNumber.TryNormalise(raw, out var digits));
        Assert.Equal(string.Empty, digits);
    }

    [Theory]
    [InlineData("732829320")]
    [InlineData("552100554")]
    [InlineData("200054807")] // Métropole d'Aix-Marseille-Provence
    [InlineData("356000000")] // La Poste
    public void Valid_SIRENs(string siren)
    {
        Assert.True(SirenNumber.IsValidSiren(siren));
        Assert.True(SirenNumber.IsValid(siren));
    }

    [Theory]
    [InlineData("732829321")] // last digit changed
    [InlineData("732829230")] // two digits swapped
    [InlineData("000000000")] // Luhn-valid placeholder
    [InlineData("73282932")]
    [InlineData("73282932a")]
    public void Invalid_SIRENs(string siren)
    {
        Assert.False(SirenNumber.IsValidSiren(siren));
        Assert.False(SirenNumber.IsValid(siren));
    }

    [Theory]
    [InlineData("73282932000074")]
    [InlineData("55210055400013")]
    [InlineData("35600000000048")] // La Poste head office: plain Luhn
    [InlineData("35600000049837")] // La Poste establishment: digit sum 45, not Luhn-valid
    public void Valid_SIRETs(string siret)
    {
        Assert.True(SirenNumber.IsValidSiret(siret));
        Assert.True(SirenNumber.IsValid(siret));
    }

    [Theory]
    [InlineData("73282932000075")] // last digit changed
    [InlineData("73282932100074")] // SIREN part invalid
    [InlineData("35600000049838")] // La Poste, digit sum 46
    [InlineData("35600000049830")] // La Poste, digit sum 38
    [InlineData("7328293200007")]
    public void Invalid_SIRETs(string siret)
    {
        Assert.False(SirenNumber.IsValidSiret(siret));
        Assert.False(SirenNumber.IsValid(siret));
    }

    [Fact]
    public void La_Poste_exception_applies_only_to_La_Poste()
    {
        // A valid SIREN with a NIC giving a digit sum multiple of 5, Luhn invalid.
        const string other = "55210055400003";
        Assert.Equal(0, other.Sum(c => c - '0') % 5);
        Assert.False(SirenNumber.IsValidSiret(other));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234567890")]
    public void Other_lengths_are_invalid(string digits) => Assert.False(SirenNumber.IsValid(digits));
}
