using QTherm.Reference.Quantities;

namespace QTherm.Reference.Numerics;

/// <summary>One dissipative channel gamma D[L] of a Lindblad master equation: a rate gamma &gt;= 0 and a jump operator L.</summary>
public sealed record JumpOperator
{
    public Rational Rate { get; }
    public Matrix<ComplexRational> Operator { get; }

    public JumpOperator(Rational rate, Matrix<ComplexRational> op)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (rate.Sign < 0) throw new ParameterOutOfRangeException("rate", rate.ToString(), "[0, infinity)", "a dissipation rate cannot be negative");
        if (!op.IsSquare) throw new ArgumentException($"A jump operator must be square, got {op.Rows}x{op.Cols}.", nameof(op));
        Rate = rate;
        Operator = op;
    }
}
