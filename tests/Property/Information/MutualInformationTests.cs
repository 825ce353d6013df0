using FsCheck.Fluent;
using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using static QTherm.Tests.Property.Information.QuantumStates;

namespace QTherm.Tests.Property.Information;

public class MutualInformationTests
{
    private static readonly int[] Qubits = [2, 2];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BellStateHasMutualInformationTwoLn2(int which)
    {
        var i = MutualInformation.Of(Big(Bell(which)), Qubits, Digits);
        Assert.True(Close(i, 2 * Ln(2)), $"I(A:B) = {i.ToString(30)}");
    }

    [Fact]
    public void ProductStatesHaveZeroMutualInformation() =>
        PropertyConfig.Check(Prop.ForAll(
            ExactGenerators.DensityMatrix(2).SelectMany(_ => ExactGenerators.DensityMatrix(2), (a, b) => a.Kron(b)).ToArbitrary(),
            rho => Close(MutualInformation.Of(Big(rho), Qubits, Digits), BigReal.Zero)), maxTest: 10);

    [Fact]
    public void MutualInformationEqualsRelativeEntropyToTheProductOfMarginals() =>
        // Seed 001, Sec. II: I_AB = S(rho_AB || rho_A x rho_B), computed here the other way.
        PropertyConfig.Check(Prop.ForAll(ExactGenerators.DensityMatrix(4).ToArbitrary(), rho =>
        {
            var product = rho.ReducedTo(Qubits, 0).Kron(rho.ReducedTo(Qubits, 1));
            var viaRelative = RelativeEntropy.Of(Big(rho), Big(product), Digits).FiniteValue;
            return Close(MutualInformation.Of(Big(rho), Qubits, Digits), viaRelative, slack: 4);
        }), maxTest: 10);
}
