namespace Publisher.Core.Model;

/// <summary>
/// Marks a property whose value is made from the other public properties of its object, each time it is read: what
/// tells whether a page changed (<see cref="Render.Reuse.ValueFingerprint"/>) reads those, not this one, which may be
/// costly to make.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DerivedAttribute : Attribute;
