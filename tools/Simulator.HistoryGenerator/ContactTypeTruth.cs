namespace Simulator.HistoryGenerator;

/// <summary>One contact type of a known truth.</summary>
/// <param name="DailyVolume">Expected contacts on a normal Monday at the start of the history, before trend and season.</param>
/// <param name="MorningPeakHour">Hour of the morning peak (the afternoon one is four hours later).</param>
/// <param name="AhtSeconds">Mean handle time in the morning; it rises by <see cref="KnownTruth.EveningAhtRise"/> through the day.</param>
/// <param name="HandleTimeCv">Coefficient of variation of the lognormal handle time.</param>
public sealed record ContactTypeTruth(string Id, double DailyVolume, double MorningPeakHour, double AhtSeconds, double HandleTimeCv);
