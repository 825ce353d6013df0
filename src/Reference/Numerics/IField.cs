namespace QTherm.Reference.Numerics;

/// <summary>
/// The scalars a <see cref="Matrix{T}"/> can hold: exact complex rationals, arbitrary-precision complex numbers,
/// or doubles. A field with complex conjugation; the constants are exact.
/// </summary>
public interface IField<T> : IEquatable<T> where T : struct, IField<T>
{
    static abstract T Zero { get; }
    static abstract T One { get; }
    static abstract T operator +(T a, T b);
    static abstract T operator -(T a, T b);
    static abstract T operator *(T a, T b);
    static abstract T operator /(T a, T b);
    static abstract T operator -(T a);

    /// <summary>Complex conjugate (the identity for real scalars).</summary>
    T Conjugate();

    /// <summary>True when the value is exactly zero.</summary>
    bool IsZero { get; }
}
