using BenchmarkDotNet.Attributes;
using QTherm.Reference.Numerics;

namespace QTherm.Bench;

/// <summary>Cost of the arbitrary-precision kernels at the project's default 50 digits.</summary>
[MemoryDiagnoser]
public class HighPrecisionBenchmarks
{
    private const int Digits = Precision.DefaultDigits;
    private BigReal x;
    private BigReal large;
    private Matrix<BigComplex> generator16 = Matrix<BigComplex>.Identity(1);
    private Matrix<BigComplex> hermitian16 = Matrix<BigComplex>.Identity(1);

    [GlobalSetup]
    public void Setup()
    {
        x = BigReal.Parse("0.73205080756887729352744634150587236694280525381038", Digits);
        large = BigReal.Parse("1000.5", Digits);
        var random = new Random(20261123);
        var entries = new BigComplex[16, 16];
        for (int i = 0; i < 16; i++)
            for (int j = i; j < 16; j++)
            {
                var re = BigReal.FromDouble(random.NextDouble() * 2 - 1, Digits);
                var im = i == j ? BigReal.Zero : BigReal.FromDouble(random.NextDouble() * 2 - 1, Digits);
                entries[i, j] = new BigComplex(re, im);
                entries[j, i] = new BigComplex(re, -im);
            }
        hermitian16 = Matrix<BigComplex>.Create(16, 16, (i, j) => entries[i, j]);
        // -i H: a unitary-evolution generator with ||A||_inf of about 10.
        generator16 = hermitian16.Map(z => new BigComplex(z.Im, -z.Re));
    }

    [Benchmark] public BigReal Exp50() => x.Exp();
    [Benchmark] public BigReal Log50() => x.Log();
    [Benchmark] public BigReal Sin50OfLargeArgument() => large.Sin();
    [Benchmark] public BigReal Pi50() => BigReal.Pi(Digits);
    [Benchmark] public BigReal Multiply50() => x * x;
    [Benchmark] public BigReal Divide50() => BigReal.One / x;
    [Benchmark] public Matrix<BigComplex> MatrixExponential16x16() => MatrixExponential.Of(generator16, Digits);
    [Benchmark] public HermitianEigensystem Eigensystem16x16() => HermitianEigensystem.Of(hermitian16, Digits);
}
