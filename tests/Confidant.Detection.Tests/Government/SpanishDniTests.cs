namespace Confidant.Detection.Tests.Government;

public class SpanishDniTests
{
    private const string Dni = "ES_DNI";

    [Theory]
    [InlineData("mi DNI es 12345678Z", "12345678Z")]
    [InlineData("DNI 12345678-Z", "12345678-Z")]
    [InlineData("NIE X1234567L", "X1234567L")]
    [InlineData("NIE X-1234567-L", "X-1234567-L")]
    [InlineData("12345678Z", "12345678Z")]
    [InlineData("dni 12345678z", "12345678z")]
    [InlineData("soy Andrés, DNI 12.345.678-Z, me llegó un SMS", "12.345.678-Z")]
    [InlineData("DNI 12.345.678 Z", "12.345.678 Z")]
    [InlineData("12.345.678Z", "12.345.678Z")]
    public void Scan_ValidDni_IsFound(string text, string expected) =>
        Assert.Equal([expected], Detectors.Values(text, Dni));

    [Theory]
    [InlineData("DNI 12345678A")]
    [InlineData("X1234567A")]
    [InlineData("12345678z")]
    [InlineData("123456789Z")]
    [InlineData("DNI 12.345.678-A")]      // wrong check letter
    [InlineData("total 12.345.678 Z")]    // an amount word near: the shape alone is not enough
    [InlineData("v1.12.345.678-Z")]       // part of a longer dotted number
    public void Scan_WrongCheckLetter_IsNotFound(string text) =>
        Assert.Empty(Detectors.Values(text, Dni));

    [Fact]
    public void Validator_EsDniRegistered_Validates()
    {
        Assert.True(Confidant.Detection.Validators.ValidatorRegistry.TryGet("es-dni", out var validator));
        Assert.True(validator("12345678Z"));
        Assert.True(validator("Y-1234567-X") == Confidant.Detection.Validators.SpanishDniValidator.IsValid("Y1234567X"));
        Assert.False(validator("12345678A"));
    }
}
