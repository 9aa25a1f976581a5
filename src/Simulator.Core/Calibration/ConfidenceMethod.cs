namespace Simulator.Core.Calibration;

/// <summary>How a confidence interval was formed; docs/calibration.md gives each method's source.</summary>
public enum ConfidenceMethod
{
    /// <summary>Exact for complete exponential samples: 2n·x̄/mean follows χ² with 2n degrees of freedom.</summary>
    ExactChiSquare,

    /// <summary>Student t on the mean, χ² on the variance: exact for normal (log-)samples.</summary>
    StudentT,

    /// <summary>Cox's interval for a lognormal mean (Land 1972; Zhou &amp; Gao 1997).</summary>
    Cox,

    /// <summary>Wald interval from the observed Fisher information, on the log scale of a positive quantity (delta method).</summary>
    ObservedInformation,

    /// <summary>The set of values whose likelihood ratio against the maximum is within the χ²₁ quantile (profile likelihood).</summary>
    LikelihoodRatio,

    /// <summary>As <see cref="LikelihoodRatio"/>, with the log-likelihood divided by an estimated over-dispersion (quasi-likelihood).</summary>
    QuasiLikelihoodRatio,

    /// <summary>Wilson's score interval for a proportion (Wilson 1927).</summary>
    Wilson,

    /// <summary>Greenwood's variance on the log(−log) scale (Kalbfleisch &amp; Prentice 1980) for a Kaplan–Meier survival.</summary>
    GreenwoodLogLog,

    /// <summary>Garwood's exact Poisson interval for an event count, divided by the exposure.</summary>
    ExactPoisson,

    /// <summary>Order statistics of a sample around its median, ranks from Binomial(n, ½): distribution-free.</summary>
    OrderStatistics,

    /// <summary>An estimate mapped through a monotone relation from another interval (Wilson on a rate mapped through Erlang A).</summary>
    MappedThroughModel,
}
