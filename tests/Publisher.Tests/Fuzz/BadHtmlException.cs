namespace Publisher.Tests.Fuzz;

/// <summary>HTML the site must never produce from any body: HTML that can run script, or that is not well-formed.</summary>
public sealed class BadHtmlException(string message) : Exception(message);
