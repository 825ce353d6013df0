namespace QTherm.Tests.Property.Generators;

/// <summary>A property failed under <see cref="PropertyConfig"/>; the message carries the seed needed to replay it.</summary>
public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
