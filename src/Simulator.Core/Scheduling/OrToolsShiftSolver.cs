using System.Globalization;
using Google.OrTools.LinearSolver;
using Google.OrTools.Sat;
using Simulator.Core.Scenarios;
using Simulator.Core.Units;

namespace Simulator.Core.Scheduling;

/// <summary>
/// Shift choice with Google OR-Tools: GLOP solves the linear relaxation for the lower bound and a starting point, CP-SAT the
/// integer program from there. One search worker and a fixed seed under a deterministic time limit make the same input
/// give the same schedule (shared/NOTES.md, "Other packages").
/// </summary>
public sealed class OrToolsShiftSolver : IShiftSolver
{
    /// <summary>Costs go to CP-SAT in whole hundredths: it takes integer coefficients only.</summary>
    private const double CostScale = 100;

    /// <summary>Which staff rules a model holds, so that an infeasible one can be named by leaving it out.</summary>
    [Flags]
    private enum StaffRules
    {
        None = 0,
        DaysPerWeek = 1,
        ContractHours = 2,
        All = DaysPerWeek | ContractHours,
    }

    public ShiftSolution Solve(ShiftProblem problem, ShiftChoiceOptions options)
    {
        var relaxed = SolveLinear(problem, StaffRules.All);
        if (relaxed is null) throw Infeasible(problem);

        var model = new CpModel();
        int patterns = problem.Patterns.Count, days = problem.Days, perDay = problem.Horizon.IntervalsPerDay;
        var x = new IntVar[patterns, days];
        int most = Math.Max(1, problem.Required.DefaultIfEmpty(0).Max());
        for (int p = 0; p < patterns; p++)
        {
            for (int d = 0; d < days; d++)
            {
                x[p, d] = model.NewIntVar(0, most, $"x{p}_{d}");
                model.AddHint(x[p, d], (long)Math.Ceiling(relaxed.Value.Values[p, d] - 1e-6));
            }
        }
        var objective = new List<(IntVar Var, long Coefficient)>();
        for (int p = 0; p < patterns; p++)
        {
            long coefficient = (long)Math.Round(problem.Cost[p] * CostScale);
            for (int d = 0; d < days; d++) objective.Add((x[p, d], coefficient));
        }
        for (int d = 0; d < days; d++)
        {
            for (int k = 0; k < perDay; k++)
            {
                int required = problem.Required[d * perDay + k];
                if (required == 0) continue;
                var terms = new List<(IntVar, long)>();
                for (int p = 0; p < patterns; p++)
                {
                    if (problem.OnDutySeconds[p, k] > 0) terms.Add((x[p, d], problem.OnDutySeconds[p, k]));
                }
                if (problem.UnderCoverPenalty is double penalty)
                {
                    var shortBy = model.NewIntVar(0, required, $"short{d}_{k}");
                    terms.Add((shortBy, problem.IntervalSeconds));
                    objective.Add((shortBy, (long)Math.Round(penalty * CostScale)));
                }
                model.Add(Sum(terms) >= (long)required * problem.IntervalSeconds);
            }
        }
        if (problem.StaffCount is int staff)
        {
            for (int d = 0; d < days; d++) model.Add(Sum(Enumerable.Range(0, patterns).Select(p => (x[p, d], 1L))) <= staff);
            foreach (var week in Weeks(days))
            {
                var all = week.SelectMany(d => Enumerable.Range(0, patterns).Select(p => (p, d))).ToList();
                model.Add(Sum(all.Select(v => (x[v.p, v.d],
                    (long)RosterRules.DaysInWeek))) <= (long)staff * problem.Group.RosterRules.DaysPerWeek * week.Count);
                model.Add(Sum(all.Select(v => (x[v.p, v.d],
                    (long)RosterRules.DaysInWeek * problem.PaidMinutes[v.p]))) <= problem.ContractMinutesPerWeek!.Value * week.Count);
            }
        }
        model.Minimize(Sum(objective));

        // CP-SAT would catch SIGINT itself and return its best schedule as if finished (exit 0, output written): leave Ctrl+C to the caller,
        // whose cancellation stops the search below.
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"num_workers:1,random_seed:1,catch_sigint_signal:false,max_deterministic_time:{options.DeterministicSeconds}," +
                $"relative_gap_limit:{options.RelativeGap}"),
        };
        CpSolverStatus status;
        using (options.Cancellation.Register(solver.StopSearch)) status = solver.Solve(model);
        options.Cancellation.ThrowIfCancellationRequested();
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) throw Infeasible(problem);
        var agents = new int[patterns, days];
        for (int p = 0; p < patterns; p++)
        {
            for (int d = 0; d < days; d++) agents[p, d] = (int)solver.Value(x[p, d]);
        }
        return new ShiftSolution(agents, relaxed.Value.Objective, status == CpSolverStatus.Optimal ? SolveStatus.Optimal : SolveStatus.Feasible);
    }

    private static Google.OrTools.Sat.LinearExpr Sum(IEnumerable<(IntVar Var, long Coefficient)> terms)
    {
        var list = terms.ToList();
        return Google.OrTools.Sat.LinearExpr.WeightedSum(list.Select(t => t.Var), list.Select(t => t.Coefficient));
    }

    /// <summary>Days (0-based) of each week of the horizon: 1–7, 8–14, …; a horizon shorter than a week repeats within it.</summary>
    private static IEnumerable<List<int>> Weeks(int days) =>
        Enumerable.Range(0, (days + RosterRules.DaysInWeek - 1) / RosterRules.DaysInWeek)
            .Select(w => Enumerable.Range(w * RosterRules.DaysInWeek, Math.Min(RosterRules.DaysInWeek, days - w * RosterRules.DaysInWeek)).ToList());

    /// <summary>The linear relaxation: its optimum (a lower bound on any schedule's cost) and values; null when infeasible.</summary>
    private static (double Objective, double[,] Values)? SolveLinear(ShiftProblem problem, StaffRules rules)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools' GLOP solver is not available.");
        int patterns = problem.Patterns.Count, days = problem.Days, perDay = problem.Horizon.IntervalsPerDay;
        var x = new Variable[patterns, days];
        var objective = solver.Objective();
        for (int p = 0; p < patterns; p++)
        {
            for (int d = 0; d < days; d++)
            {
                x[p, d] = solver.MakeNumVar(0, double.PositiveInfinity, $"x{p}_{d}");
                objective.SetCoefficient(x[p, d], problem.Cost[p]);
            }
        }
        for (int d = 0; d < days; d++)
        {
            for (int k = 0; k < perDay; k++)
            {
                int required = problem.Required[d * perDay + k];
                if (required == 0) continue;
                var cover = solver.MakeConstraint((double)required * problem.IntervalSeconds, double.PositiveInfinity);
                for (int p = 0; p < patterns; p++)
                {
                    if (problem.OnDutySeconds[p, k] > 0) cover.SetCoefficient(x[p, d], problem.OnDutySeconds[p, k]);
                }
                if (problem.UnderCoverPenalty is double penalty)
                {
                    var shortBy = solver.MakeNumVar(0, required, $"short{d}_{k}");
                    cover.SetCoefficient(shortBy, problem.IntervalSeconds);
                    objective.SetCoefficient(shortBy, penalty);
                }
            }
        }
        if (problem.StaffCount is int staff)
        {
            for (int d = 0; d < days; d++)
            {
                var heads = solver.MakeConstraint(double.NegativeInfinity, staff);
                for (int p = 0; p < patterns; p++) heads.SetCoefficient(x[p, d], 1);
            }
            foreach (var week in Weeks(days))
            {
                var shifts = solver.MakeConstraint(double.NegativeInfinity,
                    rules.HasFlag(StaffRules.DaysPerWeek) ? (double)staff * problem.Group.RosterRules.DaysPerWeek * week.Count : double.PositiveInfinity);
                var minutes = solver.MakeConstraint(double.NegativeInfinity,
                    rules.HasFlag(StaffRules.ContractHours) ? (double)problem.ContractMinutesPerWeek!.Value * week.Count : double.PositiveInfinity);
                foreach (int d in week)
                {
                    for (int p = 0; p < patterns; p++)
                    {
                        shifts.SetCoefficient(x[p, d], RosterRules.DaysInWeek);
                        minutes.SetCoefficient(x[p, d], RosterRules.DaysInWeek * problem.PaidMinutes[p]);
                    }
                }
            }
        }
        objective.SetMinimization();
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL) return null;
        var values = new double[patterns, days];
        for (int p = 0; p < patterns; p++)
        {
            for (int d = 0; d < days; d++) values[p, d] = x[p, d].SolutionValue();
        }
        return (objective.Value(), values);
    }

    /// <summary>Names the staff rule that leaves no schedule: the first whose removal makes the relaxation feasible.</summary>
    private static InputException Infeasible(ShiftProblem problem)
    {
        var group = problem.Group;
        string staff = $"agent group '{group.Id}' lists {problem.StaffCount} agent(s) in its staff";
        string hours = $"with {UnitParser.FormatDuration(TimeSpan.FromMinutes(problem.ContractMinutesPerWeek ?? 0))} of contract hours a week in all";
        string days = $"each working at most {group.RosterRules.DaysPerWeek} days a week (rosterRules.daysPerWeek)";
        bool hoursAlone = SolveLinear(problem, StaffRules.DaysPerWeek) is not null;
        bool daysAlone = SolveLinear(problem, StaffRules.ContractHours) is not null;
        if (hoursAlone && !daysAlone)
        {
            return new InputException($"{staff} {hours}, which cannot add up to the paid hours the requirement needs; add staff or contract hours.");
        }
        if (daysAlone && !hoursAlone)
        {
            return new InputException($"{staff}, {days}: too few shifts for the requirement; add staff or allow more days.");
        }
        if (SolveLinear(problem, StaffRules.None) is not null)
        {
            return new InputException($"{staff} {hours}, {days}: neither the contract hours nor the days a week add up to the shifts the requirement needs; " +
                $"add staff.");
        }
        return new InputException($"{staff}: too few to work the shifts the requirement needs on some day; add staff or lower the requirement.");
    }
}
