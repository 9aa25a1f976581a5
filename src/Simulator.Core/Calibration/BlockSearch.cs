namespace Simulator.Core.Calibration;

/// <summary>
/// The state of one block's search for its availability factor. Each step is a secant (Newton) step on
/// the block's own slope, the slope measured from its last two evaluations; a bracket [too few agents,
/// too many] kept from every evaluation guards it, and the step bisects the bracket when the secant
/// leaves it or the residual did not at least halve (Dekker 1969; Brent 1973, ch. 4). Without a slope
/// yet, the first steps move a tenth of the heads and double until the sign changes.
/// <para>
/// A bracket can be stale: a queue carried over from earlier intervals shifts a block's response when
/// the blocks before it move. So a bracket that closes to the agent tolerance while the gap is still
/// wide is not believed at once: its older end is dropped and the search probes just beyond it. Only if
/// the bracket closes again at the same place is the block pinned there (a response that jumps, as a
/// simulation's may); a stale bracket opens up instead and the search moves on. A pin holds only while
/// the gap at the pinned factor keeps its sign and size.
/// </para>
/// </summary>
internal sealed class BlockSearch(int block, IReadOnlyList<int> members, double start)
{
    private const double FirstStep = 0.1;

    /// <summary>No single step moves the factor by more than the whole head-count.</summary>
    private const double LargestStep = 1;

    private double? _low, _lowResidual, _high, _highResidual;
    private int _lowStamp, _highStamp, _evaluations;
    private double? _previousFactor, _previousResidual, _slope, _pinCandidate, _probe, _pinnedResidual;
    private double _step = FirstStep;
    private double _residual;
    private bool _halved = true;

    public int Block { get; } = block;

    public IReadOnlyList<int> Members { get; } = members;

    public double Factor { get; private set; } = start;

    public Gaps LastGaps { get; private set; }

    public BlockOutcome Outcome { get; private set; } = BlockOutcome.NotConverged;

    /// <summary>Takes in the gaps at the current factor and decides whether the block is done.</summary>
    public void Record(Gaps gaps, AvailabilitySolverOptions options, IReadOnlyList<AvailabilityTarget> targets)
    {
        LastGaps = gaps;
        if (gaps.Residual(options.Match) is not double residual)
        {
            Outcome = BlockOutcome.NoData;
            return;
        }
        _evaluations++;

        if (_previousFactor is double before && _previousResidual is double residualBefore && Factor != before)
        {
            double slope = (residual - residualBefore) / (Factor - before);
            if (slope < 0 && double.IsFinite(slope)) _slope = slope;
        }
        _halved = _previousResidual is not double last || Math.Abs(residual) <= 0.5 * Math.Abs(last);
        _previousFactor = Factor;
        _previousResidual = residual;
        _residual = residual;

        if (_pinnedResidual is double pinned)
        {
            // A pin holds while the gap there keeps its sign and size; if earlier blocks moved the response, search again.
            if (Math.Sign(residual) == Math.Sign(pinned) && Math.Abs(residual) <= 2 * Math.Abs(pinned) + options.ToleranceStandardErrors)
            {
                Outcome = BlockOutcome.Matched;
                return;
            }
            _pinnedResidual = _pinCandidate = null;
            _low = _lowResidual = _high = _highResidual = null;
        }

        if (residual > 0)
        {
            if (_high <= Factor) _high = _highResidual = null; // contradicted: the response moved under this end
            (_low, _lowResidual, _lowStamp) = (Factor, residual, _evaluations);
        }
        else
        {
            if (_low >= Factor) _low = _lowResidual = null;
            (_high, _highResidual, _highStamp) = (Factor, residual, _evaluations);
        }

        if (Math.Abs(residual) <= options.ToleranceStandardErrors)
        {
            Outcome = BlockOutcome.Matched;
            return;
        }
        double agentsPerFactor = Math.Max(1, Members.Max(i => targets[i].Heads));
        if (_low is double low && _high is double high && (high - low) * agentsPerFactor <= options.AgentTolerance)
        {
            if (_pinCandidate is double pin && Math.Abs(pin - Factor) * agentsPerFactor <= 2 * options.AgentTolerance)
            {
                _pinnedResidual = residual;
                Outcome = BlockOutcome.Matched;
                return;
            }
            // Closed with the gap still wide: maybe a jump, maybe a stale end. Drop the older end and look past it.
            _pinCandidate = Factor;
            double beyond = 2 * options.AgentTolerance / agentsPerFactor;
            if (_lowStamp < _highStamp)
            {
                _probe = low - beyond;
                _low = _lowResidual = null;
            }
            else
            {
                _probe = high + beyond;
                _high = _highResidual = null;
            }
        }
        Outcome =
            residual > 0 && Factor >= options.MaximumFactor ? BlockOutcome.AtUpperBound
            : residual < 0 && Factor <= 0 ? BlockOutcome.AtLowerBound
            : BlockOutcome.NotConverged;
    }

    public void Step(double maximumFactor)
    {
        if (_probe is double probe)
        {
            _probe = null;
            Factor = Math.Clamp(probe, 0, maximumFactor);
            return;
        }
        double? secant = _slope is double slope ? Factor - _residual / slope : null;
        if (_low is double low && _high is double high)
        {
            _step = FirstStep;
            bool inside = secant > low && secant < high;
            Factor = inside && _halved ? secant!.Value : (low + high) / 2;
            return;
        }
        double move = secant is double target
            ? Math.Clamp(target - Factor, -LargestStep, LargestStep)
            : (_residual > 0 ? _step : -_step);
        if (secant is null) _step *= 2;
        Factor = Math.Clamp(Factor + move, 0, maximumFactor);
    }
}
