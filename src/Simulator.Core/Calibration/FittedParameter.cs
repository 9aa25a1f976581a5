namespace Simulator.Core.Calibration;

/// <summary>One natural parameter of a fitted family: <c>mean</c>; <c>mu</c>, <c>sigma</c> (of the log); <c>shape</c>, <c>scale</c> (seconds).</summary>
public readonly record struct FittedParameter(string Name, Estimate Estimate);
