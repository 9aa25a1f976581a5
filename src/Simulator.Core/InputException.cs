namespace Simulator.Core;

/// <summary>The user's input (a file or a command-line value) is wrong: a message for the user, not a bug.</summary>
public class InputException(string message) : Exception(message);
