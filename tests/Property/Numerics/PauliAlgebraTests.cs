using QTherm.Reference.Numerics;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Numerics;

/// <summary>The Pauli algebra sigma_i sigma_j = delta_ij I + i eps_ijk sigma_k, the ladder operators, and single-site embedding.</summary>
public class PauliAlgebraTests
{
    private static readonly ComplexRational I = ComplexRational.I;

    private static int LeviCivita(int i, int j, int k) => (i - j) * (j - k) * (k - i) / 2;

    [Fact]
    public void ProductsFollowTheLeviCivitaRule()
    {
        M[] sigma = [Pauli.X, Pauli.Y, Pauli.Z];
        for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
        {
            var expected = i == j ? Pauli.Identity : M.Zero(2, 2);
            for (int k = 0; k < 3; k++)
                expected += new ComplexRational(LeviCivita(i, j, k)) * I * sigma[k];
            Assert.Equal(expected, sigma[i] * sigma[j]);
        }
        Assert.Equal(new ComplexRational(2) * I * Pauli.Z, M.Commutator(Pauli.X, Pauli.Y));
        Assert.Equal(M.Zero(2, 2), M.Anticommutator(Pauli.X, Pauli.Z));
        Assert.Equal(M.Identity(2), Pauli.Identity);
    }

    [Fact]
    public void LadderOperatorsAreTheHalfSumsAndActOnTheComputationalBasis()
    {
        var half = new ComplexRational(Rational.Half);
        Assert.Equal(half * (Pauli.X + I * Pauli.Y), Pauli.Plus);
        Assert.Equal(half * (Pauli.X - I * Pauli.Y), Pauli.Minus);
        Assert.Equal(M.Column(1, 0), Pauli.Plus * M.Column(0, 1));
        Assert.Equal(M.Column(0, 1), Pauli.Minus * M.Column(1, 0));
        Assert.Equal(M.Column(1, 0), Pauli.Z * M.Column(1, 0));
        Assert.Equal(M.Column(0, -1), Pauli.Z * M.Column(0, 1));
    }

    [Fact]
    public void OnSitePlacesTheOperatorAtTheNamedFactor()
    {
        Assert.Equal(Pauli.X, Pauli.OnSite(Pauli.X, 0, 1));
        Assert.Equal(M.KronAll(Pauli.Identity, Pauli.Z, Pauli.Identity), Pauli.OnSite(Pauli.Z, 1, 3));
        Assert.Equal(M.KronAll(Pauli.Identity, Pauli.Identity, Pauli.Minus), Pauli.OnSite(Pauli.Minus, 2, 3));
        Assert.Equal(Pauli.Y.Kron(Pauli.Identity), Pauli.OnSite(Pauli.Y, 0, 2));
        // Site 0 is the most significant: sigma_- on site 0 maps |01> to |11>.
        Assert.Equal(M.Column(0, 0, 0, 1), Pauli.OnSite(Pauli.Minus, 0, 2) * M.Column(0, 1, 0, 0));
    }

    [Fact]
    public void OnSiteValidatesItsArguments()
    {
        var nullOp = Assert.Throws<ArgumentNullException>(() => Pauli.OnSite(null!, 0, 1));
        Assert.Equal("op", nullOp.ParamName);

        var qubits = Assert.Throws<ArgumentOutOfRangeException>(() => Pauli.OnSite(Pauli.X, 0, 0));
        Assert.Equal("qubits", qubits.ParamName);
        Assert.Contains("at least one qubit", qubits.Message);

        foreach (var site in new[] { -1, 3, 4 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Pauli.OnSite(Pauli.X, site, 3));
            Assert.Equal("site", e.ParamName);
            Assert.Contains("[0, 2]", e.Message);
        }

        foreach (var op in new[] { M.Create(2, 3, (_, _) => ComplexRational.One), M.Create(3, 2, (_, _) => ComplexRational.One), M.Identity(4) })
        {
            var e = Assert.Throws<ArgumentException>(() => Pauli.OnSite(op, 0, 2));
            Assert.Equal("op", e.ParamName);
            Assert.Contains($"{op.Rows}x{op.Cols}", e.Message);
        }
    }
}
