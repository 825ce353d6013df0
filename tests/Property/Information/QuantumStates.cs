using System.Numerics;
using QTherm.Reference.Numerics;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Information;

/// <summary>Exact textbook states (Bell, Werner, maximally mixed, pure) and conversions to the other input kinds.</summary>
public static class QuantumStates
{
    public const int Digits = Precision.DefaultDigits;

    /// <summary>|Phi+&gt;, |Phi-&gt;, |Psi+&gt;, |Psi-&gt; (unnormalised vectors; the projectors below divide by 2).</summary>
    public static ComplexRational[] BellVector(int which) => which switch
    {
        0 => [1, 0, 0, 1],
        1 => [1, 0, 0, -1],
        2 => [0, 1, 1, 0],
        3 => [0, 1, -1, 0],
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };

    public static M Bell(int which) => new ComplexRational(Rational.Half) * M.Projector(BellVector(which));

    public static M MaximallyMixed(int d) => new ComplexRational(new Rational(1, d)) * M.Identity(d);

    /// <summary>|v&gt;&lt;v| / &lt;v|v&gt; for a non-zero v.</summary>
    public static M Pure(M v)
    {
        var p = v * v.Adjoint();
        return (ComplexRational.One / p.Trace()) * p;
    }

    /// <summary>Werner state p |Psi-&gt;&lt;Psi-| + (1 - p) I/4.</summary>
    public static M Werner(Rational p) =>
        new ComplexRational(p) * Bell(3) + new ComplexRational(Rational.One - p) * MaximallyMixed(4);

    public static Matrix<BigComplex> Big(M m, int digits = Digits) => HighPrecision.ToBig(m, digits);

    public static Complex[,] Doubles(M m) => HighPrecision.ToDouble(HighPrecision.ToBig(m, 30));

    public static BigReal Ln(int x, int digits = Digits) => BigReal.FromInteger(x, digits).Log();

    /// <summary>|a - b| &lt;= 10^-(digits - slack) (absolute: entropies are O(1)).</summary>
    public static bool Close(BigReal a, BigReal b, int digits = Digits, int slack = 3) =>
        (a - b).Abs() <= BigReal.FromRational(new Rational(1, BigInteger.Pow(10, digits - slack)), 20);
}
