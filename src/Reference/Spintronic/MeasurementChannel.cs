using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>Which observable the spinterface measures at the end of each stroke.</summary>
public enum MeasuredObservable
{
    /// <summary>n_R, the right dot's occupation (Eq. 13; Figs. 3, 6, 7).</summary>
    RightOccupation,

    /// <summary>Q_L = n_up + n_down, the left dot's charge (Fig. 5).</summary>
    LeftCharge,
}

/// <summary>The projective measurement stroke: projectors, the unselective channel and selective outcomes.</summary>
public static class MeasurementChannel
{
    /// <summary>The spectral projectors of the measured observable (Pi_0 = 1 - n_R, Pi_1 = n_R for n_R). Seed 004_a075f79c977e5cdb.txt, Eq. 13.</summary>
    public static IReadOnlyList<Matrix<ComplexRational>> Projectors(MeasuredObservable observable)
    {
        var one = Matrix<ComplexRational>.Identity(FockSpace.Dimension);
        if (observable == MeasuredObservable.RightOccupation)
        {
            var nR = FockSpace.Number(Mode.R);
            return [one - nR, nR];
        }
        var charge = new int[FockSpace.Dimension];
        for (int i = 0; i < FockSpace.Dimension; i++) charge[i] = FockSpace.Occupation(i, Mode.Up) + FockSpace.Occupation(i, Mode.Down);
        return Enumerable.Range(0, 3).Select(q => Matrix<ComplexRational>.Create(FockSpace.Dimension, FockSpace.Dimension,
            (i, j) => i == j && charge[i] == q ? ComplexRational.One : ComplexRational.Zero)).ToArray();
    }

    /// <summary>rho(tau^+) = sum_k Pi_k rho Pi_k. Seed 004_a075f79c977e5cdb.txt, Eq. 13.</summary>
    public static Matrix<T> Apply<T>(Matrix<T> rho, MeasuredObservable observable = MeasuredObservable.RightOccupation)
        where T : struct, IField<T>
    {
        ArgumentNullException.ThrowIfNull(rho);
        var sector = SectorLabels(observable);
        return Matrix<T>.Create(rho.Rows, rho.Cols, (i, j) => sector[i] == sector[j] ? rho[i, j] : T.Zero);
    }

    /// <summary>rho + 2 D[n_R](rho), the second form of Eq. 13. Seed 004_a075f79c977e5cdb.txt, Eq. 13.</summary>
    public static Matrix<ComplexRational> ApplyAsDissipator(Matrix<ComplexRational> rho)
    {
        var n = FockSpace.Number(Mode.R);
        var two = new ComplexRational(2);
        var half = new ComplexRational(Rational.Half);
        return rho + two * (n * rho * n - half * Matrix<ComplexRational>.Anticommutator(n * n, rho));
    }

    /// <summary>The 64x64 superoperator of the unselective measurement (column stacking). Seed 004_a075f79c977e5cdb.txt, Eq. 13.</summary>
    public static Matrix<ComplexRational> Superoperator(MeasuredObservable observable = MeasuredObservable.RightOccupation)
    {
        var sum = Matrix<ComplexRational>.Zero(64, 64);
        foreach (var pi in Projectors(observable)) sum += pi.Transpose().Kron(pi);
        return sum;
    }

    /// <summary>The outcome label of each basis state of Eq. 14 (the observable is diagonal in that basis).</summary>
    public static int[] SectorLabels(MeasuredObservable observable) =>
        Enumerable.Range(0, FockSpace.Dimension).Select(i => observable == MeasuredObservable.RightOccupation
            ? FockSpace.Occupation(i, Mode.R)
            : FockSpace.Occupation(i, Mode.Up) + FockSpace.Occupation(i, Mode.Down)).ToArray();
}
