using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>A refused steady state names the master-equation form, the null-space dimension and the most negative minor.</summary>
public sealed class InvalidSteadyStateMessageTests
{
    [Fact]
    public void MessageNamesFormDimensionAndMinor()
    {
        var e = new InvalidSteadyStateException(MasterEquationForm.GlobalLindblad, 2, BigReal.Parse("-1.5e-3", 40));
        Assert.Contains("GlobalLindblad", e.Message);
        Assert.Contains("null-space dimension 2", e.Message);
        Assert.Contains("most negative principal minor -1.5", e.Message);
        Assert.Equal(MasterEquationForm.GlobalLindblad, e.Form);
    }
}
