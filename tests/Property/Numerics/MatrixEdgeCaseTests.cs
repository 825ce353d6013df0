using QTherm.Reference.Numerics;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// Shape validation (errors name the parameter and the shapes), explicit small examples of Kron, partial traces and
/// vec, powers, Hermiticity, equality, hashing and the printed form of <see cref="Matrix{T}"/>.
/// </summary>
public class MatrixEdgeCaseTests
{
    private static readonly ComplexRational I = ComplexRational.I;

    /// <summary>The 2x3 matrix [[1, 2, 3], [4, 5, 6]].</summary>
    private static M TwoByThree => M.FromRows([1, 2, 3], [4, 5, 6]);

    private static M Square2 => M.FromRows([1, 2], [3, 4]);

    [Fact]
    public void IndexerReturnsTheRowMajorEntryAndRefusesEveryOutOfRangeIndex()
    {
        var m = TwoByThree;
        Assert.Equal(new ComplexRational(6), m[1, 2]);
        Assert.Equal(new ComplexRational(3), m[0, 2]);
        var square = Square2;
        foreach (var (r, c) in new[] { (2, 0), (0, 2), (-1, 0), (0, -1), (0, 5), (5, 0), (2, 2) })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => square[r, c]);
            Assert.Equal("row", e.ParamName);
            Assert.Contains($"({r}, {c})", e.Message);
            Assert.Contains("2x2", e.Message);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => m[2, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => m[0, 3]);
    }

    [Fact]
    public void ConstructorsRefuseEmptyAndRaggedShapes()
    {
        var rows = Assert.Throws<ArgumentOutOfRangeException>(() => M.Create(0, 2, (_, _) => ComplexRational.One));
        Assert.Equal("rows", rows.ParamName);
        Assert.Contains("at least one row", rows.Message);
        var cols = Assert.Throws<ArgumentOutOfRangeException>(() => M.Create(2, 0, (_, _) => ComplexRational.One));
        Assert.Equal("cols", cols.ParamName);
        Assert.Contains("at least one column", cols.Message);

        var empty = Assert.Throws<ArgumentException>(() => M.FromRows());
        Assert.Equal("rows", empty.ParamName);
        Assert.Contains("at least one row", empty.Message);

        var ragged = Assert.Throws<ArgumentException>(() => M.FromRows([1, 2], [3]));
        Assert.Equal("rows", ragged.ParamName);
        Assert.Contains("Row 1 has 1 entries; row 0 has 2", ragged.Message);

        var data = Assert.Throws<ArgumentException>(() => M.FromRowMajor(2, 2, new ComplexRational[] { 1, 2, 3 }));
        Assert.Equal("data", data.ParamName);
        Assert.Contains("3 entries", data.Message);
        Assert.Contains("2x2", data.Message);
        Assert.Equal(Square2, M.FromRowMajor(2, 2, new ComplexRational[] { 1, 2, 3, 4 }));
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    [InlineData(3, 3)]
    public void SumAndDifferenceRefuseUnequalShapesNamingBoth(int rows, int cols)
    {
        var a = Square2;
        var b = M.Create(rows, cols, (i, j) => new ComplexRational(i + j));
        var sum = Assert.Throws<ArgumentException>(() => a + b);
        Assert.Contains("Matrix sum", sum.Message);
        Assert.Contains("2x2", sum.Message);
        Assert.Contains($"{rows}x{cols}", sum.Message);
        var difference = Assert.Throws<ArgumentException>(() => a - b);
        Assert.Contains("Matrix difference", difference.Message);
        Assert.Contains($"{rows}x{cols}", difference.Message);
    }

    [Fact]
    public void TransposedShapesWithTheSameEntryCountAreStillRefused()
    {
        var a = TwoByThree;
        Assert.Throws<ArgumentException>(() => a + a.Transpose());
        Assert.Throws<ArgumentException>(() => a - a.Transpose());
    }

    [Fact]
    public void ProductRefusesMismatchedInnerDimensions()
    {
        var e = Assert.Throws<ArgumentException>(() => TwoByThree * Square2);
        Assert.Contains("inner dimensions", e.Message);
        Assert.Contains("2x3 times 2x2", e.Message);
        Assert.Equal(M.FromRows([9, 12, 15], [19, 26, 33]), Square2 * TwoByThree);
    }

    /// <summary>
    /// A test-only scalar whose default value is not a number: every operation on it throws. A matrix product must
    /// start each entry from <c>T.Zero</c>, never from <c>default(T)</c> (the contract stated in <see cref="Matrix{T}"/>).
    /// </summary>
    private readonly struct StrictRational : IField<StrictRational>
    {
        private readonly Rational value;
        private readonly bool defined;
        private StrictRational(Rational v) { value = v; defined = true; }
        private Rational V => defined ? value : throw new InvalidOperationException("default(StrictRational) used as a number");
        public static implicit operator StrictRational(int v) => new(v);
        public static StrictRational Zero => new(Rational.Zero);
        public static StrictRational One => new(Rational.One);
        public static StrictRational operator +(StrictRational a, StrictRational b) => new(a.V + b.V);
        public static StrictRational operator -(StrictRational a, StrictRational b) => new(a.V - b.V);
        public static StrictRational operator *(StrictRational a, StrictRational b) => new(a.V * b.V);
        public static StrictRational operator /(StrictRational a, StrictRational b) => new(a.V / b.V);
        public static StrictRational operator -(StrictRational a) => new(-a.V);
        public StrictRational Conjugate() => this;
        public bool IsZero => V.IsZero;
        public bool Equals(StrictRational other) => V == other.V;
        public override bool Equals(object? obj) => obj is StrictRational s && Equals(s);
        public override int GetHashCode() => V.GetHashCode();
        public override string ToString() => V.ToString();
    }

    [Fact]
    public void ProductStartsFromTheFieldZeroNotTheDefaultValue()
    {
        var a = Matrix<StrictRational>.FromRows([0, 0], [1, 2]);
        var b = Matrix<StrictRational>.FromRows([3, 0], [4, 0]);
        var product = a * b;
        Assert.Equal(Matrix<StrictRational>.FromRows([0, 0], [11, 0]), product);
        Assert.True(product[0, 0].IsZero);
        Assert.True(product[1, 1].IsZero);
    }

    [Fact]
    public void AnExactZeroFactorKeepsAProductEntryExact()
    {
        // A structural zero of A contributes nothing: the entry stays an exact zero, not a 30-digit rounded zero.
        var x = BigComplex.FromReal(BigReal.Parse("1.5", 30));
        var a = Matrix<BigComplex>.FromRows([BigComplex.Zero, BigComplex.Zero], [x, BigComplex.Zero]);
        var b = Matrix<BigComplex>.FromRows([x, x], [x, x]);
        var product = a * b;
        Assert.Equal(int.MaxValue, product[0, 0].Digits);
        Assert.Equal(int.MaxValue, product[0, 1].Digits);
        Assert.Equal(30, product[1, 0].Digits);
    }

    [Fact]
    public void SquareOnlyOperationsRefuseARectangularMatrix()
    {
        var m = TwoByThree;
        var trace = Assert.Throws<InvalidOperationException>(() => m.Trace());
        Assert.Contains("Trace", trace.Message);
        Assert.Contains("2x3", trace.Message);
        var power = Assert.Throws<InvalidOperationException>(() => m.Pow(1));
        Assert.Contains("Matrix power", power.Message);
        Assert.Contains("2x3", power.Message);
        var tall = M.Create(4, 2, (i, j) => new ComplexRational(i + j));
        var partial = Assert.Throws<InvalidOperationException>(() => tall.PartialTrace([2, 2], 0));
        Assert.Contains("Partial trace", partial.Message);
        Assert.Contains("4x2", partial.Message);
        Assert.False(m.IsHermitian());
        Assert.False(M.FromRows([1, 0, 0], [0, 1, 0]).IsHermitian());
    }

    [Fact]
    public void KronOfNonSquareUnequalFactorsIsTheBlockMatrix()
    {
        var a = M.FromRows([1, 2]);              // 1x2
        var b = M.FromRows([1, I], [0, 3], [5, 0]); // 3x2
        var expected = M.FromRows(
            [1, I, 2, 2 * I],
            [0, 3, 0, 6],
            [5, 0, 10, 0]);
        Assert.Equal(expected, a.Kron(b));
        Assert.Equal(expected, M.KronAll(a, b));
        Assert.Equal(a, M.KronAll(a));
        var c = M.Column(1, -1);
        var abc = M.KronAll(a, b, c);
        Assert.Equal(6, abc.Rows);
        Assert.Equal(4, abc.Cols);
        Assert.Equal(expected.Kron(c), abc);
        Assert.Equal(new ComplexRational(-10), abc[5, 2]);
        var none = Assert.Throws<ArgumentException>(() => M.KronAll());
        Assert.Equal("factors", none.ParamName);
        Assert.Contains("at least one factor", none.Message);
    }

    /// <summary>rho = |psi&gt;&lt;psi| for psi = |000&gt; + 2|011&gt; + i|101&gt; (unnormalised; dims 2, 2, 2).</summary>
    private static M ThreeQubitPure() => M.Projector(1, 0, 0, 2, 0, I, 0, 0);

    [Fact]
    public void PartialTracesOfAnEntangledThreeQubitStateMatchHandComputedMatrices()
    {
        var rho = ThreeQubitPure();
        int[] dims = [2, 2, 2];
        // Trace out qubit 0: psi = |0>(|00> + 2|11>) + |1>(i|01>), so rho_12 = |u><u| + |v><v|,
        // u = |00> + 2|11>, v = i|01>.
        var expected12 = M.Projector(1, 0, 0, 2) + M.Projector(0, I, 0, 0);
        Assert.Equal(expected12, rho.PartialTrace(dims, 0));
        // Trace out qubit 1: psi = (|0>|0>|0> + i|1>|0>|1>) + 2 |0>|1>|1>: |a><a| + |b><b|, a = |00> + i|11>, b = 2|01>.
        var expected02 = M.Projector(1, 0, 0, I) + M.Projector(0, 2, 0, 0);
        Assert.Equal(expected02, rho.PartialTrace(dims, 1));
        // Trace out qubit 2: psi = (|00>)|0> + (2|01> + i|10>)|1>.
        var expected01 = M.Projector(1, 0, 0, 0) + M.Projector(0, 2, I, 0);
        Assert.Equal(expected01, rho.PartialTrace(dims, 2));

        Assert.Equal(M.FromRows([5, 0], [0, 1]), rho.ReducedTo(dims, 0));
        Assert.Equal(M.FromRows([2, 0], [0, 4]), rho.ReducedTo(dims, 1));
        Assert.Equal(M.FromRows([1, 0], [0, 5]), rho.ReducedTo(dims, 2));

        // A state with a coherence on every qubit: psi = |000> + |011> + 2|101> + i|110> + |111>.
        var coherent = M.Projector(1, 0, 0, 1, 0, 2, I, 1);
        Assert.Equal(M.FromRows([2, 1], [1, 6]), coherent.ReducedTo(dims, 0));
        Assert.Equal(M.FromRows([5, 2], [2, 3]), coherent.ReducedTo(dims, 1));
        Assert.Equal(M.FromRows([2, I], [-I, 6]), coherent.ReducedTo(dims, 2));
    }

    [Fact]
    public void PartialTraceOfUnequalFactorsTracesTheNamedFactor()
    {
        // dims (1, 3, 2): a trivial first factor, and 3 (x) 2 with distinct factors.
        var a = M.FromRows([1, 2, 0], [0, I, 0], [3, 0, 1]);
        var b = M.FromRows([1, 1], [2, 5]);
        var ab = M.KronAll(M.Identity(1), a, b);
        Assert.Equal(new ComplexRational(6) * a.Kron(b), M.KronAll(M.FromRows([6]), a, b).PartialTrace([1, 3, 2], 0));
        Assert.Equal(a.Kron(b), ab.PartialTrace([1, 3, 2], 0));
        Assert.Equal(b.Trace() * a, ab.ReducedTo([1, 3, 2], 1));
        Assert.Equal(a.Trace() * b, ab.ReducedTo([1, 3, 2], 2));
        Assert.Equal(M.FromRows([a.Trace() * b.Trace()]), ab.ReducedTo([1, 3, 2], 0));
        Assert.Equal(b, b.ReducedTo([2], 0));
    }

    [Fact]
    public void PartialTraceValidatesDimsAndTheFactor()
    {
        var rho = M.Identity(4);
        var noDims = Assert.Throws<ArgumentException>(() => rho.PartialTrace([], 0));
        Assert.Equal("dims", noDims.ParamName);
        Assert.Contains("at least one factor", noDims.Message);

        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => rho.PartialTrace([0, 4], 0));
        Assert.Equal("dims", zero.ParamName);
        Assert.Contains("positive", zero.Message);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => rho.PartialTrace([-2, -2], 0));
        Assert.Equal("dims", negative.ParamName);

        var product = Assert.Throws<ArgumentException>(() => rho.PartialTrace([2, 3], 0));
        Assert.Equal("dims", product.ParamName);
        Assert.Contains("dims [2, 3] multiply to 6", product.Message);
        Assert.Contains("4x4", product.Message);

        foreach (var bad in new[] { -1, 2, 3 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => rho.PartialTrace([2, 2], bad));
            Assert.Equal("traceOut", e.ParamName);
            Assert.Contains("[0, 1]", e.Message);
        }
        var only = Assert.Throws<ArgumentException>(() => rho.PartialTrace([4], 0));
        Assert.Equal("traceOut", only.ParamName);
        Assert.Contains("Trace()", only.Message);
    }

    [Fact]
    public void ReducedToValidatesTheKeptFactorAndDims()
    {
        var rho = M.Identity(6);
        foreach (var bad in new[] { -1, 2, 5 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => rho.ReducedTo([2, 3], bad));
            Assert.Equal("keep", e.ParamName);
            Assert.Contains("[0, 1]", e.Message);
        }
        var dims = Assert.Throws<ArgumentException>(() => rho.ReducedTo([2, 2], 0));
        Assert.Equal("dims", dims.ParamName);
        Assert.Contains("dims [2, 2]", dims.Message);
        Assert.Contains("6x6", dims.Message);
        var rectangular = Assert.Throws<ArgumentException>(() => M.Create(4, 3, (_, _) => ComplexRational.One).ReducedTo([2, 2], 0));
        Assert.Equal("dims", rectangular.ParamName);
        Assert.Contains("4x3", rectangular.Message);
    }

    [Fact]
    public void CommutatorAndAnticommutatorOfSmallMatrices()
    {
        var a = M.FromRows([0, 1], [0, 0]);
        var b = M.FromRows([0, 0], [1, 0]);
        Assert.Equal(M.FromRows([1, 0], [0, -1]), M.Commutator(a, b));
        Assert.Equal(M.Identity(2), M.Anticommutator(a, b));
        Assert.Equal(M.Zero(2, 2), M.Commutator(a, a));
    }

    [Fact]
    public void PowersByRepeatedSquaringAgreeWithRepeatedProducts()
    {
        var a = M.FromRows([1, 1], [1, 0]); // Fibonacci matrix: A^n = [[F(n+1), F(n)], [F(n), F(n-1)]]
        Assert.Equal(M.Identity(2), a.Pow(0));
        Assert.Equal(M.Identity(3), M.FromRows([1, 2, 0], [0, 1, 0], [5, 5, 5]).Pow(0));
        Assert.Equal(a, a.Pow(1));
        Assert.Equal(M.FromRows([89, 55], [55, 34]), a.Pow(10));
        Assert.Equal(M.FromRows([233, 144], [144, 89]), a.Pow(12));
        var product = M.Identity(2);
        for (int n = 0; n <= 7; n++)
        {
            Assert.Equal(product, a.Pow(n));
            product *= a;
        }
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => a.Pow(-1));
        Assert.Equal("n", e.ParamName);
        Assert.Contains("non-negative", e.Message);
    }

    [Fact]
    public void HermitianCheckComparesEveryEntryWithItsMirror()
    {
        Assert.True(M.FromRows([1, I], [-I, 2]).IsHermitian());
        Assert.False(M.FromRows([1, I], [I, 2]).IsHermitian());
        Assert.False(M.FromRows([I, 0], [0, 2]).IsHermitian());
        Assert.True(M.FromRows([3]).IsHermitian());
    }

    [Fact]
    public void VecStacksColumnsAndUnvecInvertsIt()
    {
        var x = TwoByThree;
        var vec = x.VecColumns();
        Assert.Equal(M.Column(1, 4, 2, 5, 3, 6), vec);
        Assert.Equal(x, M.UnvecColumns(vec, 2, 3));
        Assert.Equal(x.Transpose(), M.UnvecColumns(M.Column(1, 2, 3, 4, 5, 6), 3, 2));

        var a = M.FromRows([1, I], [2, 0], [0, 3]);       // 3x2
        var b = M.FromRows([1, 0], [I, 2], [1, -1]);      // 3x2
        Assert.Equal((a * x * b).VecColumns(), b.Transpose().Kron(a) * x.VecColumns());

        var wrongLength = Assert.Throws<ArgumentException>(() => M.UnvecColumns(vec, 5, 1));
        Assert.Equal("vector", wrongLength.ParamName);
        Assert.Contains("6x1", wrongLength.Message);
        Assert.Contains("5x1", wrongLength.Message);
        var notAColumn = Assert.Throws<ArgumentException>(() => M.UnvecColumns(Square2, 2, 1));
        Assert.Equal("vector", notAColumn.ParamName);
        Assert.Contains("2x2", notAColumn.Message);
    }

    [Fact]
    public void EqualityNeedsTheSameShapeAndEntries()
    {
        var row = M.FromRows([1, 2, 3, 4]);
        var column = M.Column(1, 2, 3, 4);
        var square = Square2;
        Assert.False(row.Equals(column));
        Assert.False(column.Equals(row));
        Assert.False(square.Equals(row));
        var wide = M.FromRows([1, 2, 3], [4, 5, 6]);
        var narrow = M.FromRows([1, 2], [3, 4], [5, 6]);
        Assert.False(wide.Equals(narrow));
        Assert.False(M.FromRows([1, 2], [3, 4]).Equals(M.FromRows([1, 2, 9], [3, 4, 9])));
        Assert.False(square.Equals((M?)null));
        Assert.False(square.Equals((object?)null));
        Assert.False(square.Equals((object)"[1, 2]"));
        Assert.True(square.Equals((object)M.FromRows([1, 2], [3, 4])));
        Assert.False(square.Equals(M.FromRows([1, 2], [3, 5])));
    }

    [Fact]
    public void EqualMatricesHaveEqualHashesAndDifferentEntriesDifferentOnes()
    {
        Assert.Equal(Square2.GetHashCode(), M.FromRows([1, 2], [3, 4]).GetHashCode());
        // Unequal hashes are not guaranteed, but a collision among these few small matrices has probability ~1e-9.
        var others = new[] { M.FromRows([1, 2], [3, 5]), M.FromRows([0, 0], [0, 0]), M.FromRows([4, 3], [2, 1]) };
        foreach (var other in others) Assert.NotEqual(Square2.GetHashCode(), other.GetHashCode());
    }

    [Fact]
    public void ToStringPrintsOneBracketedRowPerLine()
    {
        var nl = Environment.NewLine;
        Assert.Equal($"[1, 2, 3]{nl}[4, 5, 6]", TwoByThree.ToString());
        Assert.Equal($"[1/2, 1i]{nl}[0, -3]{nl}[1+2i, 7]",
            M.FromRows([new ComplexRational(new Rational(1, 2)), I], [0, -3], [new ComplexRational(1, 2), 7]).ToString());
        Assert.Equal("[5]", M.FromRows([5]).ToString());
        Assert.Equal($"[1]{nl}[2]", M.Column(1, 2).ToString());
    }
}
