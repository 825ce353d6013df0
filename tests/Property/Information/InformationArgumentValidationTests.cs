using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using Xunit;
using static QTherm.Tests.Property.Information.QuantumStates;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Information;

/// <summary>Input validation of the information measures: exception type, parameter name and the shape in the message.</summary>
public class InformationArgumentValidationTests
{
    private static Matrix<BigComplex> Rectangular(int rows, int cols) =>
        Big(M.Create(rows, cols, (i, j) => i == j ? ComplexRational.One : ComplexRational.Zero), 10);

    [Fact]
    public void ConcurrenceRejectsNullNonQubitPairsAndBadPrecision()
    {
        Assert.Equal("rho", Assert.Throws<ArgumentNullException>(() => Concurrence.Of(null!, Digits)).ParamName);
        var qutrit = Assert.Throws<ArgumentException>(() => Concurrence.Of(Big(MaximallyMixed(3), 10), 10));
        Assert.Equal("rho", qutrit.ParamName);
        Assert.Contains("two qubits", qutrit.Message);
        Assert.Contains("3x3", qutrit.Message);
        // 4 rows but 3 columns: still not a two-qubit density matrix.
        var wide = Assert.Throws<ArgumentException>(() => Concurrence.Of(Rectangular(4, 3), 10));
        Assert.Contains("two qubits", wide.Message);
        Assert.Contains("4x3", wide.Message);
        // Precision is checked before the state's shape.
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => Concurrence.Of(Big(MaximallyMixed(3), 10), 0)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => Concurrence.Of(Big(Bell(0), 10), 0)).ParamName);
    }

    [Fact]
    public void MutualInformationRejectsNullNonBipartiteDimsAndBadPrecision()
    {
        var rho = Big(Bell(0), 10);
        Assert.Equal("rho", Assert.Throws<ArgumentNullException>(() => MutualInformation.Of(null!, [2, 2], 10)).ParamName);
        Assert.Equal("dims", Assert.Throws<ArgumentNullException>(() => MutualInformation.Of(rho, null!, 10)).ParamName);
        var tripartite = Assert.Throws<ArgumentException>(() => MutualInformation.Of(rho, [2, 2, 1], 10));
        Assert.Equal("dims", tripartite.ParamName);
        Assert.Contains("two dimensions", tripartite.Message);
        Assert.Contains("[2, 2, 1]", tripartite.Message);
        // Precision is checked before the dimensions are matched against the state.
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => MutualInformation.Of(rho, [2, 3], 0)).ParamName);
    }

    [Fact]
    public void RelativeEntropyRejectsNullAndStatesOnDifferentSpaces()
    {
        var rho = Big(MaximallyMixed(2), 10);
        Assert.Equal("rho", Assert.Throws<ArgumentNullException>(() => RelativeEntropy.Of(null!, rho, 10)).ParamName);
        Assert.Equal("sigma", Assert.Throws<ArgumentNullException>(() => RelativeEntropy.Of(rho, null!, 10)).ParamName);
        var bigger = Assert.Throws<ArgumentException>(() => RelativeEntropy.Of(rho, Big(MaximallyMixed(3), 10), 10));
        Assert.Equal("sigma", bigger.ParamName);
        Assert.Contains("same space", bigger.Message);
        Assert.Contains("3x3", bigger.Message);
        // Same number of rows, different number of columns.
        var wide = Assert.Throws<ArgumentException>(() => RelativeEntropy.Of(rho, Rectangular(2, 3), 10));
        Assert.Equal("sigma", wide.ParamName);
        Assert.Contains("2x3", wide.Message);
    }

    [Fact]
    public void StateSpectrumRejectsNullNonSquareAndBadPrecision()
    {
        Assert.Equal("rho", Assert.Throws<ArgumentNullException>(() => StateSpectrum.Of(null!, 10)).ParamName);
        var wide = Assert.Throws<ArgumentException>(() => StateSpectrum.Of(Rectangular(2, 3), 10));
        Assert.Equal("rho", wide.ParamName);
        Assert.Contains("square", wide.Message);
        Assert.Contains("2x3", wide.Message);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => StateSpectrum.Of(Big(MaximallyMixed(2), 10), 0)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => StateSpectrum.Of(Big(MaximallyMixed(2), 10), Precision.MaxDigits + 1)).ParamName);
    }
}
